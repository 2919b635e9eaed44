package io.socialhire.candidate;

import static io.restassured.RestAssured.given;
import static io.socialhire.TestData.candidate;
import static io.socialhire.TestData.candidateWithChannels;
import static io.socialhire.TestData.create;
import static io.socialhire.TestData.createCandidate;
import static io.socialhire.TestData.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.socialhire.AdminKeyByDefault;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CandidateApiTest {

    @Test
    void createReturns201WithLocationEtagAndNormalizedChannels() {
        String email = uniqueEmail();
        Response created = create(candidateWithChannels("Ana Moreno", email.toUpperCase(), "Gaming"));
        created.then().statusCode(201)
                .header("Location", containsString("/api/v1/candidates/"))
                .header("ETag", equalTo("\"0\""))
                .header("X-Request-Id", notNullValue())
                .body("email", equalTo(email))
                .body("tags", contains("gaming"))
                .body("channels", hasSize(2))
                .body("channels[0].platform", equalTo("reddit"))
                .body("channels[0].kind", equalTo("community"))
                .body("channels[0].handle", equalTo("r/CommunityManager"))
                .body("channels[1].platform", equalTo("x"))
                .body("channels[1].role", equalTo("creator"));
        String location = created.header("Location");
        given().when().get(location).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo(created.path("id")))
                .body("channels", hasSize(2));
    }

    /** Reads map rows straight to views; every field must come back exactly as the write returned it. */
    @Test
    void readsReturnEveryFieldAsTheWriteReturnedIt() {
        String tag = "rb-" + java.util.UUID.randomUUID().toString().substring(0, 18);
        String body = """
                {"fullName": "Rosa Novak", "email": "%s", "phone": "+34 600 123 456", "location": "Valencia, Spain",
                 "headline": "Community manager", "tags": ["%s", "gaming"],
                 "ats": {"source": "greenhouse", "externalId": "%s"},
                 "channels": [
                   {"platform": "reddit", "handle": "r/CommunityManager", "role": "moderator", "frequency": "weekly",
                    "since": "2021-04", "audienceSize": 1200, "notes": "runs the weekly thread"},
                   {"platform": "discord", "communityName": "Indie Devs", "role": "organizer", "frequency": "daily"},
                   {"platform": "mastodon", "handle": "@rosa@mastodon.social", "role": "creator", "frequency": "monthly",
                    "audienceSize": 0},
                   {"platform": "github", "handle": "rosanovak", "role": "contributor", "frequency": "rarely"}
                 ]}""".formatted(uniqueEmail(), tag, java.util.UUID.randomUUID());
        java.util.Map<String, Object> written = create(body).then().statusCode(201).extract().jsonPath().getMap("");
        String id = (String) written.get("id");

        assertThat(given().when().get("/api/v1/candidates/" + id).then().statusCode(200).extract().jsonPath().getMap(""))
                .isEqualTo(written);
        assertThat(given().queryParam("tag", tag).when().get("/api/v1/candidates").then().statusCode(200)
                .extract().jsonPath().getList("items")).containsExactly(written);
        assertThat(given().when().get("/api/v1/candidates/" + id + "/channels").then().statusCode(200)
                .extract().jsonPath().getList("items")).isEqualTo(written.get("channels"));
    }

    @Test
    void getWithMatchingIfNoneMatchIsNotModified() {
        String id = createCandidate(candidate("Cached", uniqueEmail()));
        given().header("If-None-Match", "\"0\"").when().get("/api/v1/candidates/" + id).then().statusCode(304);
    }

    @Test
    void duplicateEmailInAnyCaseIs409WithExistingId() {
        String email = uniqueEmail();
        String id = createCandidate(candidate("First", email));
        create(candidate("Second", email.toUpperCase())).then().statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409))
                .body("existingId", equalTo(id))
                .body("requestId", notNullValue());
    }

    @Test
    void duplicateAtsReferenceIs409WithExistingId() {
        String ref = "\"ats\": {\"source\": \"lever\", \"externalId\": \"" + java.util.UUID.randomUUID() + "\"}";
        String id = createCandidate("{\"fullName\": \"A\", \"email\": \"" + uniqueEmail() + "\", " + ref + "}");
        create("{\"fullName\": \"B\", \"email\": \"" + uniqueEmail() + "\", " + ref + "}").then().statusCode(409)
                .body("existingId", equalTo(id));
    }

    @Test
    void validationErrorsNameEachField() {
        create("{\"fullName\": \"\", \"email\": \"not-an-email\", \"tags\": [\"ok\", \"-bad\"]}").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://socialhire.io/problems/validation"))
                .body("errors.field", contains("email", "fullName", "tags[]"))
                .body("requestId", notNullValue())
                .body("instance", equalTo("/api/v1/candidates"));
    }

    @Test
    void nestedChannelErrorsPointIntoTheList() {
        String body = """
                {"fullName": "N", "email": "%s", "channels": [
                  {"platform": "x", "handle": "fine", "role": "member", "frequency": "daily"},
                  {"platform": "myspace-ish", "handle": "x", "role": "member", "frequency": "daily"}]}""".formatted(uniqueEmail());
        create(body).then().statusCode(400).body("errors[0].field", equalTo("channels[1].platform"));
    }

    @Test
    void unknownPropertyIs400NamingIt() {
        create("{\"fullName\": \"A\", \"email\": \"" + uniqueEmail() + "\", \"twitterFollowers\": 10}").then().statusCode(400)
                .body("errors[0].field", equalTo("twitterFollowers"))
                .body("detail", containsString("twitterFollowers"));
    }

    @Test
    void malformedJsonIs400() {
        create("{\"fullName\": ").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://socialhire.io/problems/malformed-request"))
                .body("detail", containsString("not valid JSON"));
    }

    @Test
    void wrongTypeAndUnknownEnumAre400WithoutJavaNames() {
        String wrongType = create("{\"fullName\": [1], \"email\": \"" + uniqueEmail() + "\"}").then().statusCode(400)
                .body("errors[0].field", equalTo("fullName")).extract().asString();
        String badEnum = create("""
                {"fullName": "E", "email": "%s", "channels": [{"platform": "x", "handle": "e", "role": "king", "frequency": "daily"}]}"""
                .formatted(uniqueEmail())).then().statusCode(400)
                .body("errors[0].field", equalTo("channels[0].role"))
                .body("errors[0].message", containsString("member, contributor, creator, moderator, organizer"))
                .extract().asString();
        assertThat(wrongType + badEnum).doesNotContain("java.", "io.socialhire", "Exception");
    }

    @Test
    void wrongContentTypeIs415() {
        given().contentType(ContentType.TEXT).body("hello").when().post("/api/v1/candidates").then().statusCode(415)
                .contentType("application/problem+json").body("status", equalTo(415));
    }

    @Test
    void a415NamesMergePatchOnlyForAPatch() {
        given().contentType(ContentType.TEXT).body("hello").when().post("/api/v1/candidates/" + UUID.randomUUID() + "/channels")
                .then().statusCode(415).body("detail", not(containsString("merge-patch")));
        given().contentType(ContentType.TEXT).body("hello").when().patch("/api/v1/roles/community-manager")
                .then().statusCode(415).body("detail", containsString("application/merge-patch+json"));
    }

    @Test
    void bodyOverOneMebibyteIs413() {
        String huge = "{\"fullName\": \"" + "a".repeat(1024 * 1024) + "\", \"email\": \"" + uniqueEmail() + "\"}";
        create(huge).then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413))
                .body("detail", equalTo("The request body is larger than 1 MiB (1048576 bytes)."));
    }

    @TestHTTPResource("/api/v1/candidates")
    URL candidates;

    @Test
    void chunkedBodiesAreReadWholeAndLimitedToo() throws Exception {
        // HTTP/1.1: bodies are read whole before the resource runs (HTTP/2 ones are streamed).
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        // A body of unknown length goes out chunked: no Content-Length for the early check to read.
        String small = "{\"fullName\": \"Chunked\", \"email\": \"" + uniqueEmail() + "\"}";
        HttpResponse<String> created = http.send(chunked(small), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"fullName\":\"Chunked\"");

        String huge = "{\"fullName\": \"" + "a".repeat(1024 * 1024) + "\", \"email\": \"" + uniqueEmail() + "\"}";
        HttpResponse<String> refused = http.send(chunked(huge), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains("\"status\":413", "payload-too-large");
        assertThat(given().queryParam("q", "a".repeat(108))  // only the refused name holds such a run
                .when().get("/api/v1/candidates").then().statusCode(200).extract().jsonPath().getList("items")).isEmpty();
    }

    private HttpRequest chunked(String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create(candidates.toString()))
                .header("Authorization", "Bearer " + AdminKeyByDefault.ADMIN_KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .build();
    }

    @Test
    void unknownIdIs404AndMalformedIdIs400NamingTheParameter() {
        given().when().get("/api/v1/candidates/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("does not exist"));
        given().when().get("/api/v1/candidates/not-a-uuid").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("https://socialhire.io/problems/validation"))
                .body("errors[0].field", equalTo("id")).body("errors[0].message", equalTo("must be a UUID"));
        given().when().get("/api/v1/candidates/1-1-1-1-1/channels").then().statusCode(400)
                .body("errors[0].field", equalTo("candidateId")).body("errors[0].message", equalTo("must be a UUID"));
        String id = createCandidate("{\"fullName\": \"U\", \"email\": \"" + uniqueEmail() + "\"}");
        given().when().get("/api/v1/candidates/" + id + "/channels/zzz").then().statusCode(400)
                .body("errors.field", contains("channelId"));
    }

    @Test
    void mergePatchSetsClearsAndKeepsFields() {
        String id = createCandidate("{\"fullName\": \"P\", \"email\": \"" + uniqueEmail()
                + "\", \"phone\": \"+34 600 123 456\", \"location\": \"Valencia\"}");
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"headline\": \"Lead\", \"phone\": null}")
                .when().patch("/api/v1/candidates/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("headline", equalTo("Lead"))
                .body("$", not(hasKey("phone")))
                .body("location", equalTo("Valencia"))
                .body("version", equalTo(1));
    }

    /** A value the candidate does not have is left out of the response, never sent as null. */
    @Test
    void absentOptionalFieldsAreLeftOutNotNull() {
        String id = createCandidate(candidateWithChannels("N", uniqueEmail(), "gaming"));
        String body = given().when().get("/api/v1/candidates/" + id).then().statusCode(200)
                .body("$", not(hasKey("phone")))
                .body("$", not(hasKey("ats")))
                .extract().asString();
        assertThat(body).doesNotContain("null");
    }

    @Test
    void staleIfMatchIs412AndChangesNothing() {
        String id = createCandidate(candidate("S", uniqueEmail()));
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body("{\"headline\": \"one\"}")
                .when().patch("/api/v1/candidates/" + id).then().statusCode(200);
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body("{\"headline\": \"two\"}")
                .when().patch("/api/v1/candidates/" + id).then().statusCode(412)
                .contentType("application/problem+json");
        given().when().get("/api/v1/candidates/" + id).then().body("headline", equalTo("one"));
    }

    @Test
    void patchIsValidatedAndCannotTouchChannels() {
        String email = uniqueEmail();
        String id = createCandidate(candidate("V", email));
        given().contentType("application/merge-patch+json").body("{\"email\": \"nope\"}")
                .when().patch("/api/v1/candidates/" + id).then().statusCode(400).body("errors[0].field", equalTo("email"));
        given().contentType("application/merge-patch+json").body("{\"channels\": []}")
                .when().patch("/api/v1/candidates/" + id).then().statusCode(400).body("errors[0].field", equalTo("channels"));
        given().contentType("application/merge-patch+json").body("[1, 2]")
                .when().patch("/api/v1/candidates/" + id).then().statusCode(400);
        given().when().get("/api/v1/candidates/" + id).then().body("email", equalTo(email)).body("version", equalTo(0));
    }

    @Test
    void patchToAnotherCandidatesEmailIs409() {
        String taken = uniqueEmail();
        String other = createCandidate(candidate("Taken", taken));
        String id = createCandidate(candidate("Mover", uniqueEmail()));
        given().contentType("application/merge-patch+json").body("{\"email\": \"" + taken.toUpperCase() + "\"}")
                .when().patch("/api/v1/candidates/" + id).then().statusCode(409).body("existingId", equalTo(other));
    }

    @Test
    void deleteRemovesCandidateAndChannels() {
        String id = createCandidate(candidateWithChannels("D", uniqueEmail(), "t"));
        given().when().delete("/api/v1/candidates/" + id).then().statusCode(204);
        given().when().get("/api/v1/candidates/" + id).then().statusCode(404);
        given().when().get("/api/v1/candidates/" + id + "/channels").then().statusCode(404);
        given().when().delete("/api/v1/candidates/" + id).then().statusCode(404);
    }

    @Test
    void callerRequestIdIsEchoedAndUnsafeOnesReplaced() {
        given().header("X-Request-Id", "ats-sync-42").when().get("/api/v1/candidates/" + java.util.UUID.randomUUID())
                .then().statusCode(404).header("X-Request-Id", equalTo("ats-sync-42")).body("requestId", equalTo("ats-sync-42"));
        given().header("X-Request-Id", "<script>").when().get("/api/v1/platforms/nope")
                .then().statusCode(404).header("X-Request-Id", startsWith("")).body("requestId", org.hamcrest.Matchers.not(equalTo("<script>")));
    }

    @Test
    void unknownPathsAndMethodsAreProblems() {
        given().when().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
        given().when().delete("/api/v1/platforms").then().statusCode(405).contentType("application/problem+json");
    }
}
