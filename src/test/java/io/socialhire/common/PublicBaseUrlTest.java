package io.socialhire.common;

import static io.socialhire.TestData.candidateWithChannels;
import static io.socialhire.TestData.createCandidate;
import static io.socialhire.TestData.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.socialhire.AdminKeyByDefault;
import io.socialhire.RawHttp;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Absolute URLs (Location, Link rel="next") come from socialhire.public-base-url, never from the
 * Host header or forwarded headers a client sends.
 */
@QuarkusTest
class PublicBaseUrlTest {

    /** A client that claims to be reached at evil.example in every way a request can say so. */
    static final Map<String, String> SPOOFED = Map.of(
            "Host", "evil.example",
            "X-Forwarded-Host", "evil.example",
            "X-Forwarded-Proto", "https",
            "X-Forwarded-Port", "444",
            "Forwarded", "host=evil.example;proto=https",
            "Authorization", "Bearer " + AdminKeyByDefault.ADMIN_KEY,
            "Content-Type", "application/json");

    /** The %test profile's base URL: the test server itself. */
    private static String base() {
        return "http://localhost:" + RestAssured.port;
    }

    @Test
    void locationOfACreatedResourceIgnoresHostAndForwardedHeaders() throws Exception {
        RawHttp created = RawHttp.send("127.0.0.1", "POST", "/api/v1/candidates", SPOOFED,
                "{\"fullName\": \"Spoofed Host\", \"email\": \"" + uniqueEmail() + "\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).startsWith(base() + "/api/v1/candidates/").doesNotContain("evil");

        String id = createCandidate(candidateWithChannels("Channel owner", uniqueEmail(), "pbu"));
        RawHttp channel = RawHttp.send("127.0.0.1", "POST", "/api/v1/candidates/" + id + "/channels", SPOOFED,
                "{\"platform\": \"discord\", \"communityName\": \"Indie Devs\", \"role\": \"member\", \"frequency\": \"weekly\"}");
        assertThat(channel.status()).isEqualTo(201);
        assertThat(channel.header("Location")).startsWith(base() + "/api/v1/candidates/" + id + "/channels/").doesNotContain("evil");

        String roleId = "pbu-" + UUID.randomUUID().toString().substring(0, 8);
        RawHttp role = RawHttp.send("127.0.0.1", "POST", "/api/v1/roles", SPOOFED,
                "{\"id\": \"" + roleId + "\", \"title\": \"Spoof-proof role\", \"rubricKey\": \"participation\"}");
        assertThat(role.status()).as(role.body()).isEqualTo(201);
        assertThat(role.header("Location")).isEqualTo(base() + "/api/v1/roles/" + roleId);
    }

    @Test
    void nextPageLinkIgnoresHostAndForwardedHeaders() throws Exception {
        String tag = "pbu-" + UUID.randomUUID().toString().substring(0, 8);
        createCandidate(candidateWithChannels("Paged one", uniqueEmail(), tag));
        createCandidate(candidateWithChannels("Paged two", uniqueEmail(), tag));

        RawHttp page = RawHttp.send("127.0.0.1", "GET", "/api/v1/candidates?tag=" + tag + "&limit=1", SPOOFED, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Link")).startsWith("<" + base() + "/api/v1/candidates?").contains("tag=" + tag)
                .contains("limit=1").contains("cursor=").endsWith(">; rel=\"next\"").doesNotContain("evil");
    }
}
