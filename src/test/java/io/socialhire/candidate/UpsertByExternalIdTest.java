package io.socialhire.candidate;

import static io.restassured.RestAssured.given;
import static io.socialhire.TestData.candidate;
import static io.socialhire.TestData.createCandidate;
import static io.socialhire.TestData.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UpsertByExternalIdTest {

    private static Response put(String path, String body) {
        return given().contentType(ContentType.JSON).body(body).when().put(path);
    }

    @Test
    void repeatingTheSameRequestChangesNothing() {
        String path = "/api/v1/candidates/by-external-id/greenhouse/" + UUID.randomUUID();
        String email = uniqueEmail();
        String body = """
                {"fullName": "Idem Potent", "email": "%s", "tags": ["b", "a"],
                 "channels": [{"platform": "github", "handle": "idem", "role": "contributor", "frequency": "weekly"},
                              {"platform": "discord", "profileUrl": "https://discord.gg/abcDEF", "role": "moderator", "frequency": "daily"}]}"""
                .formatted(email);
        Response first = put(path, body);
        first.then().statusCode(201).header("Location", org.hamcrest.Matchers.containsString(first.path("id").toString()));
        Response second = put(path, body);
        second.then().statusCode(200);
        Response third = put(path, body.replace("\"b\", \"a\"", "\"A\", \"B\""));
        third.then().statusCode(200);

        for (Response again : new Response[] {second, third}) {
            assertThat((String) again.path("id")).isEqualTo(first.path("id"));
            assertThat((Integer) again.path("version")).isEqualTo(0);
            assertThat((String) again.path("updatedAt")).isEqualTo(first.path("updatedAt"));
            assertThat((java.util.List<String>) again.path("channels.id")).isEqualTo(first.path("channels.id"));
        }
        given().queryParam("q", email).when().get("/api/v1/candidates").then().body("items", hasSize(1));
    }

    @Test
    void changesUpdateInPlaceAndReplaceChannelsKeepingUnchangedOnes() {
        String path = "/api/v1/candidates/by-external-id/lever/" + UUID.randomUUID();
        String email = uniqueEmail();
        Response first = put(path, """
                {"fullName": "Sync Me", "email": "%s",
                 "channels": [{"platform": "github", "handle": "syncme", "role": "contributor", "frequency": "weekly"},
                              {"platform": "x", "handle": "syncme", "role": "member", "frequency": "rarely"}]}""".formatted(email));
        first.then().statusCode(201);
        String githubId = first.path("channels[0].id");
        put(path, """
                {"fullName": "Sync Me Again", "email": "%s",
                 "channels": [{"platform": "GitHub", "profileUrl": "https://github.com/SyncMe", "role": "creator", "frequency": "daily"},
                              {"platform": "bluesky", "handle": "syncme.bsky.social", "role": "member", "frequency": "weekly"}]}"""
                .formatted(email)).then().statusCode(200)
                .body("fullName", equalTo("Sync Me Again"))
                .body("version", equalTo(1))
                .body("channels", hasSize(2))
                .body("channels[0].id", equalTo(githubId))
                .body("channels[0].role", equalTo("creator"))
                .body("channels[1].platform", equalTo("bluesky"));
    }

    @Test
    void emailOfAnotherCandidateIs409AndMismatchedBodyReferenceIs400() {
        String email = uniqueEmail();
        String existing = createCandidate(candidate("Owner", email));
        put("/api/v1/candidates/by-external-id/ashby/" + UUID.randomUUID(), candidate("Intruder", email))
                .then().statusCode(409).body("existingId", equalTo(existing));
        put("/api/v1/candidates/by-external-id/ashby/one", """
                {"fullName": "M", "email": "%s", "ats": {"source": "ashby", "externalId": "two"}}""".formatted(uniqueEmail()))
                .then().statusCode(400).body("errors[0].field", equalTo("ats"));
        put("/api/v1/candidates/by-external-id/Not%20Valid/1", candidate("P", uniqueEmail()))
                .then().statusCode(400).body("errors[0].field", equalTo("source"));
    }
}
