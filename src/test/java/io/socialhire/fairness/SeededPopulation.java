package io.socialhire.fairness;

import static io.restassured.RestAssured.given;
import static io.socialhire.TestData.candidate;
import static io.socialhire.TestData.createCandidate;
import static io.socialhire.TestData.uniqueEmail;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A population of assessed candidates for fairness tests, kept apart from every other test's data by a role profile of
 * its own: each candidate gets one assessment for that role and, when given, a self-identification.
 */
public final class SeededPopulation {

    /** Rated yes or strong_yes by the engine. */
    static final String STRONG = "I moderate r/CommunityManager and answer newcomers' questions there most mornings. "
            + "Every month I host a Discord call where members show their work, and I share their projects on Mastodon with credit.";
    /** Rated below yes by the engine. */
    static final String WEAK = "I have a LinkedIn account.";

    public final String roleId;

    public SeededPopulation() {
        roleId = "impact-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON).body("{\"id\": \"" + roleId + "\", \"title\": \"Impact test " + roleId + "\"}")
                .when().post("/api/v1/roles").then().statusCode(201);
    }

    /** A candidate assessed with the answer; sex and race/ethnicity as self-identified (null: not given). */
    SeededPopulation assessed(String sex, String raceEthnicity, String answer) {
        String id = createCandidate(candidate("Impact " + UUID.randomUUID().toString().substring(0, 6), uniqueEmail()));
        given().contentType(ContentType.JSON).body(Map.of("answer", answer, "roleId", roleId))
                .when().post("/api/v1/candidates/" + id + "/assessments").then().statusCode(201);
        Map<String, String> identification = new HashMap<>();
        if (sex != null) {
            identification.put("sex", sex);
        }
        if (raceEthnicity != null) {
            identification.put("raceEthnicity", raceEthnicity);
        }
        if (!identification.isEmpty()) {
            given().contentType(ContentType.JSON).body(identification)
                    .when().put("/api/v1/candidates/" + id + "/self-identification").then().statusCode(201);
        }
        return this;
    }

    /** count candidates of the group, the first strong of them strong and the rest weak. */
    public SeededPopulation assessed(String sex, String raceEthnicity, int count, int strong) {
        for (int i = 0; i < count; i++) {
            assessed(sex, raceEthnicity, i < strong ? STRONG : WEAK);
        }
        return this;
    }
}
