package io.socialhire.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The application connects as a role with data rights only: it cannot empty or alter the schema
 * or switch triggers off, so the audit trail's append-only guard holds against it. The owner runs
 * the migrations, and even the owner's TRUNCATE of the audit trail is refused.
 */
@QuarkusTest
class DatabaseRolesTest {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.flyway.jdbc-url")
    String ownerUrl;
    @ConfigProperty(name = "quarkus.flyway.username")
    String owner;
    @ConfigProperty(name = "quarkus.flyway.password")
    String ownerPassword;

    @Test
    void theApplicationIsAnOrdinaryRoleThatCanReadAndWriteData() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT current_user, rolsuper, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = current_user")) {
            r.next();
            assertThat(r.getString(1)).isEqualTo(EmbeddedServer.APP_ROLE).isNotEqualTo(owner);
            assertThat(r.getBoolean(2) || r.getBoolean(3) || r.getBoolean(4)).as("superuser, createrole or createdb").isFalse();
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.executeUpdate("INSERT INTO audit_event (id, occurred_at, action, entity_type, entity_id)"
                    + " VALUES (gen_random_uuid(), now(), 'probe', 'probe', 'probe')");
            c.rollback();
        }
    }

    @Test
    void theApplicationCannotEmptyTheAuditTrailNorSwitchItsTriggerOff() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertRefusedForPrivilege(() -> s.execute("TRUNCATE audit_event"));
            assertRefusedForPrivilege(() -> s.execute("SET session_replication_role = replica"));
            assertThatThrownBy(() -> s.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("owner");
        }
    }

    @Test
    void theApplicationCannotDeleteAuditEventsBySettingThePurgeFlagItself() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.executeUpdate("INSERT INTO audit_event (id, occurred_at, action, entity_type, entity_id)"
                    + " VALUES (gen_random_uuid(), now() - interval '3000 days', 'probe', 'probe', 'flag')");
            s.execute("SET LOCAL socialhire.audit_purge = 'on'");
            assertRefusedForPrivilege(() -> s.executeUpdate("DELETE FROM audit_event WHERE entity_id = 'flag'"));
            c.rollback();
        }
    }

    @Test
    void thePurgeNeverDeletesEventsYoungerThanThirtyDaysWhateverTheCutoff() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.executeUpdate("INSERT INTO audit_event (id, occurred_at, action, entity_type, entity_id) VALUES"
                    + " (gen_random_uuid(), now() - interval '3000 days', 'probe', 'probe', 'purge-old'),"
                    + " (gen_random_uuid(), now() - interval '29 days', 'probe', 'probe', 'purge-young')");
            try (ResultSet r = s.executeQuery("SELECT purge_audit_events(now() + interval '1 day')")) {
                r.next();
                assertThat(r.getInt(1)).isGreaterThanOrEqualTo(1);
            }
            try (ResultSet r = s.executeQuery("SELECT entity_id FROM audit_event WHERE entity_id LIKE 'purge-%'")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("purge-young");
                assertThat(r.next()).isFalse();
            }
            c.rollback();
        }
    }

    @Test
    void theApplicationCannotChangeTheSchemaOrItsHistory() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertRefusedForPrivilege(() -> s.execute("CREATE TABLE intruder (id int)"));
            assertThatThrownBy(() -> s.execute("DROP TABLE candidate")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("owner");
            assertRefusedForPrivilege(() -> s.execute("DELETE FROM flyway_schema_history"));
        }
    }

    @Test
    void evenTheOwnersTruncateOfTheAuditTrailIsRefused() throws SQLException {
        try (Connection c = DriverManager.getConnection(ownerUrl, owner, ownerPassword); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("TRUNCATE audit_event")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
        }
    }

    /** The statement is refused for want of a privilege (SQLState 42501), not for any other reason. */
    private static void assertRefusedForPrivilege(ThrowingCallable statement) {
        assertThatThrownBy(statement).isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
    }
}
