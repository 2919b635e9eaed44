package io.socialhire.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.socialhire.RawHttp;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Failed authentication is throttled per client address: after max-failures failures within the
 * window an address gets 429 (with Retry-After) for everything under /api until the window
 * passes, even with a valid key; other addresses are not affected. The client address is the
 * connection's, or X-Forwarded-For when (and only when) the connection comes from a trusted proxy.
 *
 * <p>Each test speaks from its own loopback address (127.0.0.x), so tests do not share a budget.
 */
@QuarkusTest
@TestProfile(FailedAuthenticationThrottleTest.FiveFailures.class)
class FailedAuthenticationThrottleTest {

    static final int MAX = 5;

    /** Five failures a minute; 127.0.0.1 is a trusted proxy (127.0.0.2 and up are not). */
    public static class FiveFailures implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("socialhire.auth-throttle.max-failures", String.valueOf(MAX),
                    "socialhire.auth-throttle.window", "60s",
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1");
        }
    }

    private static String wrongKey() {
        return "Bearer " + ApiKeyToken.generate().value();
    }

    private static RawHttp get(String from, String authorization, Map<String, String> more) throws IOException {
        Map<String, String> headers = new HashMap<>(more);
        if (authorization != null) {
            headers.put("Authorization", authorization);
        }
        return RawHttp.send(from, "GET", "/api/v1/platforms/reddit", headers, null);
    }

    private static RawHttp get(String from, String authorization) throws IOException {
        return get(from, authorization, Map.of());
    }

    private static void assertThrottled(RawHttp response) {
        assertThat(response.status()).as(response.body()).isEqualTo(429);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Long.parseLong(response.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(response.body()).contains("failed authentication is throttled").contains("\"status\":429");
    }

    @Test
    void wrongKeysFromOneAddressAreThrottledThenEvenAValidKeyWaits() throws Exception {
        Keys.reset();
        String valid = "Bearer " + Keys.create(Roles.HIRING_MANAGER);
        for (int i = 0; i < MAX; i++) {
            assertThat(get("127.0.0.2", wrongKey()).status()).as("failure %d", i + 1).isEqualTo(401);
        }
        assertThrottled(get("127.0.0.2", wrongKey()));
        assertThrottled(get("127.0.0.2", "Bearer not-a-key"));
        assertThrottled(get("127.0.0.2", valid));
        assertThrottled(get("127.0.0.2", null));
        // Health stays reachable: load balancers probe from addresses that may share a NAT.
        assertThat(RawHttp.send("127.0.0.2", "GET", "/q/health/live", Map.of(), null).status()).isEqualTo(200);
    }

    @Test
    void otherAddressesKeepAuthenticating() throws Exception {
        Keys.reset();
        String valid = "Bearer " + Keys.create(Roles.RECRUITER);
        for (int i = 0; i <= MAX; i++) {
            get("127.0.0.3", wrongKey());
        }
        assertThrottled(get("127.0.0.3", valid));
        assertThat(get("127.0.0.4", valid).status()).isEqualTo(200);
        assertThat(get("127.0.0.4", wrongKey()).status()).isEqualTo(401);
        assertThat(RestAssured.given().header("Authorization", valid).when().get("/api/v1/platforms").statusCode()).isEqualTo(200);
    }

    @Test
    void validKeysAndMissingKeysDoNotCountAsFailures() throws Exception {
        Keys.reset();
        String valid = "Bearer " + Keys.create(Roles.ADMIN);
        for (int i = 0; i < 3 * MAX; i++) {
            assertThat(get("127.0.0.5", valid).status()).isEqualTo(200);
            assertThat(get("127.0.0.5", null).status()).isEqualTo(401);
        }
    }

    @Test
    void forwardedForCountsOnlyFromATrustedProxy() throws Exception {
        // An untrusted client cannot dodge the throttle by naming a new address in every request.
        for (int i = 0; i < MAX; i++) {
            assertThat(get("127.0.0.6", wrongKey(), Map.of("X-Forwarded-For", "198.51.100." + i)).status()).isEqualTo(401);
        }
        assertThrottled(get("127.0.0.6", wrongKey(), Map.of("X-Forwarded-For", "198.51.100.99")));

        // Through the trusted proxy (127.0.0.1), each forwarded client has its own budget.
        String client = "203.0.113." + (1 + Math.abs(UUID.randomUUID().hashCode() % 200));
        for (int i = 0; i < MAX; i++) {
            assertThat(get("127.0.0.1", wrongKey(), Map.of("X-Forwarded-For", client)).status()).isEqualTo(401);
        }
        assertThrottled(get("127.0.0.1", wrongKey(), Map.of("X-Forwarded-For", client)));
        assertThat(get("127.0.0.1", wrongKey(), Map.of("X-Forwarded-For", "192.0.2.77")).status()).isEqualTo(401);
    }

    @Test
    void aTrustedProxysForwardedHostStillDoesNotMakeAbsoluteUrls() throws Exception {
        Map<String, String> headers = Map.of("Authorization", "Bearer " + io.socialhire.AdminKeyByDefault.ADMIN_KEY,
                "Content-Type", "application/json", "X-Forwarded-Host", "proxy.example", "X-Forwarded-Proto", "https",
                "X-Forwarded-For", "192.0.2.10");
        RawHttp created = RawHttp.send("127.0.0.1", "POST", "/api/v1/candidates", headers,
                "{\"fullName\": \"Behind proxy\", \"email\": \"bp-" + UUID.randomUUID() + "@example.com\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).startsWith("http://localhost:" + RestAssured.port + "/api/v1/candidates/");
    }
}
