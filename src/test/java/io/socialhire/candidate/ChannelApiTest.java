package io.socialhire.candidate;

import static io.restassured.RestAssured.given;
import static io.socialhire.TestData.candidate;
import static io.socialhire.TestData.createCandidate;
import static io.socialhire.TestData.uniqueEmail;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChannelApiTest {

    private static Response add(String candidateId, String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/candidates/" + candidateId + "/channels");
    }

    @Test
    void sameAccountInAnotherSpellingIs409WithExistingChannel() {
        String id = createCandidate(candidate("C", uniqueEmail()));
        Response created = add(id, "{\"platform\": \"x\", \"handle\": \"@JaneDoe\", \"role\": \"creator\", \"frequency\": \"daily\"}");
        created.then().statusCode(201)
                .header("Location", containsString("/api/v1/candidates/" + id + "/channels/"))
                .body("handle", equalTo("JaneDoe"))
                .body("profileUrl", equalTo("https://x.com/JaneDoe"));
        add(id, "{\"platform\": \"Twitter\", \"profileUrl\": \"https://twitter.com/janedoe?s=20\", \"role\": \"member\", \"frequency\": \"weekly\"}")
                .then().statusCode(409).body("existingId", equalTo(created.path("id")));
        given().when().get("/api/v1/candidates/" + id + "/channels").then().statusCode(200).body("items", hasSize(1));
        // A channel changes the candidate, so its version moves on.
        given().when().get("/api/v1/candidates/" + id).then().header("ETag", equalTo("\"1\""));
    }

    @Test
    void subredditAndRedditUserAreDifferentChannels() {
        String id = createCandidate(candidate("R", uniqueEmail()));
        add(id, "{\"platform\": \"reddit\", \"handle\": \"r/gamedev\", \"role\": \"member\", \"frequency\": \"weekly\"}")
                .then().statusCode(201).body("kind", equalTo("community"));
        add(id, "{\"platform\": \"reddit\", \"handle\": \"u/gamedev\", \"role\": \"creator\", \"frequency\": \"weekly\"}")
                .then().statusCode(201).body("kind", equalTo("user"));
    }

    @Test
    void communityNameAloneIsAChannelAndDuplicatesByName() {
        String id = createCandidate(candidate("D", uniqueEmail()));
        String channelId = add(id, "{\"platform\": \"discord\", \"communityName\": \"Indie Devs Hangout\", \"role\": \"moderator\", \"frequency\": \"daily\"}")
                .then().statusCode(201).body("kind", equalTo("community")).extract().path("id");
        add(id, "{\"platform\": \"discord\", \"communityName\": \"indie  devs hangout\", \"role\": \"member\", \"frequency\": \"daily\"}")
                .then().statusCode(409).body("existingId", equalTo(channelId));
    }

    @Test
    void invalidHandlesUrlsAndPlatformsAre400NamingTheField() {
        String id = createCandidate(candidate("I", uniqueEmail()));
        add(id, "{\"platform\": \"x\", \"handle\": \"has spaces!\", \"role\": \"member\", \"frequency\": \"daily\"}")
                .then().statusCode(400).body("errors[0].field", equalTo("handle"));
        add(id, "{\"platform\": \"x\", \"profileUrl\": \"https://evil.example/jane\", \"role\": \"member\", \"frequency\": \"daily\"}")
                .then().statusCode(400).body("errors[0].field", equalTo("profileUrl"));
        add(id, "{\"platform\": \"x\", \"profileUrl\": \"javascript:alert(1)\", \"role\": \"member\", \"frequency\": \"daily\"}")
                .then().statusCode(400).body("errors[0].field", equalTo("profileUrl"));
        add(id, "{\"platform\": \"orkut-2\", \"handle\": \"jane\", \"role\": \"member\", \"frequency\": \"daily\"}")
                .then().statusCode(400).body("errors[0].field", equalTo("platform"));
        add(id, "{\"platform\": \"x\", \"role\": \"member\", \"frequency\": \"daily\"}")
                .then().statusCode(400).body("errors[0].field", equalTo("handle"));
        add(id, "{\"platform\": \"x\", \"handle\": \"ok\", \"role\": \"member\", \"frequency\": \"daily\", \"since\": \"2999-01\"}")
                .then().statusCode(400).body("errors[0].field", equalTo("since"));
        add(id, "{\"platform\": \"x\", \"handle\": \"ok\", \"role\": \"member\", \"frequency\": \"daily\", \"audienceSize\": -1}")
                .then().statusCode(400).body("errors[0].field", equalTo("audienceSize"));
        given().when().get("/api/v1/candidates/" + id + "/channels").then().body("items", hasSize(0));
    }

    @Test
    void patchAndDeleteChannel() {
        String id = createCandidate(candidate("P", uniqueEmail()));
        String channelId = add(id, "{\"platform\": \"github\", \"handle\": \"octo\", \"role\": \"contributor\", \"frequency\": \"weekly\"}")
                .then().statusCode(201).extract().path("id");
        String channel = "/api/v1/candidates/" + id + "/channels/" + channelId;
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"frequency\": \"daily\", \"notes\": \"maintainer\"}")
                .when().patch(channel).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("frequency", equalTo("daily")).body("notes", equalTo("maintainer")).body("handle", equalTo("octo"));
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body("{\"frequency\": \"rarely\"}")
                .when().patch(channel).then().statusCode(412);
        given().contentType("application/merge-patch+json").body("{\"role\": \"emperor\"}")
                .when().patch(channel).then().statusCode(400).body("errors[0].field", equalTo("role"));
        given().when().delete(channel).then().statusCode(204);
        given().when().get(channel).then().statusCode(404);
        given().when().delete(channel).then().statusCode(404);
    }

    @Test
    void channelsOfUnknownCandidateAre404() {
        add(java.util.UUID.randomUUID().toString(), "{\"platform\": \"x\", \"handle\": \"a\", \"role\": \"member\", \"frequency\": \"daily\"}")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
