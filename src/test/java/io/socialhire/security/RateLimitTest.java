package io.socialhire.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(RateLimitTest.TinyQuota.class)
class RateLimitTest {

    public static class TinyQuota implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("socialhire.rate-limit.capacity", "3", "socialhire.rate-limit.refill-per-second", "1");
        }
    }

    @Test
    void aKeyOverItsBurstGets429WithRetryAfterAndOtherKeysAreUnaffected() {
        Keys.reset();
        String key = Keys.create(Roles.HIRING_MANAGER);
        given().header("Authorization", "Bearer " + key).when().get("/api/v1/platforms/reddit").then().statusCode(200)
                .header("RateLimit-Limit", "3").header("RateLimit-Remaining", "2");
        given().header("Authorization", "Bearer " + key).when().get("/api/v1/platforms/reddit").then().statusCode(200);
        given().header("Authorization", "Bearer " + key).when().get("/api/v1/platforms/reddit").then().statusCode(200)
                .header("RateLimit-Remaining", "0");
        given().header("Authorization", "Bearer " + key).when().get("/api/v1/platforms/reddit").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .header("RateLimit-Remaining", "0")
                .body("status", equalTo(429));
        String other = Keys.create(Roles.HIRING_MANAGER);
        given().header("Authorization", "Bearer " + other).when().get("/api/v1/platforms/reddit").then().statusCode(200);
    }
}
