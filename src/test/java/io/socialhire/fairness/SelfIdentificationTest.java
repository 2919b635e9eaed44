package io.socialhire.fairness;

import static io.restassured.RestAssured.given;
import static io.socialhire.TestData.candidate;
import static io.socialhire.TestData.createCandidate;
import static io.socialhire.TestData.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.socialhire.security.Keys;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Written by whoever forwards it, read back only by auditors and admins, erased with the candidate. */
@QuarkusTest
class SelfIdentificationTest {

    private static final String ANSWER = "I moderate r/CommunityManager and answer newcomers' questions most mornings; "
            + "I also host a monthly Discord call where members show their work.";

    @Inject
    AgroalDataSource db;

    private static String path(String candidateId) {
        return "/api/v1/candidates/" + candidateId + "/self-identification";
    }

    private static String bearer(String role) {
        return "Bearer " + Keys.of(role);
    }

    @Test
    void recruitersWriteItWithoutReadingItBackAndAuditorsReadIt() {
        String id = createCandidate(candidate("Self Identified", uniqueEmail()));
        given().header("Authorization", bearer("recruiter")).contentType(ContentType.JSON)
                .body("{\"sex\": \"female\", \"raceEthnicity\": \"declined\"}")
                .when().put(path(id)).then().statusCode(201).header("Location", org.hamcrest.Matchers.endsWith(path(id)))
                .body(equalTo(""));
        given().header("Authorization", bearer("recruiter")).when().get(path(id)).then().statusCode(403);
        given().header("Authorization", bearer("hiring_manager")).when().get(path(id)).then().statusCode(403);
        given().header("Authorization", bearer("auditor")).when().get(path(id)).then().statusCode(200)
                .body("sex", equalTo("female")).body("raceEthnicity", equalTo("declined")).body("ageBand", nullValue());

        given().header("Authorization", bearer("hiring_manager")).contentType(ContentType.JSON).body("{\"ageBand\": \"40_and_over\"}")
                .when().put(path(id)).then().statusCode(204);
        given().header("Authorization", bearer("auditor")).when().get(path(id)).then().statusCode(200)
                .body("ageBand", equalTo("40_and_over")).body("sex", nullValue());
        // the auditor reads nothing else
        given().header("Authorization", bearer("auditor")).when().get("/api/v1/candidates/" + id).then().statusCode(403);

        given().header("Authorization", bearer("recruiter")).when().delete(path(id)).then().statusCode(204);
        given().when().get(path(id)).then().statusCode(404);
        given().header("Authorization", bearer("recruiter")).when().delete(path(id)).then().statusCode(404);
    }

    @Test
    void refusesValuesOutsideTheCategories() {
        String id = createCandidate(candidate("Bad Categories", uniqueEmail()));
        given().contentType(ContentType.JSON).body("{\"sex\": \"f\"}").when().put(path(id)).then().statusCode(400)
                .body("errors[0].field", equalTo("sex"));
        given().contentType(ContentType.JSON).body("{\"raceEthnicity\": \"martian\"}").when().put(path(id)).then().statusCode(400)
                .body("errors[0].field", equalTo("raceEthnicity"));
        given().contentType(ContentType.JSON).body("{\"religion\": \"none\"}").when().put(path(id)).then().statusCode(400);
        given().contentType(ContentType.JSON).body("{}").when().put(path(UUID.randomUUID().toString())).then().statusCode(404);
    }

    @Test
    void onlyAnAdminsExportHoldsItAndErasureRemovesIt() throws SQLException {
        String id = createCandidate(candidate("Exported Self", uniqueEmail()));
        given().contentType(ContentType.JSON).body("{\"sex\": \"other\"}").when().put(path(id)).then().statusCode(201);
        given().when().get("/api/v1/candidates/" + id + "/export").then().statusCode(200)
                .body("selfIdentification.sex", equalTo("other"));
        given().header("Authorization", bearer("recruiter")).when().get("/api/v1/candidates/" + id + "/export").then().statusCode(200)
                .body("selfIdentification", nullValue());

        given().when().delete("/api/v1/candidates/" + id).then().statusCode(204);
        assertThat(rows(id)).isZero();
    }

    @Test
    void scoringGivesTheSameResultWithAndWithoutIt() {
        String id = createCandidate(candidate("Scored Twice", uniqueEmail()));
        String before = given().contentType(ContentType.JSON).body("{\"answer\": \"" + ANSWER + "\"}")
                .when().post("/api/v1/candidates/" + id + "/assessments").then().statusCode(201).extract().jsonPath()
                .getObject("engineResult", Object.class).toString();
        given().contentType(ContentType.JSON).body("{\"sex\": \"female\", \"raceEthnicity\": \"asian\", \"ageBand\": \"40_and_over\"}")
                .when().put(path(id)).then().statusCode(201);
        String after = given().contentType(ContentType.JSON).body("{\"answer\": \"" + ANSWER + "\"}")
                .when().post("/api/v1/candidates/" + id + "/assessments").then().statusCode(201).extract().jsonPath()
                .getObject("engineResult", Object.class).toString();
        assertThat(after).isEqualTo(before);
    }

    private long rows(String candidateId) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM candidate_self_identification WHERE candidate_id = ?::uuid")) {
            s.setString(1, candidateId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
