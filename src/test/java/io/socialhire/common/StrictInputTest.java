package io.socialhire.common;

import static io.restassured.RestAssured.given;
import static io.socialhire.TestData.uniqueEmail;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a client is told when its JSON, its text, its times or its cursors cannot be taken as sent. */
@QuarkusTest
class StrictInputTest {

    private static ValidatableResponse post(String path, String body) {
        return given().contentType(ContentType.JSON).body(body).when().post(path).then()
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void aKeyGivenTwiceIsRefusedWhereverItIs() {
        post("/api/v1/api-keys", "{\"name\": \"a\", \"role\": \"recruiter\", \"role\": \"admin\"}")
                .statusCode(400).body("errors[0].field", equalTo("role"))
                .body("errors[0].message", equalTo("appears more than once in its object"));
        given().contentType(ContentType.JSON).body("""
                {"fullName": "Twice", "email": "%s",
                 "channels": [{"platform": "x", "handle": "a", "role": "member", "frequency": "daily", "handle": "b"}]}"""
                .formatted(uniqueEmail()))
                .when().put("/api/v1/candidates/by-external-id/lever/" + UUID.randomUUID()).then()
                .statusCode(400).body("errors[0].field", equalTo("channels[0].handle"));
        given().contentType("application/merge-patch+json").body("{\"title\": \"a\", \"title\": \"b\"}")
                .when().patch("/api/v1/roles/generic").then().statusCode(400).body("errors[0].field", equalTo("title"));
    }

    @Test
    void nothingMayFollowTheDocument() {
        String candidate = "{\"fullName\": \"Trailing\", \"email\": \"" + uniqueEmail() + "\"}";
        post("/api/v1/candidates", candidate + "garbage").statusCode(400).body("detail", startsWith("The request body is not valid JSON"));
        post("/api/v1/candidates", candidate + " {}").statusCode(400)
                .body("detail", startsWith("The request body continues after its JSON document"));
        given().contentType("application/merge-patch+json").body("{\"keywords\": []} []")
                .when().patch("/api/v1/roles/generic").then().statusCode(400);
    }

    @Test
    void textThatCannotBeStoredAsSentIsRefused() {
        post("/api/v1/candidates", "{\"fullName\": \"a\\ud800b\", \"email\": \"" + uniqueEmail() + "\"}")
                .statusCode(400).body("errors[0].field", equalTo("fullName"))
                .body("errors[0].message", containsString("unpaired UTF-16 surrogates"));
        post("/api/v1/candidates", "{\"fullName\": \"\\u200b\\u200d\\u2060\", \"email\": \"" + uniqueEmail() + "\"}")
                .statusCode(400).body("errors[0].field", equalTo("fullName")).body("errors[0].message", equalTo("must not be blank"));
        post("/api/v1/api-keys", "{\"name\": \"\\u00a0\\u200e\\ufeff\", \"role\": \"recruiter\"}")
                .statusCode(400).body("errors[0].field", equalTo("name"));
        given().contentType(ContentType.JSON).body("{\"fullName\": \"Ana \\ud83d\\ude00\", \"email\": \"" + uniqueEmail() + "\"}")
                .when().post("/api/v1/candidates").then().statusCode(201).body("fullName", equalTo("Ana \uD83D\uDE00"));
    }

    /** Rules the contract states in words or in an ECMA-262 pattern, enforced by the code as before. */
    @Test
    void controlCharactersInKeyNamesAndPunctuationLedTagsAreRefused() {
        for (String control : List.of("bell\\u0007", "unit\\u001f", "del\\u007f", "tab\\there")) {
            post("/api/v1/api-keys", "{\"name\": \"" + control + "\", \"role\": \"recruiter\"}")
                    .statusCode(400).body("errors[0].field", equalTo("name"))
                    .body("errors[0].message", equalTo("must not contain control characters"));
        }
        post("/api/v1/candidates", "{\"fullName\": \"T\", \"email\": \"" + uniqueEmail() + "\", \"tags\": [\"-bad\"]}")
                .statusCode(400).body("errors[0].field", equalTo("tags[]"))
                .body("errors[0].message", equalTo("must be letters, digits, spaces or . _ + # - and start with a letter or digit"));
        given().contentType(ContentType.JSON)
                .body("{\"fullName\": \"T\", \"email\": \"" + uniqueEmail() + "\", \"tags\": [\"Comunidad ñ\", \"社区\", \"c#\"]}")
                .when().post("/api/v1/candidates").then().statusCode(201);
    }

    @Test
    void aRubricTitleMustFitAndBeStorable() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode definition = (ObjectNode) json.readTree(given().when().get("/api/v1/rubrics/participation/versions/1")
                .then().statusCode(200).extract().asString()).get("definition");
        definition.remove(java.util.List.of("key", "version"));
        String key = "strict-" + UUID.randomUUID().toString().substring(0, 8);
        post("/api/v1/rubrics/" + key + "/versions", definition.put("title", "t".repeat(201)).toString())
                .statusCode(422).body("errors[0].field", equalTo("title"));
        post("/api/v1/rubrics/" + key + "/versions", definition.put("title", "nul\u0000").toString())
                .statusCode(400).body("errors[0].field", equalTo("title"));
        post("/api/v1/rubrics/" + key + "/versions", definition.put("title", "fine").put("description", "\ud800").toString()
                .replace("\ud800", "\\ud800")).statusCode(400).body("errors[0].field", equalTo("description"));
        given().when().get("/api/v1/rubrics/" + key).then().statusCode(404);
    }

    @Test
    void aBodyMustSayWhatItIs() {
        given().contentType("*/*").body("{\"name\": \"wildcard\", \"role\": \"recruiter\"}".getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/api-keys")
                .then().statusCode(415).contentType(startsWith("application/problem+json"));
        given().contentType("application/x-www-form-urlencoded").body("x=" + "y".repeat(10_000)).when().post("/api/v1/roles")
                .then().statusCode(415).contentType(startsWith("application/problem+json"));
    }

    @Test
    void timesAndCursorsPostgresCannotHoldAre400() {
        given().urlEncodingEnabled(false).when().get("/api/v1/candidates?updatedSince=%2B294277-01-01T00:00:00Z").then()
                .statusCode(400).body("errors[0].field", equalTo("updatedSince"));
        given().urlEncodingEnabled(false).when().get("/api/v1/audit-events?from=-4714-01-01T00:00:00Z").then()
                .statusCode(400).body("errors[0].field", equalTo("from"));
        String forged = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("v1|" + Long.MAX_VALUE + "|" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        for (String list : new String[] {"/api/v1/audit-events", "/api/v1/candidates"}) {
            given().queryParam("cursor", forged).when().get(list).then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        }
        given().when().get("/api/v1/candidates?updatedSince=9999-12-31T23:59:59Z").then().statusCode(200);
    }
}
