package io.socialhire.role;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.socialhire.Race;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RoleApiTest {

    @Test
    void shipsTheRolesHiringTeamsAskFor() {
        given().when().get("/api/v1/roles").then().statusCode(200)
                .body("items.size()", greaterThanOrEqualTo(8))
                .body("items.id", hasItems("community-manager", "social-media-marketer", "social-media-lead", "content-creator",
                        "gaming-community-manager", "developer-advocate", "b2b-social-lead", "generic"));
        given().when().get("/api/v1/roles/developer-advocate").then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("builtin", equalTo(true));
        given().when().get("/api/v1/roles/astronaut").then().statusCode(404);
    }

    @Test
    void createPatchAndMatchAByTitle() {
        String word = "zq" + UUID.randomUUID().toString().substring(0, 6);
        String title = "Esports " + word + " community manager";
        String id = given().contentType(ContentType.JSON)
                .body("{\"title\": \"" + title + "\", \"focusCategories\": [\"chat_community\"], \"focusPlatforms\": [\"Discord\", \"twitch\"],"
                        + " \"keywords\": [\"" + word + "\"]}")
                .when().post("/api/v1/roles").then().statusCode(201)
                .body("focusPlatforms", org.hamcrest.Matchers.contains("discord", "twitch"))
                .body("builtin", equalTo(false))
                .extract().path("id");
        given().contentType(ContentType.JSON).body("{\"id\": \"" + id + "\", \"title\": \"Again\"}")
                .when().post("/api/v1/roles").then().statusCode(409);
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"focusPlatforms\": [\"discord\", \"kick\"]}")
                .when().patch("/api/v1/roles/" + id).then().statusCode(200).body("version", equalTo(1));
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body("{\"title\": \"Stale\"}")
                .when().patch("/api/v1/roles/" + id).then().statusCode(412);
        given().contentType(ContentType.JSON).body("{\"answer\": \"I moderate a Discord server.\", \"roleTitle\": \"Senior " + word + " lead\"}")
                .when().post("/api/v1/scorings").then().statusCode(200).body("role.id", equalTo(id));
    }

    @Test
    void invalidRolesAre400() {
        given().contentType(ContentType.JSON).body("{\"title\": \"X\", \"focusPlatforms\": [\"myspace-ish\"]}")
                .when().post("/api/v1/roles").then().statusCode(400).body("errors[0].field", equalTo("focusPlatforms[0]"));
        given().contentType(ContentType.JSON).body("{\"title\": \"X\", \"focusCategories\": [\"telepathy\"]}")
                .when().post("/api/v1/roles").then().statusCode(400).body("errors[0].field", equalTo("focusCategories[0]"));
        given().contentType(ContentType.JSON).body("{\"title\": \"X\", \"rubricKey\": \"nope\"}")
                .when().post("/api/v1/roles").then().statusCode(400).body("errors[0].field", equalTo("rubricKey"));
        given().contentType(ContentType.JSON).body("{\"title\": \"\"}")
                .when().post("/api/v1/roles").then().statusCode(400).body("errors[0].field", equalTo("title"));
        given().contentType("application/merge-patch+json").body("{\"id\": \"renamed\"}")
                .when().patch("/api/v1/roles/community-manager").then().statusCode(400).body("errors[0].field", equalTo("id"));
    }

    /** The same new role id from many clients at once: one is created, the rest are told it exists. */
    @Test
    void concurrentCreatesOfOneIdMakeOneRole() {
        String id = "race-" + UUID.randomUUID().toString().substring(0, 8);
        List<Response> answers = Race.run(20, i -> given().contentType(ContentType.JSON)
                .body("{\"id\": \"" + id + "\", \"title\": \"Racer " + i + "\"}").when().post("/api/v1/roles"));
        assertThat(answers.stream().filter(r -> r.statusCode() == 201)).hasSize(1);
        assertThat(answers.stream().filter(r -> r.statusCode() != 201))
                .allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(409));
    }

    /** Patches without If-Match land one after another; none is refused for a race it never asked about. */
    @Test
    void concurrentPatchesWithoutIfMatchAllLand() {
        String id = given().contentType(ContentType.JSON).body("{\"title\": \"Patched " + UUID.randomUUID() + "\"}")
                .when().post("/api/v1/roles").then().statusCode(201).extract().path("id");
        List<Response> answers = Race.run(20, i -> given().contentType("application/merge-patch+json")
                .body("{\"keywords\": [\"k" + i + "\"]}").when().patch("/api/v1/roles/" + id));
        assertThat(answers).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
        given().when().get("/api/v1/roles/" + id).then().body("version", equalTo(20));
    }
}
