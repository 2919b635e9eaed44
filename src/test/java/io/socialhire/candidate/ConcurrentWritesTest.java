package io.socialhire.candidate;

import static io.restassured.RestAssured.given;
import static io.socialhire.TestData.candidate;
import static io.socialhire.TestData.create;
import static io.socialhire.TestData.createCandidate;
import static io.socialhire.TestData.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.socialhire.Race;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Twenty clients doing the same thing at the same moment. A unique key admits one row and the
 * others learn which one (409 with existingId), an upsert always answers 200 or 201, a write
 * without If-Match always lands, and only a stale If-Match is a 412. Never a 5xx.
 */
@QuarkusTest
class ConcurrentWritesTest {

    static final int PARALLEL = 20;

    @Inject
    AgroalDataSource db;

    @AfterAll
    static void report() {
        System.out.println("Races: " + Race.totals());
    }

    @Test
    void sameEmailCreatesOneCandidateAndTheRestAreToldWhichOne() throws SQLException {
        String email = uniqueEmail();
        List<Response> answers = Race.run(PARALLEL, i -> create(candidate("Same Email " + i, email)));

        String winner = onlyCreated(answers);
        assertConflictsName(answers, winner);
        assertThat(count("SELECT count(*) FROM candidate WHERE email = ?", email)).isEqualTo(1);
    }

    @Test
    void sameAtsReferenceCreatesOneCandidateAndTheRestAreToldWhichOne() throws SQLException {
        String externalId = UUID.randomUUID().toString();
        List<Response> answers = Race.run(PARALLEL, i -> create("""
                {"fullName": "Same Ref %d", "email": "%s", "ats": {"source": "greenhouse", "externalId": "%s"}}"""
                .formatted(i, uniqueEmail(), externalId)));

        String winner = onlyCreated(answers);
        assertConflictsName(answers, winner);
        assertThat(count("SELECT count(*) FROM candidate WHERE ats_source = 'greenhouse' AND ats_external_id = ?", externalId))
                .isEqualTo(1);
    }

    @Test
    void upsertsOfANewReferenceCreateOnceAndUpdateOrConfirmTheRest() throws SQLException {
        String externalId = UUID.randomUUID().toString();
        String path = "/api/v1/candidates/by-external-id/lever/" + externalId;
        String email = uniqueEmail();
        String body = """
                {"fullName": "Upserted", "email": "%s",
                 "channels": [{"platform": "github", "handle": "upserted", "role": "contributor", "frequency": "weekly"}]}"""
                .formatted(email);
        List<Response> answers = Race.run(PARALLEL, i -> put(path, body));

        assertThat(statuses(answers)).containsOnly(200, 201);
        String created = onlyCreated(answers);
        assertThat(answers).allSatisfy(a -> assertThat((String) a.path("id")).isEqualTo(created));
        assertThat(count("SELECT count(*) FROM candidate WHERE ats_source = 'lever' AND ats_external_id = ?", externalId))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM participation_channel WHERE candidate_id = ?::uuid", created)).isEqualTo(1);
    }

    @Test
    void upsertsThatChangeAnExistingCandidateAllLand() throws SQLException {
        String externalId = UUID.randomUUID().toString();
        String path = "/api/v1/candidates/by-external-id/ashby/" + externalId;
        String email = uniqueEmail();
        put(path, candidate("Before", email)).then().statusCode(201);
        List<Response> answers = Race.run(PARALLEL, i -> put(path, """
                {"fullName": "Writer %d", "email": "%s",
                 "channels": [{"platform": "x", "handle": "writer%d", "role": "member", "frequency": "daily"}]}"""
                .formatted(i, email, i)));

        assertThat(statuses(answers)).containsOnly(200);
        assertThat(answers.stream().map(a -> (Integer) a.path("version")).distinct()).hasSize(PARALLEL);
        assertThat(count("SELECT count(*) FROM candidate WHERE ats_source = 'ashby' AND ats_external_id = ?", externalId))
                .isEqualTo(1);
        Response last = given().when().get("/api/v1/candidates/" + answers.get(0).path("id"));
        assertThat((Integer) last.path("version")).isEqualTo(PARALLEL);
        assertThat((List<?>) last.path("channels")).hasSize(1);
    }

    @Test
    void theSameChannelInTwoSpellingsIsDeclaredOnce() throws SQLException {
        String candidate = createCandidate(candidate("Two Spellings", uniqueEmail()));
        String handle = "spelled" + UUID.randomUUID().toString().substring(0, 8);
        List<Response> answers = Race.run(PARALLEL, i -> given().contentType(ContentType.JSON).body(i % 2 == 0
                        ? "{\"platform\": \"x\", \"handle\": \"@" + handle.toUpperCase() + "\", \"role\": \"creator\", \"frequency\": \"daily\"}"
                        : "{\"platform\": \"X/Twitter\", \"profileUrl\": \"https://twitter.com/" + handle + "?s=20\", \"role\": \"creator\", \"frequency\": \"daily\"}")
                .when().post("/api/v1/candidates/" + candidate + "/channels"));

        String winner = onlyCreated(answers);
        assertConflictsName(answers, winner);
        assertThat(count("SELECT count(*) FROM participation_channel WHERE candidate_id = ?::uuid", candidate)).isEqualTo(1);
    }

    @Test
    void patchesWithoutIfMatchAllLandOneAfterAnother() {
        String id = createCandidate(candidate("Patched", uniqueEmail()));
        List<Response> answers = Race.run(PARALLEL, i -> given().contentType("application/merge-patch+json")
                .body("{\"headline\": \"writer " + i + "\"}").when().patch("/api/v1/candidates/" + id));

        assertThat(statuses(answers)).containsOnly(200);
        assertThat(answers.stream().map(a -> (Integer) a.path("version")).distinct()).hasSize(PARALLEL);
        Response last = given().when().get("/api/v1/candidates/" + id);
        assertThat((Integer) last.path("version")).isEqualTo(PARALLEL);
    }

    @Test
    void channelPatchesWithoutIfMatchAllLand() {
        String candidate = createCandidate("""
                {"fullName": "Channel Patched", "email": "%s",
                 "channels": [{"platform": "github", "handle": "patched", "role": "contributor", "frequency": "weekly"}]}"""
                .formatted(uniqueEmail()));
        String channel = given().when().get("/api/v1/candidates/" + candidate + "/channels").then().extract().path("items[0].id");
        List<Response> answers = Race.run(PARALLEL, i -> given().contentType("application/merge-patch+json")
                .body("{\"notes\": \"note " + i + "\"}").when().patch("/api/v1/candidates/" + candidate + "/channels/" + channel));

        assertThat(statuses(answers)).containsOnly(200);
        given().when().get("/api/v1/candidates/" + candidate + "/channels/" + channel).then().statusCode(200)
                .body("version", org.hamcrest.Matchers.equalTo(PARALLEL));
    }

    @Test
    void aStaleIfMatchIsStillRefused() {
        String id = createCandidate(candidate("Stale", uniqueEmail()));
        List<Response> answers = Race.run(PARALLEL, i -> given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"").body("{\"headline\": \"writer " + i + "\"}").when().patch("/api/v1/candidates/" + id));

        assertThat(statuses(answers)).containsOnly(200, 412);
        assertThat(statuses(answers).stream().filter(s -> s == 200)).hasSize(1);
        assertThat(answers.stream().filter(a -> a.statusCode() == 412))
                .allSatisfy(a -> assertThat(a.contentType()).startsWith("application/problem+json"));
        given().when().get("/api/v1/candidates/" + id).then().body("version", org.hamcrest.Matchers.equalTo(1));
    }

    /** The id of the one 201; every other answer must not be a 201 or a 5xx. */
    private static String onlyCreated(List<Response> answers) {
        assertThat(statuses(answers)).allSatisfy(status -> assertThat(status).isLessThan(500));
        List<Response> created = answers.stream().filter(a -> a.statusCode() == 201).toList();
        assertThat(created).as("201 answers").hasSize(1);
        return created.get(0).path("id");
    }

    /** Every answer but the 201 is the duplicate problem naming the winner. */
    private static void assertConflictsName(List<Response> answers, String winner) {
        List<Response> conflicts = answers.stream().filter(a -> a.statusCode() != 201).toList();
        assertThat(conflicts).hasSize(PARALLEL - 1).allSatisfy(a -> {
            assertThat(a.statusCode()).isEqualTo(409);
            assertThat(a.contentType()).startsWith("application/problem+json");
            assertThat((String) a.path("existingId")).isEqualTo(winner);
        });
    }

    private static List<Integer> statuses(List<Response> answers) {
        return answers.stream().map(Response::statusCode).toList();
    }

    private static Response put(String path, String body) {
        return given().contentType(ContentType.JSON).body(body).when().put(path);
    }

    private long count(String sql, String parameter) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
