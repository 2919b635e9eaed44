package io.socialhire.db;

import static io.restassured.RestAssured.given;
import static io.socialhire.TestData.candidate;
import static io.socialhire.TestData.createCandidate;
import static io.socialhire.TestData.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The database goes away under the running application and comes back. */
@QuarkusTest
@TestProfile(DatabaseOutageTest.Restartable.class)
class DatabaseOutageTest {

    public static class Restartable implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(RestartablePostgres.class));
        }
    }

    @Test
    void failsFastWith503ReportsNotReadyAndRecoversByItself() throws Exception {
        String id = createCandidate(candidate("Outage", uniqueEmail()));

        RestartablePostgres.current.takeDown();
        for (int i = 0; i < 5; i++) {
            Instant start = Instant.now();
            Response down = given().when().get("/api/v1/candidates/" + id);
            assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(8));
            down.then().statusCode(503).contentType("application/problem+json")
                    .body("type", equalTo("https://socialhire.io/problems/service-unavailable"));
            assertThat(down.asString()).doesNotContain("Exception", "java.", "PSQL");
        }
        given().contentType("application/json").body(candidate("Refused", uniqueEmail()))
                .when().post("/api/v1/candidates").then().statusCode(503);
        given().when().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
        given().when().get("/q/health/live").then().statusCode(200);

        RestartablePostgres.current.startAgain();
        Instant deadline = Instant.now().plusSeconds(30);
        int status = 0;
        while (Instant.now().isBefore(deadline) && status != 200) {
            status = given().when().get("/api/v1/candidates/" + id).then().extract().statusCode();
            if (status != 200) {
                Thread.sleep(250);
            }
        }
        assertThat(status).as("recovered within 30 s").isEqualTo(200);
        given().when().get("/q/health/ready").then().statusCode(200);
        createCandidate(candidate("After", uniqueEmail()));
    }
}
