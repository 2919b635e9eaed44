package io.socialhire.db;

import static io.socialhire.TestData.candidate;
import static io.socialhire.TestData.createCandidate;
import static io.socialhire.TestData.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** With QUARKUS_DATASOURCE_JDBC_URL set, the application uses that server and starts none of its own. */
@QuarkusTest
@TestProfile(ExternalDatabaseTest.External.class)
class ExternalDatabaseTest {

    public static class External implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ExternalPostgres.class));
        }
    }

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String configuredUrl;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void usesTheConfiguredServerAndStartsNoEmbeddedOne() throws SQLException {
        assertThat(configuredUrl).isEqualTo(ExternalPostgres.url);
        assertThat(EmbeddedDatabase.starts()).isEqualTo(ExternalPostgres.embeddedStartsBefore);
        // The pool is sized for a server of its own, not for one sharing the application's CPUs.
        assertThat(dataSource.getConfiguration().connectionPoolConfiguration().maxSize()).isEqualTo(20);

        String email = uniqueEmail();
        String id = createCandidate(candidate("External", email));
        try (Connection connection = DriverManager.getConnection(ExternalPostgres.url, "postgres", "postgres");
                PreparedStatement query = connection.prepareStatement("SELECT email FROM candidate WHERE id = ?")) {
            query.setObject(1, UUID.fromString(id));
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo(email);
            }
        }
    }
}
