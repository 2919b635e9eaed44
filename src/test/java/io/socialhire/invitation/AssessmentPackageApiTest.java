package io.socialhire.invitation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.socialhire.security.Keys;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AssessmentPackageApiTest {

    private static final String PATH = "/api/v1/assessment-packages";

    private static String create(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post(PATH).then().statusCode(201)
                .header("ETag", equalTo("\"0\"")).extract().path("id");
    }

    private static String unique() {
        return "zq" + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void onePackageShipsPerBuiltInRole() {
        given().when().get(PATH).then().statusCode(200)
                .body("items.id", hasItems("community-manager-participation", "developer-advocate-participation",
                        "gaming-community-manager-participation", "generic-participation"))
                .body("items.status", everyItem(equalTo("active")))
                .body("items.maxScore", everyItem(equalTo(100)));
        given().when().get(PATH + "/community-manager-participation").then().statusCode(200)
                .header("ETag", notNullValue())
                .body("question", equalTo("Where do you participate in social media?"))
                .body("roleId", equalTo("community-manager"))
                .body("rubricKey", equalTo("participation"))
                .body("languages", org.hamcrest.Matchers.contains("en", "es", "de", "fr", "pt"))
                .body("builtin", equalTo(true))
                .body("retiredAt", nullValue());
        given().when().get(PATH + "/no-such-package").then().statusCode(404);
    }

    @Test
    void addRenameAndRetireWithoutEverReusingTheId() {
        String word = unique();
        String id = create("{\"name\": \"Esports " + word + ": social media participation\", \"roleId\": \"gaming-community-manager\","
                + " \"languages\": [\"EN\", \"es\", \"en\"]}");
        given().when().get(PATH + "/" + id).then().statusCode(200)
                .body("id", equalTo("esports-" + word + "-social-media-participation"))
                .body("languages", org.hamcrest.Matchers.contains("en", "es"))
                .body("question", equalTo("Where do you participate in social media?"));

        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"name\": \"Esports " + word + " lead\", \"description\": \"For leads\"}")
                .when().patch(PATH + "/" + id).then().statusCode(200)
                .body("name", equalTo("Esports " + word + " lead")).body("description", equalTo("For leads")).header("ETag", equalTo("\"1\""));
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body("{\"name\": \"stale\"}")
                .when().patch(PATH + "/" + id).then().statusCode(412);
        given().contentType("application/merge-patch+json").body("{\"roleId\": \"community-manager\"}")
                .when().patch(PATH + "/" + id).then().statusCode(400).body("errors[0].field", equalTo("roleId"));

        given().when().post(PATH + "/" + id + "/retire").then().statusCode(200)
                .body("status", equalTo("retired")).body("retiredAt", notNullValue());
        given().when().post(PATH + "/" + id + "/retire").then().statusCode(200).body("status", equalTo("retired"));
        given().when().get(PATH).then().statusCode(200).body("items.id", not(hasItem(id)));
        given().queryParam("status", "retired").when().get(PATH).then().statusCode(200).body("items.id", hasItem(id))
                .body("items.status", everyItem(equalTo("retired")));
        given().queryParam("status", "all").when().get(PATH).then().statusCode(200)
                .body("items.id", hasItems(id, "community-manager-participation"));
        given().when().get(PATH + "/" + id).then().statusCode(200).body("status", equalTo("retired"));

        given().contentType(ContentType.JSON).body("{\"id\": \"" + id + "\", \"name\": \"Again\", \"roleId\": \"generic\"}")
                .when().post(PATH).then().statusCode(409).body("detail", org.hamcrest.Matchers.containsString("never reused"));
        given().when().delete(PATH + "/" + id).then().statusCode(405);
    }

    @Test
    void refusesWhatItCannotScore() {
        given().contentType(ContentType.JSON).body("{\"name\": \"Astronaut\", \"roleId\": \"astronaut\"}")
                .when().post(PATH).then().statusCode(400).body("errors[0].field", equalTo("roleId"));
        given().contentType(ContentType.JSON).body("{\"name\": \"Klingon\", \"roleId\": \"generic\", \"languages\": [\"en\", \"tlh\"]}")
                .when().post(PATH).then().statusCode(400).body("errors[0].field", equalTo("languages[1]"));
        given().contentType(ContentType.JSON).body("{\"name\": \"Rubricless\", \"roleId\": \"generic\", \"rubricKey\": \"nope\"}")
                .when().post(PATH).then().statusCode(400).body("errors[0].field", equalTo("rubricKey"));
        given().contentType(ContentType.JSON).body("{\"roleId\": \"generic\"}")
                .when().post(PATH).then().statusCode(400).body("errors[0].field", equalTo("name"));
        given().queryParam("status", "bogus").when().get(PATH).then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void recruitersReadButOnlyAdminsChange() {
        String recruiter = "Bearer " + Keys.of("recruiter");
        given().header("Authorization", recruiter).when().get(PATH).then().statusCode(200);
        given().header("Authorization", recruiter).contentType(ContentType.JSON)
                .body("{\"name\": \"Recruiter's\", \"roleId\": \"generic\"}").when().post(PATH).then().statusCode(403);
        given().header("Authorization", recruiter).when().post(PATH + "/generic-participation/retire").then().statusCode(403);
    }
}
