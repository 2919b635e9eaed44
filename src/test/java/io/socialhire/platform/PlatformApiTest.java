package io.socialhire.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlatformApiTest {

    @Test
    void catalogListsAtLeastThirtyPlatforms() {
        given().when().get("/api/v1/platforms").then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.startsWith("\"catalog-v"))
                .body("items.size()", greaterThanOrEqualTo(30))
                .body("items.id", hasItem("x"))
                .body("items.id", hasItem("reddit"))
                .body("items.id", hasItem("discord"));
    }

    @Test
    void filtersByCategory() {
        given().queryParam("category", "chat_community").when().get("/api/v1/platforms").then().statusCode(200)
                .body("items.category", everyItem(equalTo("chat_community")))
                .body("items.id", hasItem("discord"));
        given().queryParam("category", "spaceship").when().get("/api/v1/platforms").then().statusCode(400)
                .body("errors[0].field", equalTo("category"));
    }

    @Test
    void getOneAndUnknownIs404() {
        given().when().get("/api/v1/platforms/x").then().statusCode(200)
                .body("name", org.hamcrest.Matchers.containsString("Twitter"))
                .body("aliases", hasItem("twitter"));
        given().when().get("/api/v1/platforms/friendster").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
