package io.socialhire.db;

import static io.restassured.RestAssured.given;
import static io.socialhire.TestData.candidate;
import static io.socialhire.TestData.createCandidate;
import static io.socialhire.TestData.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The embedded PostgreSQL dies under the running application: 503s at once, then the application starts it again by itself. */
@QuarkusTest
class EmbeddedDatabaseOutageTest {

    private static final Duration FAST = Duration.ofSeconds(2);

    @Test
    void aKilledEmbeddedServerMeans503WithinTwoSecondsThenRecoveryWithoutARestart() throws Exception {
        EmbeddedServer server = EmbeddedDatabase.current();
        assertThat(server).as("the tests run on the embedded database").isNotNull();
        String id = createCandidate(candidate("Before Crash", uniqueEmail()));
        int restarts = server.restarts();

        ProcessHandle.of(server.postmasterPid()).orElseThrow().destroyForcibly(); // kill -9 of the postmaster
        Instant killed = Instant.now();

        Response first = null;
        while (first == null && Duration.between(killed, Instant.now()).compareTo(FAST) < 0) {
            Response r = timed(() -> given().when().get("/api/v1/candidates/" + id));
            if (r.statusCode() != 200) {
                first = r;
            }
        }
        assertThat(first).as("a request failed within 2 s of the kill").isNotNull();
        first.then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("https://socialhire.io/problems/service-unavailable"));

        int status = 0;
        while (status != 200 && Duration.between(killed, Instant.now()).compareTo(Duration.ofSeconds(20)) < 0) {
            Response r = timed(() -> given().when().get("/api/v1/candidates/" + id));
            status = r.statusCode();
            assertThat(status).as("during the outage only 503 or 200").isIn(200, 503);
            if (status != 200) {
                Thread.sleep(100);
            }
        }
        assertThat(status).as("answering again within 20 s, the application not restarted").isEqualTo(200);
        assertThat(server.restarts()).isEqualTo(restarts + 1);
        given().when().get("/q/health/ready").then().statusCode(200);
        createCandidate(candidate("After Crash", uniqueEmail()));
    }

    /** Runs the request and checks it answered within 2 s: never a hanging request. */
    private static Response timed(java.util.function.Supplier<Response> request) {
        Instant start = Instant.now();
        Response r = request.get();
        assertThat(Duration.between(start, Instant.now())).as("answer time").isLessThan(FAST);
        return r;
    }
}
