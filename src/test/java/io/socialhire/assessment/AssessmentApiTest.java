package io.socialhire.assessment;

import static io.restassured.RestAssured.given;
import static io.socialhire.TestData.createCandidate;
import static io.socialhire.TestData.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AssessmentApiTest {

    static final String ANSWER = "I moderate r/CommunityManager on Reddit and reply to new members' questions there every week.";

    static String candidateWithTikTok() {
        return createCandidate("""
                {"fullName": "Assessed", "email": "%s", "channels": [
                  {"platform": "reddit", "handle": "r/CommunityManager", "role": "moderator", "frequency": "weekly"},
                  {"platform": "tiktok", "handle": "assessed", "role": "creator", "frequency": "daily"}]}""".formatted(uniqueEmail()));
    }

    static Response assess(String candidateId, String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/candidates/" + candidateId + "/assessments");
    }

    static Response review(String assessmentId, String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/assessments/" + assessmentId + "/reviews");
    }

    @Test
    void createStoresTheExactVersionAndCrossChecksDeclaredChannels() {
        String candidateId = candidateWithTikTok();
        Response created = assess(candidateId, "{\"answer\": \"" + ANSWER + "\", \"roleId\": \"community-manager\"}");
        created.then().statusCode(201)
                .header("Location", containsString("/api/v1/assessments/"))
                .body("candidateId", equalTo(candidateId))
                .body("question", equalTo("Where do you participate in social media?"))
                .body("engineResult.rubric.version", equalTo(2))
                .body("engineResult.flags", hasItem("declared_not_mentioned"))
                .body("finalResult.source", equalTo("engine"))
                .body("reviewCount", equalTo(0));
        String id = created.path("id");
        given().when().get("/api/v1/assessments/" + id).then().statusCode(200).body("answer", equalTo(ANSWER));

        // Re-scoring with the stored version and the same inputs gives the identical result.
        String rescored = given().contentType(ContentType.JSON)
                .body("{\"answer\": \"" + ANSWER + "\", \"roleId\": \"community-manager\", \"rubric\": {\"key\": \"participation\", \"version\": 2},"
                        + " \"declaredChannels\": [{\"platform\": \"reddit\", \"handle\": \"r/CommunityManager\", \"role\": \"moderator\", \"frequency\": \"weekly\"},"
                        + " {\"platform\": \"tiktok\", \"handle\": \"assessed\", \"role\": \"creator\", \"frequency\": \"daily\"}]}")
                .when().post("/api/v1/scorings").then().statusCode(200).extract().asString();
        assertThat(JsonPath.from(rescored).getMap("")).isEqualTo(created.jsonPath().getMap("engineResult"));
    }

    @Test
    void reviewsNeedReasonsWhereTheyDifferAndTheLatestIsFinal() {
        String id = assess(candidateWithTikTok(), "{\"answer\": \"" + ANSWER + "\"}").then().statusCode(201).extract().path("id");
        JsonPath engine = given().when().get("/api/v1/assessments/" + id).then().extract().jsonPath();
        int engineRating = engine.getInt("engineResult.rating");
        int otherRating = engineRating == 5 ? 4 : engineRating + 1;
        String criterion = engine.getString("engineResult.criteria[2].criterion");
        int engineLevel = engine.getInt("engineResult.criteria[2].level");
        int otherLevel = engineLevel == 4 ? 3 : engineLevel + 1;

        review(id, "{\"reviewer\": \"Maria\", \"rating\": " + otherRating + "}").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        review(id, "{\"reviewer\": \"Maria\", \"criteria\": [{\"criterion\": \"" + criterion + "\", \"level\": " + otherLevel + "}]}")
                .then().statusCode(400).body("errors[0].field", equalTo("criteria[0].reason"));
        review(id, "{\"reviewer\": \"Maria\", \"criteria\": [{\"criterion\": \"charisma\", \"level\": 2}]}")
                .then().statusCode(400).body("errors[0].field", equalTo("criteria[0].criterion"));
        review(id, "{\"reviewer\": \"Maria\", \"criteria\": [{\"criterion\": \"" + criterion + "\", \"level\": 9, \"reason\": \"x\"}]}")
                .then().statusCode(400).body("errors[0].field", equalTo("criteria[0].level"));
        review(id, "{\"reviewer\": \"Maria\", \"recommendation\": \"maybe\"}").then().statusCode(400)
                .body("errors[0].field", equalTo("recommendation"));

        // Agreeing with the engine needs no reason.
        review(id, "{\"reviewer\": \"First Reviewer\"}").then().statusCode(201)
                .body("rating", equalTo(engineRating)).body("reason", equalTo(null));
        review(id, "{\"reviewer\": \"Second Reviewer\", \"rating\": " + otherRating + ", \"reason\": \"More than the engine saw\","
                + " \"criteria\": [{\"criterion\": \"" + criterion + "\", \"level\": " + otherLevel + ", \"reason\": \"Answers weekly\"}],"
                + " \"note\": \"Ask about moderation\"}").then().statusCode(201)
                .header("Location", containsString("/reviews/"));

        given().when().get("/api/v1/assessments/" + id).then().statusCode(200)
                .body("reviewCount", equalTo(2))
                .body("finalResult.source", equalTo("review"))
                .body("finalResult.reviewer", equalTo("Second Reviewer"))
                .body("finalResult.rating", equalTo(otherRating))
                .body("finalResult.criteria.find { it.criterion == '" + criterion + "' }.level", equalTo(otherLevel))
                .body("engineResult.rating", equalTo(engineRating))
                .body("engineResult.criteria[2].level", equalTo(engineLevel));
        given().when().get("/api/v1/assessments/" + id + "/reviews").then().statusCode(200)
                .body("items", hasSize(2)).body("items.reviewer", org.hamcrest.Matchers.contains("First Reviewer", "Second Reviewer"));
    }

    static final String STRONG = "I founded and moderate the r/IndieGameDevs subreddit (40k members), host a weekly Discord office hour"
            + " where I answer newcomers' questions, run our monthly AMA with studio leads, and reply to people on Mastodon every day.";

    @Inject
    AgroalDataSource dataSource;

    /** The status the assessment.created event carried for an assessment. */
    private String publishedStatus(String assessmentId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT payload->'data'->>'status' FROM webhook_event WHERE type = 'assessment.created' AND payload->'data'->>'id' = ?")) {
            q.setString(1, assessmentId);
            try (ResultSet r = q.executeQuery()) {
                assertThat(r.next()).as("an assessment.created event").isTrue();
                return r.getString(1);
            }
        }
    }

    @Test
    void aRejectionIsNotFinalUntilAPersonReviewsIt() throws SQLException {
        String candidateId = candidateWithTikTok();
        Response created = assess(candidateId, "{\"answer\": \"It depends on the client.\"}");
        created.then().statusCode(201)
                .body("engineResult.recommendation", org.hamcrest.Matchers.oneOf("definitely_not", "no"))
                .body("status", equalTo("pending_review"))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("finalResult")));
        String id = created.path("id");
        assertThat(publishedStatus(id)).isEqualTo("pending_review");
        given().when().get("/api/v1/candidates/" + candidateId + "/assessments").then().statusCode(200)
                .body("items[0].status", equalTo("pending_review")).body("items[0].finalResult", equalTo(null));

        review(id, "{\"reviewer\": \"Maria\"}").then().statusCode(201);
        given().when().get("/api/v1/assessments/" + id).then().statusCode(200)
                .body("status", equalTo("reviewed"))
                .body("finalResult.source", equalTo("review"))
                .body("finalResult.reviewer", equalTo("Maria"))
                .body("finalResult.recommendation", equalTo(created.path("engineResult.recommendation")));
    }

    @Test
    void anOutcomeNoRuleHoldsBackIsFinalAtOnce() throws SQLException {
        Response created = assess(candidateWithTikTok(), "{\"answer\": \"" + STRONG + "\"}");
        created.then().statusCode(201)
                .body("engineResult.recommendation", org.hamcrest.Matchers.oneOf("yes", "strong_yes"))
                .body("status", equalTo("final"))
                .body("finalResult.source", equalTo("engine"))
                .body("finalResult.recommendation", equalTo(created.path("engineResult.recommendation")));
        assertThat(publishedStatus(created.path("id"))).isEqualTo("final");
    }

    @Test
    void listsPageAndUnknownIdsAre404() {
        String candidateId = candidateWithTikTok();
        for (int i = 0; i < 3; i++) {
            assess(candidateId, "{\"answer\": \"Answer " + i + ": I comment on Reddit threads.\"}").then().statusCode(201);
        }
        Response first = given().queryParam("limit", 2).when().get("/api/v1/candidates/" + candidateId + "/assessments");
        first.then().statusCode(200).body("items", hasSize(2)).header("Link", containsString("rel=\"next\""));
        given().queryParam("limit", 2).queryParam("cursor", (String) first.path("nextCursor"))
                .when().get("/api/v1/candidates/" + candidateId + "/assessments").then().statusCode(200)
                .body("items", hasSize(1)).body("nextCursor", equalTo(null));
        assess(UUID.randomUUID().toString(), "{\"answer\": \"hi\"}").then().statusCode(404);
        given().when().get("/api/v1/candidates/" + UUID.randomUUID() + "/assessments").then().statusCode(404);
        given().when().get("/api/v1/assessments/" + UUID.randomUUID()).then().statusCode(404);
        review(UUID.randomUUID().toString(), "{\"reviewer\": \"x\"}").then().statusCode(404);
        assess(candidateId, "{\"answer\": \"" + "b".repeat(20_001) + "\"}").then().statusCode(400)
                .body("errors[0].message", containsString("20000"));
    }
}
