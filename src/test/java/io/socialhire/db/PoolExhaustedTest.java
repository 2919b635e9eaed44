package io.socialhire.db;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** No connection free within the pool's acquisition timeout: the database is unavailable to this request, a 503. */
@QuarkusTest
@TestProfile(PoolExhaustedTest.OneConnection.class)
class PoolExhaustedTest {

    public static class OneConnection implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Two: Flyway needs as many at startup.
            return Map.of("quarkus.datasource.jdbc.max-size", "2", "quarkus.datasource.jdbc.min-size", "0",
                    "quarkus.datasource.jdbc.acquisition-timeout", "1S");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aRequestThatGetsNoConnectionInTimeIsA503Problem() throws Exception {
        given().when().get("/api/v1/candidates/" + UUID.randomUUID()).then().statusCode(404); // the key is cached now
        try (Connection held = dataSource.getConnection(); Connection alsoHeld = dataSource.getConnection()) {
            assertThat(held.isValid(1) && alsoHeld.isValid(1)).isTrue();
            Instant start = Instant.now();
            Response response = given().contentType("application/json")
                    .body("{\"fullName\": \"Pool Wait\", \"email\": \"pool.wait." + UUID.randomUUID() + "@example.com\"}")
                    .when().post("/api/v1/candidates");
            assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
            response.then().statusCode(503).contentType("application/problem+json")
                    .body("type", equalTo("https://socialhire.io/problems/service-unavailable"));
            assertThat(response.asString()).doesNotContain("Exception", "java.", "acquisition");
        }
    }
}
