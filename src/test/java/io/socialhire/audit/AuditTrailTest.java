package io.socialhire.audit;

import static io.restassured.RestAssured.given;
import static io.socialhire.TestData.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.socialhire.security.Keys;
import io.socialhire.security.Roles;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditTrailTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyWriteIsRecordedWithKeyRequestAndFieldNamesOnly() {
        Keys.reset();
        String recruiter = Keys.create(Roles.RECRUITER);
        String email = uniqueEmail();
        Instant before = Instant.now().minusSeconds(1);
        String requestId = "audit-" + UUID.randomUUID();
        String id = given().header("Authorization", "Bearer " + recruiter).header("X-Request-Id", requestId)
                .contentType(ContentType.JSON).body("{\"fullName\": \"Audited Person\", \"email\": \"" + email + "\", \"phone\": \"+34 600 000 111\"}")
                .when().post("/api/v1/candidates").then().statusCode(201).extract().path("id");
        given().header("Authorization", "Bearer " + recruiter).contentType("application/merge-patch+json")
                .body("{\"headline\": \"Secret headline text\"}").when().patch("/api/v1/candidates/" + id).then().statusCode(200);
        // A refused write leaves no trace.
        given().header("Authorization", "Bearer " + recruiter).contentType(ContentType.JSON)
                .body("{\"fullName\": \"Dup\", \"email\": \"" + email + "\"}").when().post("/api/v1/candidates").then().statusCode(409);

        JsonPath events = given().queryParam("entityId", id).queryParam("from", before.toString())
                .when().get("/api/v1/audit-events").then().statusCode(200).body("items", hasSize(2)).extract().jsonPath();
        assertThat(events.getString("items[0].action")).isEqualTo("candidate.created");
        assertThat(events.getString("items[0].requestId")).isEqualTo(requestId);
        assertThat(events.getString("items[0].apiKeyName")).startsWith("test recruiter");
        assertThat(events.getList("items[0].changedFields", String.class)).contains("fullName", "email", "phone");
        assertThat(events.getString("items[1].action")).isEqualTo("candidate.updated");
        assertThat(events.getList("items[1].changedFields", String.class)).containsExactly("headline");
        String all = given().queryParam("entityId", id).when().get("/api/v1/audit-events").then().extract().asString();
        assertThat(all).doesNotContain(email, "Audited Person", "Secret headline", "600 000 111");

        String keyId = events.getString("items[0].apiKeyId");
        given().queryParam("apiKeyId", keyId).queryParam("action", "candidate.updated").when().get("/api/v1/audit-events")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].entityId", equalTo(id));
        given().queryParam("entityId", id).queryParam("limit", 1).when().get("/api/v1/audit-events")
                .then().statusCode(200).body("items", hasSize(1)).header("Link", org.hamcrest.Matchers.containsString("rel=\"next\""));
        given().queryParam("from", "yesterday").when().get("/api/v1/audit-events").then().statusCode(400);
    }

    @Inject
    AuditRetention retention;

    @Test
    void retentionPurgeDeletesOnlyOldEvents() throws SQLException {
        UUID old = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO audit_event (id, occurred_at, action, entity_type, entity_id) VALUES ('" + old
                    + "', now() - interval '3000 days', 'candidate.created', 'candidate', 'x')");
        }
        long before = count("SELECT count(*) FROM audit_event");
        assertThat(retention.purge()).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_event WHERE id = '" + old + "'")).isZero();
        assertThat(count("SELECT count(*) FROM audit_event")).isEqualTo(before - 1);
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); var r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void theTableIsAppendOnly() throws SQLException {
        given().contentType(ContentType.JSON).body("{\"fullName\": \"A\", \"email\": \"" + uniqueEmail() + "\"}")
                .when().post("/api/v1/candidates").then().statusCode(201);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_event SET action = 'x'")).hasMessageContaining("append-only");
            // The application's role has no DELETE right on the table (the retention purge goes through the owner).
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_event")).isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
        }
    }
}
