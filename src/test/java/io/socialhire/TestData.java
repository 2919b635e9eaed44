package io.socialhire;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;

/** Builds request bodies with unique emails so tests never depend on each other. */
public final class TestData {

    private TestData() {
    }

    public static String uniqueEmail() {
        return "c-" + UUID.randomUUID() + "@example.com";
    }

    public static String candidate(String fullName, String email) {
        return """
                {"fullName": "%s", "email": "%s"}""".formatted(fullName, email);
    }

    public static String candidateWithChannels(String fullName, String email, String tag) {
        return """
                {"fullName": "%s", "email": "%s", "tags": ["%s"],
                 "channels": [
                   {"platform": "reddit", "handle": "r/CommunityManager", "role": "moderator", "frequency": "weekly", "since": "2021-04"},
                   {"platform": "X/Twitter", "handle": "@%s", "role": "creator", "frequency": "daily"}
                 ]}""".formatted(fullName, email, tag, "h" + Math.abs(email.hashCode() % 100000));
    }

    public static Response create(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/candidates");
    }

    /** Creates a candidate and returns its id. */
    public static String createCandidate(String body) {
        return create(body).then().statusCode(201).extract().path("id");
    }
}
