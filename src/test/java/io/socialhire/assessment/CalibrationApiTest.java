package io.socialhire.assessment;

import static io.restassured.RestAssured.given;
import static io.socialhire.assessment.AssessmentApiTest.assess;
import static io.socialhire.assessment.AssessmentApiTest.candidateWithTikTok;
import static io.socialhire.assessment.AssessmentApiTest.review;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CalibrationApiTest {

    @Test
    void comparesEngineWithTheLatestReviews() throws Exception {
        // A rubric of its own, so only this test's assessments count.
        String key = "calib-" + UUID.randomUUID().toString().substring(0, 8);
        String definition = given().when().get("/api/v1/rubrics/participation/versions/1").then().extract().asString();
        ObjectNode copy = (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(definition).get("definition");
        copy.remove("key");
        copy.remove("version");
        given().contentType("application/json").body(copy.toString()).when().post("/api/v1/rubrics/" + key + "/versions")
                .then().statusCode(201);

        String candidate = candidateWithTikTok();
        String rubric = "\"rubric\": {\"key\": \"" + key + "\"}";
        String agreed = assess(candidate, "{\"answer\": \"I reply to threads on Reddit every week.\", " + rubric + "}").path("id");
        String overridden = assess(candidate, "{\"answer\": \"I moderate a Discord server for indie developers.\", " + rubric + "}").path("id");
        assess(candidate, "{\"answer\": \"Unreviewed: I post on Mastodon.\", " + rubric + "}");

        review(agreed, "{\"reviewer\": \"R\"}").then().statusCode(201);
        int engineRating = given().when().get("/api/v1/assessments/" + overridden).then().extract().path("engineResult.rating");
        int lower = engineRating == 1 ? 2 : engineRating - 1;
        review(overridden, "{\"reviewer\": \"R\"}").then().statusCode(201);
        review(overridden, "{\"reviewer\": \"R2\", \"rating\": " + lower + ", \"reason\": \"Less than it sounds\"}").then().statusCode(201);

        JsonPath calibration = given().when().get("/api/v1/rubrics/" + key + "/calibration").then().statusCode(200)
                .body("rubric", equalTo(key))
                .body("count", equalTo(2))
                .body("criteria.size()", equalTo(6))
                .extract().jsonPath();
        assertThat(calibration.getDouble("rating.exactAgreement")).isEqualTo(0.5);
        assertThat(calibration.getDouble("rating.adjacentAgreement")).isEqualTo(1.0);
        assertThat(calibration.getDouble("rating.meanDifference")).isEqualTo((lower - engineRating) / 2.0);
        assertThat(calibration.getDouble("criteria[0].agreement.exactAgreement")).isEqualTo(1.0);
        given().when().get("/api/v1/rubrics/nothing-here/calibration").then().statusCode(404);
    }
}
