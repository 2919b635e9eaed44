package io.socialhire.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ErasureAndExportTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void exportHoldsEverythingAndErasureLeavesNothingThatIdentifiesThePerson() throws SQLException {
        String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String email = marker + "@example.com";
        String id = given().contentType(ContentType.JSON).body("""
                {"fullName": "Erin %1$s", "email": "%2$s", "phone": "+1 555 0100", "headline": "Head of %1$s",
                 "ats": {"source": "lever", "externalId": "%1$s"},
                 "channels": [{"platform": "x", "handle": "%1$s", "role": "creator", "frequency": "daily", "notes": "notes %1$s"},
                              {"platform": "discord", "communityName": "Server %1$s", "role": "moderator", "frequency": "weekly"}]}"""
                .formatted(marker, email)).when().post("/api/v1/candidates").then().statusCode(201).extract().path("id");
        String answer = "I moderate the Server " + marker + " on Discord and reply to threads on X as @" + marker + " daily.";
        String assessmentId = given().contentType(ContentType.JSON).body("{\"answer\": \"" + answer + "\", \"question\": \"Where, " + marker + "?\"}")
                .when().post("/api/v1/candidates/" + id + "/assessments").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body("{\"reviewer\": \"Hiring Manager\", \"note\": \"Met " + marker + " at a meetup\"}")
                .when().post("/api/v1/assessments/" + assessmentId + "/reviews").then().statusCode(201);

        String invitationId = given().contentType(ContentType.JSON).body("""
                {"packageId": "community-manager-participation", "candidateId": "%s", "job": {"title": "Lead %s"}}"""
                .formatted(id, marker)).when().post("/api/v1/invitations").then().statusCode(201).extract().path("id");

        given().when().get("/api/v1/candidates/" + id + "/export").then().statusCode(200)
                .body("invitations", hasSize(1))
                .body("invitations[0].id", equalTo(invitationId))
                .body("invitations[0].job.title", equalTo("Lead " + marker))
                .body("invitations[0]", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("candidateUrl")))
                .header("Content-Disposition", org.hamcrest.Matchers.containsString(id))
                .body("candidate.email", equalTo(email))
                .body("candidate.channels", hasSize(2))
                .body("assessments", hasSize(1))
                .body("assessments[0].assessment.answer", equalTo(answer))
                .body("assessments[0].reviews[0].note", equalTo("Met " + marker + " at a meetup"));
        assertThat(tablesMentioning(marker)).isNotEmpty();

        given().when().delete("/api/v1/candidates/" + id).then().statusCode(204);

        given().when().get("/api/v1/candidates/" + id).then().statusCode(404);
        given().when().get("/api/v1/candidates/" + id + "/export").then().statusCode(404);
        given().when().get("/api/v1/assessments/" + assessmentId).then().statusCode(404);
        given().when().get("/api/v1/invitations/" + invitationId).then().statusCode(404);
        given().when().get("/api/v1/assessments/" + assessmentId + "/reviews").then().statusCode(404);
        assertThat(tablesMentioning(marker)).as("tables still holding the person's data").isEmpty();
        assertThat(tablesMentioning("+1 555 0100")).isEmpty();
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT candidate_id, answer, erased_at IS NOT NULL, rating FROM assessment WHERE id = ?")) {
            q.setObject(1, UUID.fromString(assessmentId));
            try (ResultSet row = q.executeQuery()) {
                assertThat(row.next()).as("kept for calibration").isTrue();
                assertThat(row.getObject(1)).isNull();
                assertThat(row.getString(2)).isEmpty();
                assertThat(row.getBoolean(3)).isTrue();
                assertThat(row.getObject(4)).isNotNull();
            }
        }
        given().queryParam("entityId", id).queryParam("action", "candidate.erased").when().get("/api/v1/audit-events")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].changedFields", hasSize(0));
    }

    /** Every table whose rows, read as text, contain the value. */
    private List<String> tablesMentioning(String value) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            List<String> names = new ArrayList<>();
            try (ResultSet t = c.createStatement().executeQuery(
                    "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'flyway_schema_history'")) {
                while (t.next()) {
                    names.add(t.getString(1));
                }
            }
            for (String table : names) {
                try (PreparedStatement q = c.prepareStatement("SELECT count(*) FROM " + table + " t WHERE t::text ILIKE ?")) {
                    q.setString(1, "%" + value + "%");
                    try (ResultSet r = q.executeQuery()) {
                        r.next();
                        if (r.getLong(1) > 0) {
                            tables.add(table);
                        }
                    }
                }
            }
        }
        return tables;
    }
}
