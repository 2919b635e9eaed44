package io.socialhire.hostile;

import static io.restassured.RestAssured.given;
import static io.socialhire.TestData.candidateWithChannels;
import static io.socialhire.TestData.createCandidate;
import static io.socialhire.TestData.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hundreds of malformed, oversized and malicious requests against every endpoint. None may
 * produce a 5xx or leak internals, and none that is refused may change the database.
 */
@QuarkusTest
class HostileInputTest {

    @Inject
    AgroalDataSource dataSource;

    record Target(String method, String path, String contentType) {
    }

    static final List<String> BODIES = List.of(
            "", "{", "{\"fullName\": ", "[]", "null", "42", "\"text\"", "{\"a\":", "{}}", "{\"fullName\": \"x\",}",
            "{\"fullName\": 1, \"email\": true}", "{\"fullName\": [\"a\"], \"email\": {\"x\": 1}}",
            "{\"fullName\": \"" + "A".repeat(100_000) + "\", \"email\": \"a@example.com\"}",
            "[".repeat(5_000) + "]".repeat(5_000),
            "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000),
            "{\"fullName\": \"nul\\u0000byte\", \"email\": \"nul@example.com\", \"answer\": \"nul\\u0000\", \"title\": \"t\\u0000\", \"name\": \"k\\u0000\", \"reviewer\": \"r\\u0000\"}",
            "{\"fullName\": \"\\u0001\\u0002\\u001b[31m\", \"email\": \"ctl@example.com\"}",
            "{\"fullName\": \"Robert'); DROP TABLE candidate;--\", \"email\": \"x' OR '1'='1\"}",
            "{\"fullName\": \"<script>alert(1)</script>\", \"email\": \"<img src=x onerror=alert(1)>@x.com\"}",
            "{\"role\": \"emperor\", \"frequency\": \"hourly\", \"platform\": \"x\", \"handle\": \"a\"}",
            "{\"answer\": 12345, \"roleId\": [1], \"rubric\": \"participation\"}",
            "{\"answer\": \"ok\", \"rubric\": {\"key\": \"'; DROP TABLE rubric_version;--\", \"version\": -1}}",
            "{\"items\": \"all\"}", "{\"items\": [" + "{\"answer\": 1},".repeat(1_200) + "{}]}",
            "{\"audienceSize\": 99999999999999999999999999, \"platform\": \"x\", \"handle\": \"a\", \"role\": \"member\", \"frequency\": \"daily\"}",
            "{\"since\": \"2021-13\", \"platform\": \"x\", \"handle\": \"a\", \"role\": \"member\", \"frequency\": \"daily\"}",
            "{\"platform\": \"x\", \"profileUrl\": \"javascript:alert(1)\", \"role\": \"member\", \"frequency\": \"daily\"}",
            "{\"reviewer\": \"r\", \"rating\": 99, \"criteria\": [{\"criterion\": \"x\", \"level\": -4}]}",
            "{\"name\": \"\", \"role\": \"root\"}");

    static final List<byte[]> RAW = List.of(
            new byte[] {'{', '"', 'f', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
            new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xFD},
            "{\"fullName\": \"caf\u00e9\"".getBytes(StandardCharsets.ISO_8859_1));

    @Test
    void nothingBreaksAndNothingRefusedIsWritten() throws SQLException {
        String candidate = createCandidate(candidateWithChannels("Target Person", uniqueEmail(), "hostile"));
        String channel = given().when().get("/api/v1/candidates/" + candidate + "/channels").then().extract().path("items[0].id");
        String assessment = given().contentType("application/json").body("{\"answer\": \"I reply on Reddit.\"}")
                .when().post("/api/v1/candidates/" + candidate + "/assessments").then().statusCode(201).extract().path("id");
        List<Target> writes = List.of(
                new Target("POST", "/api/v1/candidates", "application/json"),
                new Target("PATCH", "/api/v1/candidates/" + candidate, "application/merge-patch+json"),
                new Target("PUT", "/api/v1/candidates/by-external-id/hostile/h1", "application/json"),
                new Target("POST", "/api/v1/candidates/" + candidate + "/channels", "application/json"),
                new Target("PATCH", "/api/v1/candidates/" + candidate + "/channels/" + channel, "application/merge-patch+json"),
                new Target("POST", "/api/v1/candidates/" + candidate + "/assessments", "application/json"),
                new Target("POST", "/api/v1/assessments/" + assessment + "/reviews", "application/json"),
                new Target("POST", "/api/v1/scorings", "application/json"),
                new Target("POST", "/api/v1/scorings/batch", "application/json"),
                new Target("POST", "/api/v1/roles", "application/json"),
                new Target("PATCH", "/api/v1/roles/community-manager", "application/merge-patch+json"),
                new Target("POST", "/api/v1/rubrics/hostile-rubric/versions", "application/json"),
                new Target("POST", "/api/v1/api-keys", "application/json"));
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Target target : writes) {
            for (String body : BODIES) {
                // As bytes: RestAssured is slow to encode large string bodies itself.
                sent += check(target, given().contentType(target.contentType()).body(body.getBytes(StandardCharsets.UTF_8)), failures);
            }
            for (byte[] body : RAW) {
                sent += check(target, given().contentType(target.contentType()).body(body), failures);
            }
            sent += check(target, given().contentType("text/plain").body("{}"), failures);
            sent += check(target, given().contentType("application/xml").body("<a/>"), failures);
        }
        String[] hostileValues = {"%00", "%27%20OR%201%3D1--", "%3Cscript%3E", "-1", "0", "99999999999999999999", "abc", "%FF%FE",
                "..%2F..%2Fetc%2Fpasswd", "djF8OTk5OTk5OTk5OTk5OTk5OTk5OTk5fG5vdC1hLXV1aWQ", "AAAA", "%E2%80%AE"};
        List<String> reads = List.of("/api/v1/candidates?limit=%s", "/api/v1/candidates?cursor=%s", "/api/v1/candidates?q=%s",
                "/api/v1/candidates?platform=%s", "/api/v1/candidates?tag=%s", "/api/v1/candidates?updatedSince=%s",
                "/api/v1/candidates/%s", "/api/v1/candidates/%s/channels", "/api/v1/candidates/" + candidate + "/channels/%s",
                "/api/v1/candidates/%s/assessments", "/api/v1/candidates/" + candidate + "/assessments?limit=%s",
                "/api/v1/candidates/" + candidate + "/assessments?cursor=%s", "/api/v1/candidates/%s/export",
                "/api/v1/assessments/%s", "/api/v1/assessments/%s/reviews", "/api/v1/platforms/%s", "/api/v1/platforms?category=%s",
                "/api/v1/roles/%s", "/api/v1/rubrics/%s", "/api/v1/rubrics/participation/versions/%s", "/api/v1/rubrics/%s/calibration",
                "/api/v1/audit-events?from=%s", "/api/v1/audit-events?apiKeyId=%s", "/api/v1/audit-events?cursor=%s",
                "/api/v1/audit-events?entityType=%s", "/api/v1/candidates/by-external-id/%s/x");
        for (String template : reads) {
            for (String value : hostileValues) {
                String method = template.contains("by-external-id") ? "PUT" : "GET";
                Target target = new Target(method, template.replace("%s", value), "application/json");
                sent += check(target, given().urlEncodingEnabled(false).contentType("application/json").body("{}"), failures);
            }
        }
        for (String value : hostileValues) {
            sent += check(new Target("DELETE", "/api/v1/candidates/" + value, null), given().urlEncodingEnabled(false), failures);
            sent += check(new Target("DELETE", "/api/v1/api-keys/" + value, null), given().urlEncodingEnabled(false), failures);
            sent += check(new Target("DELETE", "/api/v1/candidates/" + candidate + "/channels/" + value, null),
                    given().urlEncodingEnabled(false), failures);
        }
        System.out.printf("Hostile input: %d requests, %d failures%n", sent, failures.size());
        assertThat(sent).isGreaterThanOrEqualTo(500);
        assertThat(failures).isEmpty();
    }

    private int check(Target target, RequestSpecification request, List<String> failures) throws SQLException {
        String before = fingerprint();
        Response response = request.when().request(target.method(), target.path());
        int status = response.statusCode();
        String body = response.asString();
        String where = target.method() + " " + abbreviate(target.path());
        if (status >= 500) {
            failures.add(where + " -> " + status + " " + abbreviate(body));
        }
        for (String leak : Evidence.leaks(body)) {
            failures.add(where + " leaks '" + leak + "': " + abbreviate(body));
        }
        if (status >= 400 && !fingerprint().equals(before)) {
            failures.add(where + " -> " + status + " but changed the database");
        }
        if (status >= 400 && status != 405 && !response.contentType().startsWith("application/problem+json")) {
            failures.add(where + " -> " + status + " without a problem body: " + response.contentType());
        }
        return 1;
    }

    private String fingerprint() throws SQLException {
        return Evidence.fingerprint(dataSource);
    }

    private static String abbreviate(String value) {
        return Evidence.abbreviate(value);
    }
}
