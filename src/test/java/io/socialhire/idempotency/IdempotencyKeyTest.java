package io.socialhire.idempotency;

import static io.restassured.RestAssured.given;
import static io.socialhire.TestData.candidate;
import static io.socialhire.TestData.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.socialhire.Race;
import io.socialhire.security.Keys;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A client that retries a POST after a timeout, with the same Idempotency-Key, gets the first response again and
 * causes no second write; the same key with another request is refused; concurrent retries wait for the first.
 */
@QuarkusTest
class IdempotencyKeyTest {

    @Inject
    AgroalDataSource db;

    private static Response post(String path, String key, String body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (key != null) {
            request.header(IdempotencyInterceptor.HEADER, key);
        }
        return request.when().post(path);
    }

    @Test
    void aRetryGetsTheFirstResponseAndCreatesNothing() throws SQLException {
        String key = UUID.randomUUID().toString();
        String email = uniqueEmail();
        String body = candidate("Retried Once", email);

        Response first = post("/api/v1/candidates", key, body);
        Response retry = post("/api/v1/candidates", key, body);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.header(IdempotencyInterceptor.REPLAYED_HEADER)).isNull();
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.header(IdempotencyInterceptor.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(retry.asString()).isEqualTo(first.asString());
        assertThat(count("SELECT count(*) FROM candidate WHERE email = ?", email)).isEqualTo(1);
        // the stored ETag is the candidate's current one
        given().when().get(first.header("Location")).then().statusCode(200).header("ETag", first.header("ETag"));
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefused() throws SQLException {
        String key = UUID.randomUUID().toString();
        String email = uniqueEmail();
        post("/api/v1/candidates", key, candidate("First Body", email)).then().statusCode(201);

        String other = uniqueEmail();
        post("/api/v1/candidates", key, candidate("Second Body", other)).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("/idempotency-key-reused"))
                .body("detail", org.hamcrest.Matchers.containsString(key));
        // another operation is another request too
        post("/api/v1/scorings", key, "{\"answer\": \"I answer questions in r/CommunityManager every morning.\"}")
                .then().statusCode(422).body("type", org.hamcrest.Matchers.endsWith("/idempotency-key-reused"));
        assertThat(count("SELECT count(*) FROM candidate WHERE email = ?", other)).isZero();
    }

    @Test
    void theSameRequestWithDifferentSpacingIsTheSameRequest() {
        String key = UUID.randomUUID().toString();
        String email = uniqueEmail();
        post("/api/v1/candidates", key, "{\"fullName\": \"Spaced\", \"email\": \"" + email + "\"}").then().statusCode(201);
        post("/api/v1/candidates", key, "{ \"email\" : \"" + email + "\",\n  \"fullName\":\"Spaced\" }").then().statusCode(201)
                .header(IdempotencyInterceptor.REPLAYED_HEADER, "true");
    }

    @Test
    void keysBelongToTheirApiKey() {
        String key = UUID.randomUUID().toString();
        String recruiter = Keys.create("recruiter");
        post("/api/v1/candidates", key, candidate("Admin's", uniqueEmail())).then().statusCode(201);
        // the same idempotency key under another API key is another client's and runs on its own
        given().header("Authorization", "Bearer " + recruiter).header(IdempotencyInterceptor.HEADER, key)
                .contentType(ContentType.JSON).body(candidate("Recruiter's", uniqueEmail()))
                .when().post("/api/v1/candidates").then().statusCode(201)
                .header(IdempotencyInterceptor.REPLAYED_HEADER, org.hamcrest.Matchers.nullValue());
    }

    @Test
    void concurrentRetriesWaitForTheFirstAndAllGetItsResponse() throws SQLException {
        String key = UUID.randomUUID().toString();
        String email = uniqueEmail();
        String body = candidate("Raced Retry", email);

        List<Response> answers = Race.run(12, i -> post("/api/v1/candidates", key, body));

        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).isEqualTo(201));
        assertThat(answers.stream().map(a -> a.header("Location")).distinct()).hasSize(1);
        assertThat(answers.stream().filter(a -> a.header(IdempotencyInterceptor.REPLAYED_HEADER) == null)).hasSize(1);
        assertThat(count("SELECT count(*) FROM candidate WHERE email = ?", email)).isEqualTo(1);
    }

    @Test
    void aRefusedRequestIsNotKeptSoItsCorrectionRuns() throws SQLException {
        String key = UUID.randomUUID().toString();
        post("/api/v1/candidates", key, "{\"fullName\": \"\", \"email\": \"not an email\"}").then().statusCode(400);
        String email = uniqueEmail();
        post("/api/v1/candidates", key, candidate("Corrected", email)).then().statusCode(201)
                .header(IdempotencyInterceptor.REPLAYED_HEADER, org.hamcrest.Matchers.nullValue());
        assertThat(count("SELECT count(*) FROM candidate WHERE email = ?", email)).isEqualTo(1);
    }

    @Test
    void aScoringIsReplayedExactly() {
        String key = UUID.randomUUID().toString();
        String body = "{\"answer\": \"I moderate r/CommunityManager and answer newcomers' questions most mornings.\"}";
        Response first = post("/api/v1/scorings", key, body);
        Response retry = post("/api/v1/scorings", key, body);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.header(IdempotencyInterceptor.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(retry.asString()).isEqualTo(first.asString());
    }

    @Test
    void aNewApiKeysSecretIsNeverKeptSoItsRetryNamesTheKeyInstead() throws SQLException {
        String key = UUID.randomUUID().toString();
        String body = "{\"name\": \"retried key " + key.substring(0, 8) + "\", \"role\": \"recruiter\"}";
        Response first = post("/api/v1/api-keys", key, body);
        assertThat(first.statusCode()).isEqualTo(201);
        String secret = first.path("key");
        post("/api/v1/api-keys", key, body).then().statusCode(409)
                .body("existingId", org.hamcrest.Matchers.equalTo(first.path("id")))
                .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(secret)));
        assertThat(count("SELECT count(*) FROM idempotency_record WHERE idempotency_key = ? AND body IS NULL", key)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM idempotency_record WHERE body LIKE '%' || ? || '%'", secret)).isZero();
    }

    @Test
    void erasingACandidateErasesTheStoredResponsesAboutThem() throws SQLException {
        String createKey = UUID.randomUUID().toString();
        String email = uniqueEmail();
        String location = post("/api/v1/candidates", createKey, candidate("To Be Erased", email)).then().statusCode(201)
                .extract().header("Location");
        String channelKey = UUID.randomUUID().toString();
        post(location + "/channels", channelKey, "{\"platform\": \"github\", \"handle\": \"erased-one\", \"role\": \"contributor\", \"frequency\": \"weekly\"}")
                .then().statusCode(201);
        assertThat(count("SELECT count(*) FROM idempotency_record WHERE idempotency_key IN (?, ?)", createKey, channelKey))
                .isEqualTo(2);

        given().when().delete(location).then().statusCode(204);

        assertThat(count("SELECT count(*) FROM idempotency_record WHERE idempotency_key IN (?, ?)", createKey, channelKey))
                .isZero();
    }

    @Test
    void aMalformedKeyIsAClearBadRequest() {
        post("/api/v1/candidates", "x".repeat(256), candidate("Long Key", uniqueEmail())).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo(IdempotencyInterceptor.HEADER));
        post("/api/v1/candidates", "has space", candidate("Spaced Key", uniqueEmail())).then().statusCode(400);
    }

    @Test
    void expiredRecordsArePurged() throws SQLException {
        String key = UUID.randomUUID().toString();
        post("/api/v1/scorings", key, "{\"answer\": \"I post on Mastodon.\"}").then().statusCode(200);
        execute("UPDATE idempotency_record SET expires_at = now() - interval '1 second' WHERE idempotency_key = ?", key);
        // an expired key is free again before the purge runs
        post("/api/v1/scorings", key, "{\"answer\": \"Another answer after a day.\"}").then().statusCode(200)
                .header(IdempotencyInterceptor.REPLAYED_HEADER, org.hamcrest.Matchers.nullValue());
        execute("UPDATE idempotency_record SET expires_at = now() - interval '1 second' WHERE idempotency_key = ?", key);
        assertThat(housekeeping.purgeExpired()).isGreaterThanOrEqualTo(1);
        assertThat(count("SELECT count(*) FROM idempotency_record WHERE idempotency_key = ?", key)).isZero();
    }

    @Inject
    IdempotencyHousekeeping housekeeping;

    private long count(String sql, String... args) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setString(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private void execute(String sql, String arg) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, arg);
            s.executeUpdate();
        }
    }
}
