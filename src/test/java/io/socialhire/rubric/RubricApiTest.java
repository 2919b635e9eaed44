package io.socialhire.rubric;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.socialhire.Race;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RubricApiTest {

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** The shipped definition, to start new versions from. */
    static ObjectNode participationV1() throws Exception {
        String body = given().when().get("/api/v1/rubrics/participation/versions/1").then().statusCode(200).extract().asString();
        return (ObjectNode) MAPPER.readTree(body).get("definition");
    }

    static String uniqueKey() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Response publish(String key, String body) {
        return given().log().ifValidationFails().contentType(ContentType.JSON).body(body).when().post("/api/v1/rubrics/" + key + "/versions").then().log().ifValidationFails().extract().response();
    }

    @Test
    void theShippedRubricIsPublished() {
        given().when().get("/api/v1/rubrics").then().statusCode(200).body("items.key", hasItem("participation"));
        given().when().get("/api/v1/rubrics/participation").then().statusCode(200)
                .body("versions", hasItem(1));
        given().when().get("/api/v1/rubrics/participation/versions/1").then().statusCode(200)
                .body("builtin", equalTo(true))
                .body("definition.criteria", hasSize(6))
                .body("definition.criteria[0].levels", hasSize(5));
    }

    @Test
    void publishingAddsImmutableVersionsThatScoringCanName() throws Exception {
        String key = uniqueKey();
        ObjectNode definition = participationV1();
        definition.remove("key");
        definition.remove("version");
        definition.put("title", "First of " + key);
        publish(key, definition.toString()).then().statusCode(201)
                .header("Location", containsString("/api/v1/rubrics/" + key + "/versions/1"))
                .body("version", equalTo(1)).body("builtin", equalTo(false));
        definition.put("title", "Second of " + key);
        publish(key, definition.toString()).then().statusCode(201).body("version", equalTo(2));
        given().when().get("/api/v1/rubrics/" + key).then().body("versions", org.hamcrest.Matchers.contains(1, 2))
                .body("latestVersion", equalTo(2)).body("title", equalTo("Second of " + key));
        given().when().get("/api/v1/rubrics/" + key + "/versions/1").then().body("title", equalTo("First of " + key));

        Response scored = given().contentType(ContentType.JSON)
                .body("{\"answer\": \"I reply to people on Mastodon every day.\", \"rubric\": {\"key\": \"" + key + "\"}}")
                .when().post("/api/v1/scorings");
        scored.then().statusCode(200).body("rubric.key", equalTo(key)).body("rubric.version", equalTo(2));
        String v1 = given().contentType(ContentType.JSON)
                .body("{\"answer\": \"I reply to people on Mastodon every day.\", \"rubric\": {\"key\": \"" + key + "\", \"version\": 1}}")
                .when().post("/api/v1/scorings").then().statusCode(200).body("rubric.version", equalTo(1)).extract().path("score").toString();
        assertThat(v1).isEqualTo(scored.path("score").toString());
    }

    @Test
    void invalidStructureIs422NamingEachProblem() throws Exception {
        String key = uniqueKey();
        publish(key, "{\"title\": \"broken\", \"criteria\": []}").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("criteria"));
        ObjectNode definition = participationV1();
        definition.remove("key");
        ((ObjectNode) definition.get("criteria").get(0)).put("weight", -3);
        definition.remove("version");
        publish(key, definition.toString()).then().statusCode(422).body("errors[0].field", containsString("criteria[0]"));
        given().when().get("/api/v1/rubrics/" + key).then().statusCode(404);
    }

    @Test
    void wrongVersionKeyOrShapeIsRejected() throws Exception {
        ObjectNode definition = participationV1();
        definition.remove("key");
        definition.put("version", 7);
        publish(uniqueKey(), definition.toString()).then().statusCode(409);
        definition.remove("version");
        definition.put("key", "other");
        publish(uniqueKey(), definition.toString()).then().statusCode(400).body("errors[0].field", equalTo("key"));
        publish("Bad Key!", "{}").then().statusCode(400);
        publish(uniqueKey(), "[1, 2]").then().statusCode(400);
        given().when().get("/api/v1/rubrics/participation/versions/99").then().statusCode(404);
        given().when().get("/api/v1/rubrics/nothing-here").then().statusCode(404);
    }

    /** Editors publishing at once: each unversioned publish lands as the next version; a named version lands once. */
    @Test
    void concurrentPublishesGetSuccessiveVersionsOrA409() throws Exception {
        String key = uniqueKey();
        ObjectNode definition = participationV1().remove(List.of("key", "version"));
        List<Response> appended = Race.run(20, i -> publish(key, definition.toString()));
        assertThat(appended).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(201));
        assertThat(appended.stream().map(r -> (Integer) r.path("version")).sorted().toList())
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, 20).boxed().toList());

        definition.put("version", 21);
        List<Response> named = Race.run(20, i -> publish(key, definition.toString()));
        assertThat(named.stream().map(Response::statusCode).sorted().toList())
                .isEqualTo(java.util.stream.Stream.concat(java.util.stream.Stream.of(201),
                        java.util.Collections.nCopies(19, 409).stream()).sorted().toList());
        given().when().get("/api/v1/rubrics/" + key).then().body("latestVersion", equalTo(21));
    }
}
