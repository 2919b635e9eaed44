package io.socialhire.fairness;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ModelCardTest {

    @Test
    void aShippedVersionsCardServesTheFiguresTheBuildChecks() throws IOException {
        JsonPath card = given().when().get("/api/v1/rubrics/participation/versions/2/model-card").then().statusCode(200)
                .body("rubricKey", equalTo("participation")).body("version", equalTo(2)).body("measured", equalTo(true))
                .body("title", equalTo("Where do you participate in social media?"))
                .body("intendedUse", containsString("social-media roles"))
                .body("outOfScopeUses", hasItem(containsString("without a person")))
                .body("ignores", hasItem(containsString("sex, race or ethnicity")))
                .body("limitations", not(empty()))
                .body("data.fittedOn.answers", equalTo(427))
                .body("data.validatedOn.set", equalTo(List.of("locked_test_split", "unseen_writers")))
                .extract().jsonPath();
        // The served agreement is the card file's, which ModelCardFiguresTest recomputes from the corpus.
        JsonNode file = new ObjectMapper().readTree(Path.of("src/main/resources/model-cards/participation/v2.json").toFile());
        assertThat(card.getString("date")).isEqualTo(file.get("measuredOn").asText());
        List<Map<String, Object>> agreement = card.getList("agreement");
        assertThat(agreement).hasSize(file.get("agreement").size());
        Map<String, Object> locked = agreement.stream()
                .filter(a -> a.get("set").equals("locked_test_split") && a.get("dimension").equals("all")).findFirst().orElseThrow();
        assertThat(((Number) locked.get("qwk")).doubleValue()).isCloseTo(file.get("agreement").get(0).get("qwk").asDouble(), within(1e-6));
        assertThat(locked.get("count")).isEqualTo(168);
        assertThat(agreement).extracting(a -> a.get("group")).contains("en", "es", "pt", "fr", "de", "wa", "wj");
    }

    @Test
    void aVersionPublishedThroughTheApiSaysItWasNeverMeasured() throws IOException {
        String key = "card-" + Long.toHexString(System.nanoTime());
        String v1 = given().when().get("/api/v1/rubrics/participation/versions/1").then().statusCode(200).extract().asString();
        com.fasterxml.jackson.databind.node.ObjectNode definition = (com.fasterxml.jackson.databind.node.ObjectNode)
                new ObjectMapper().readTree(v1).get("definition");
        definition.remove(List.of("key", "version"));
        given().contentType(ContentType.JSON).body(definition.toString()).when().post("/api/v1/rubrics/" + key + "/versions")
                .then().statusCode(201);
        given().when().get("/api/v1/rubrics/" + key + "/versions/1/model-card").then().statusCode(200)
                .body("measured", equalTo(false)).body("agreement", empty()).body("data", equalTo(null))
                .body("limitations[0]", containsString("Not measured"));
    }

    @Test
    void unknownRubricsAndVersionsAre404Problems() {
        given().when().get("/api/v1/rubrics/participation/versions/99/model-card").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
        given().when().get("/api/v1/rubrics/no-such-rubric/versions/1/model-card").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
