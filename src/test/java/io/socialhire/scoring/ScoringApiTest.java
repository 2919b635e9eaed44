package io.socialhire.scoring;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.socialhire.common.ContractValidationFilter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ScoringApiTest {

    static final String STRONG = "I moderate r/CommunityManager on Reddit, where I answer questions from new community managers "
            + "most evenings, and I host a monthly Discord AMA for our members. On Mastodon I reply to people in the "
            + "#CommunityBuilding hashtag, and I turn my conference notes into posts on my blog, then ask readers for feedback.";

    private static Response score(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/scorings");
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Test
    void fullResultWithScalesEvidenceAndRole() {
        Response response = score("{\"answer\": " + json(STRONG) + ", \"roleTitle\": \"Community manager (mobile game studio)\","
                + " \"declaredChannels\": [\"reddit\", \"X/Twitter\"]}");
        response.then().statusCode(200)
                .body("rating", notNullValue())
                .body("score", notNullValue())
                .body("recommendation", notNullValue())
                .body("criteria", hasSize(6))
                .body("criteria.min", everyIs(0))
                .body("criteria.max", everyIs(4))
                .body("rubric.key", equalTo("participation"))
                .body("rubric.version", equalTo(2))
                .body("engineVersion", equalTo("participation-claims/2.0.0"))
                .body("summary", startsWith("Rated "))
                .body("claims.size()", greaterThan(2))
                .body("ratingProbabilities", hasSize(5))
                .body("language", equalTo("en"))
                .body("role.id", equalTo("gaming-community-manager"))
                .body("role.matchedFrom", equalTo("role_title"))
                .body("channels.platform", hasItem("reddit"))
                .body("flags", hasItem("declared_not_mentioned"));
        int rating = response.path("rating");
        assertThat(rating).isBetween(4, 5);
        // Every evidence span points at the text it quotes.
        List<Map<String, Object>> criteria = response.path("criteria");
        int spans = 0;
        for (Map<String, Object> criterion : criteria) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> evidence = (List<Map<String, Object>>) criterion.get("evidence");
            for (Map<String, Object> span : evidence) {
                assertThat(STRONG.substring((Integer) span.get("start"), (Integer) span.get("end"))).isEqualTo(span.get("text"));
                spans++;
            }
            if ((Integer) criterion.get("level") > 0) {
                assertThat(evidence).as("points for %s are backed by evidence", criterion.get("criterion")).isNotEmpty();
            }
        }
        assertThat(spans).isGreaterThan(3);
        // Every claim quotes the answer, and the discounted ones say why.
        List<Map<String, Object>> claims = response.path("claims");
        for (Map<String, Object> claim : claims) {
            assertThat(STRONG.substring((Integer) claim.get("start"), (Integer) claim.get("end"))).isEqualTo(claim.get("text"));
            assertThat(claim.get("reason") == null).isEqualTo(Boolean.TRUE.equals(claim.get("credited")));
        }
    }

    @Test
    void versionOneStillScoresWhenAskedFor() {
        score("{\"answer\": " + json(STRONG) + ", \"rubric\": {\"key\": \"participation\", \"version\": 1}}").then()
                .statusCode(200)
                .body("rubric.version", equalTo(1))
                .body("engineVersion", equalTo("participation-engine/1.0.0"))
                .body("claims", hasSize(0))
                .body("summary", startsWith("Rated "));
    }

    private static org.hamcrest.Matcher<Iterable<? extends Integer>> everyIs(int value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }

    @Test
    void sameInputSameOutput() {
        String body = "{\"answer\": " + json(STRONG) + ", \"roleId\": \"community-manager\"}";
        String first = score(body).then().statusCode(200).extract().asString();
        String second = score(body).then().statusCode(200).extract().asString();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void linkedInOnlyScoresLowAndEmptyIsRatedOneWithAFlag() {
        score("{\"answer\": \"I am on LinkedIn and I have 5000 connections.\"}").then().statusCode(200)
                .body("rating", org.hamcrest.Matchers.lessThanOrEqualTo(2))
                .body("flags", hasItem("vanity_metrics"));
        score("{\"answer\": \"\"}").then().statusCode(200).body("rating", equalTo(1));
    }

    @Test
    void badInputIs400NamingTheField() {
        score("{}").then().statusCode(400).body("errors[0].field", equalTo("answer"));
        // No body at all: the field is the body, not the Java name of the method's parameter.
        score("").then().statusCode(400).body("errors[0].field", equalTo("body"));
        io.restassured.RestAssured.given().contentType("application/json").body("").when()
                .post("/api/v1/candidates").then().statusCode(400).body("errors[0].field", equalTo("body"));
        score("{\"answer\": " + json("a".repeat(20_001)) + "}").then().statusCode(400)
                .body("errors[0].field", equalTo("answer")).body("errors[0].message", containsString("20000"));
        score("{\"answer\": \"hi\", \"roleId\": \"astronaut\"}").then().statusCode(400).body("errors[0].field", equalTo("roleId"));
        score("{\"answer\": \"hi\", \"roleId\": \"community-manager\", \"roleTitle\": \"CM\"}").then().statusCode(400)
                .body("errors[0].field", equalTo("roleTitle"));
        score("{\"answer\": \"hi\", \"declaredChannels\": [\"myspace-ish\"]}").then().statusCode(400)
                .body("errors[0].field", equalTo("declaredChannels[0].platform"));
        score("{\"answer\": \"hi\", \"rubric\": {\"key\": \"nope\"}}").then().statusCode(400)
                .body("errors[0].field", equalTo("rubric.key"));
        score("{\"answer\": \"hi\", \"rubric\": {\"key\": \"participation\", \"version\": 99}}").then().statusCode(400)
                .body("errors[0].field", equalTo("rubric.version"));
        score("{\"answer\": 12}").then().statusCode(400).body("errors[0].field", equalTo("answer"));
    }

    @Test
    void batchAnswersEveryItemInOrder() {
        String body = "{\"items\": [{\"answer\": " + json(STRONG) + "}, {\"answer\": 42}, {\"answer\": \"x\", \"roleId\": \"nope\"},"
                + " \"not an object\", {\"answer\": \"I only read Twitter.\", \"roleTitle\": \"Social media marketer\"}]}";
        // Items 1 and 3 are outside the contract on purpose: each is answered with its own problem.
        Response response = given().noFiltersOfType(ContractValidationFilter.class).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/scorings/batch");
        response.then().statusCode(200)
                .body("results", hasSize(5))
                .body("results.index", org.hamcrest.Matchers.contains(0, 1, 2, 3, 4))
                .body("results.status", org.hamcrest.Matchers.contains(200, 400, 400, 400, 200))
                .body("results[1].problem.errors[0].field", equalTo("answer"))
                .body("results[2].problem.errors[0].field", equalTo("roleId"))
                .body("results[4].result.role.id", equalTo("social-media-marketer"));
        // A batch item scores exactly like the single endpoint.
        String single = score("{\"answer\": " + json(STRONG) + "}").then().extract().asString();
        assertThat(response.jsonPath().getMap("results[0].result")).isEqualTo(io.restassured.path.json.JsonPath.from(single).getMap(""));
    }

    @Test
    void batchLimits() {
        given().contentType(ContentType.JSON).body("{\"items\": []}").when().post("/api/v1/scorings/batch").then().statusCode(400);
        String many = "{\"items\": [" + String.join(",", java.util.Collections.nCopies(1001, "{\"answer\": \"hi\"}")) + "]}";
        given().contentType(ContentType.JSON).body(many).when().post("/api/v1/scorings/batch").then().statusCode(400)
                .body("errors[0].field", equalTo("items"));
    }

    @Test
    void theOpenApiExampleIsWhatTheEngineReturns() throws Exception {
        String actual = given().contentType(ContentType.JSON).body(ScoringExamples.REQUEST).when()
                .post("/api/v1/scorings").then().statusCode(200).extract().asString();
        ObjectMapper mapper = new ObjectMapper();
        assertThat(mapper.readTree(actual))
                .as("ScoringExamples.RESULT must be the engine's output for ScoringExamples.REQUEST; actual:%n%s",
                        mapper.writerWithDefaultPrettyPrinter().writeValueAsString(mapper.readTree(actual)))
                .isEqualTo(mapper.readTree(ScoringExamples.RESULT));
    }

    /** The batch example's results, in the parts it shows, are what the API answers to the batch example. */
    @Test
    void theBatchExampleIsWhatTheApiReturns() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode actual = mapper.readTree(given().contentType(ContentType.JSON).body(ScoringExamples.BATCH_REQUEST).when()
                .post("/api/v1/scorings/batch").then().statusCode(200).extract().asString()).path("results");
        JsonNode example = mapper.readTree(ScoringExamples.BATCH_RESULT).path("results");
        assertThat(actual).hasSameSizeAs(example);
        for (int i = 0; i < example.size(); i++) {
            JsonNode shown = example.get(i);
            JsonNode real = actual.get(i);
            assertThat(real.path("status")).as("status of item %d", i).isEqualTo(shown.path("status"));
            for (String field : List.of("rating", "score", "recommendation")) {
                assertThat(real.path("result").path(field)).as("%s of item %d", field, i).isEqualTo(shown.path("result").path(field));
            }
            assertThat(real.path("problem").path("errors")).as("errors of item %d", i).isEqualTo(shown.path("problem").path("errors"));
        }
    }
}
