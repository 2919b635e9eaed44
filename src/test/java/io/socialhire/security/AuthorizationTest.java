package io.socialhire.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every operation: 401 without or with a bad key, 403 for each role that may not call it, and
 * neither for the roles that may. The table is checked against the OpenAPI document, so a new
 * endpoint cannot slip in without a line here.
 */
@QuarkusTest
class AuthorizationTest {

    private static final String R = Roles.RECRUITER;
    private static final String H = Roles.HIRING_MANAGER;
    private static final String A = Roles.ADMIN;
    private static final String X = Roles.AUDITOR;
    private static final String ID = UUID.randomUUID().toString();
    /** The detail of a 403: the key's role, then the roles the operation allows. */
    private static final Pattern FORBIDDEN_DETAIL = Pattern.compile("This API key's role \\(([a-z_]+)\\) may not do this; allowed: ([a-z_, ]+)\\.");

    record Endpoint(String method, String path, String openApiPath, Set<String> allowed) {
    }

    private static Endpoint op(String method, String path, String openApiPath, String... allowed) {
        return new Endpoint(method, path, openApiPath, Set.of(allowed));
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            op("POST", "/api/v1/candidates", "/api/v1/candidates", R, A),
            op("GET", "/api/v1/candidates", "/api/v1/candidates", R, H, A),
            op("GET", "/api/v1/candidates/" + ID, "/api/v1/candidates/{id}", R, H, A),
            op("PATCH", "/api/v1/candidates/" + ID, "/api/v1/candidates/{id}", R, A),
            op("DELETE", "/api/v1/candidates/" + ID, "/api/v1/candidates/{id}", R, A),
            op("PUT", "/api/v1/candidates/by-external-id/lever/x1", "/api/v1/candidates/by-external-id/{source}/{externalId}", R, A),
            op("GET", "/api/v1/candidates/" + ID + "/export", "/api/v1/candidates/{candidateId}/export", R, A),
            op("GET", "/api/v1/candidates/" + ID + "/channels", "/api/v1/candidates/{candidateId}/channels", R, H, A),
            op("POST", "/api/v1/candidates/" + ID + "/channels", "/api/v1/candidates/{candidateId}/channels", R, A),
            op("GET", "/api/v1/candidates/" + ID + "/channels/" + ID, "/api/v1/candidates/{candidateId}/channels/{channelId}", R, H, A),
            op("PATCH", "/api/v1/candidates/" + ID + "/channels/" + ID, "/api/v1/candidates/{candidateId}/channels/{channelId}", R, A),
            op("DELETE", "/api/v1/candidates/" + ID + "/channels/" + ID, "/api/v1/candidates/{candidateId}/channels/{channelId}", R, A),
            op("POST", "/api/v1/candidates/" + ID + "/assessments", "/api/v1/candidates/{candidateId}/assessments", R, A),
            op("GET", "/api/v1/candidates/" + ID + "/assessments", "/api/v1/candidates/{candidateId}/assessments", R, H, A),
            op("GET", "/api/v1/assessments/" + ID, "/api/v1/assessments/{id}", R, H, A),
            op("POST", "/api/v1/assessments/" + ID + "/reviews", "/api/v1/assessments/{id}/reviews", H, A),
            op("GET", "/api/v1/assessments/" + ID + "/reviews", "/api/v1/assessments/{id}/reviews", R, H, A),
            op("POST", "/api/v1/assessments/" + ID + "/report-links", "/api/v1/assessments/{id}/report-links", R, H, A),
            op("GET", "/api/v1/assessments/" + ID + "/report-links", "/api/v1/assessments/{id}/report-links", R, H, A),
            op("GET", "/api/v1/report-links/" + ID, "/api/v1/report-links/{id}", R, H, A),
            op("POST", "/api/v1/report-links/" + ID + "/revoke", "/api/v1/report-links/{id}/revoke", R, H, A),
            op("PUT", "/api/v1/candidates/" + ID + "/self-identification", "/api/v1/candidates/{candidateId}/self-identification", R, H, A),
            op("GET", "/api/v1/candidates/" + ID + "/self-identification", "/api/v1/candidates/{candidateId}/self-identification", X, A),
            op("DELETE", "/api/v1/candidates/" + ID + "/self-identification", "/api/v1/candidates/{candidateId}/self-identification", R, H, A),
            op("GET", "/api/v1/fairness/impact-report", "/api/v1/fairness/impact-report", X, A),
            op("POST", "/api/v1/fairness/summaries", "/api/v1/fairness/summaries", A),
            op("GET", "/api/v1/fairness/summaries", "/api/v1/fairness/summaries", X, A),
            op("GET", "/api/v1/fairness/summaries/" + ID, "/api/v1/fairness/summaries/{id}", X, A),
            op("GET", "/api/v1/platforms", "/api/v1/platforms", R, H, A),
            op("GET", "/api/v1/platforms/reddit", "/api/v1/platforms/{id}", R, H, A),
            op("POST", "/api/v1/scorings", "/api/v1/scorings", R, H, A),
            op("POST", "/api/v1/scorings/batch", "/api/v1/scorings/batch", R, H, A),
            op("GET", "/api/v1/rubrics", "/api/v1/rubrics", R, H, A),
            op("GET", "/api/v1/rubrics/participation", "/api/v1/rubrics/{key}", R, H, A),
            op("GET", "/api/v1/rubrics/participation/versions/1", "/api/v1/rubrics/{key}/versions/{version}", R, H, A),
            op("GET", "/api/v1/rubrics/participation/versions/2/model-card", "/api/v1/rubrics/{key}/versions/{version}/model-card", R, H, A),
            op("POST", "/api/v1/rubrics/zz-auth-test/versions", "/api/v1/rubrics/{key}/versions", A),
            op("GET", "/api/v1/rubrics/participation/calibration", "/api/v1/rubrics/{key}/calibration", H, A),
            op("GET", "/api/v1/roles", "/api/v1/roles", R, H, A),
            op("GET", "/api/v1/roles/community-manager", "/api/v1/roles/{id}", R, H, A),
            op("POST", "/api/v1/roles", "/api/v1/roles", A),
            op("PATCH", "/api/v1/roles/no-such-role", "/api/v1/roles/{id}", A),
            op("GET", "/api/v1/assessment-packages", "/api/v1/assessment-packages", R, H, A),
            op("GET", "/api/v1/assessment-packages/community-manager-participation", "/api/v1/assessment-packages/{id}", R, H, A),
            op("POST", "/api/v1/assessment-packages", "/api/v1/assessment-packages", A),
            op("PATCH", "/api/v1/assessment-packages/no-such-package", "/api/v1/assessment-packages/{id}", A),
            op("POST", "/api/v1/assessment-packages/no-such-package/retire", "/api/v1/assessment-packages/{id}/retire", A),
            op("POST", "/api/v1/invitations", "/api/v1/invitations", R, A),
            op("GET", "/api/v1/invitations", "/api/v1/invitations", R, H, A),
            op("GET", "/api/v1/invitations/" + ID, "/api/v1/invitations/{id}", R, H, A),
            op("POST", "/api/v1/invitations/" + ID + "/cancel", "/api/v1/invitations/{id}/cancel", R, A),
            op("POST", "/api/v1/api-keys", "/api/v1/api-keys", A),
            op("GET", "/api/v1/api-keys", "/api/v1/api-keys", A),
            op("DELETE", "/api/v1/api-keys/" + ID, "/api/v1/api-keys/{id}", A),
            op("GET", "/api/v1/audit-events", "/api/v1/audit-events", A),
            op("POST", "/api/v1/webhook-endpoints", "/api/v1/webhook-endpoints", A),
            op("GET", "/api/v1/webhook-endpoints", "/api/v1/webhook-endpoints", A),
            op("GET", "/api/v1/webhook-endpoints/" + ID, "/api/v1/webhook-endpoints/{id}", A),
            op("DELETE", "/api/v1/webhook-endpoints/" + ID, "/api/v1/webhook-endpoints/{id}", A),
            op("PATCH", "/api/v1/webhook-endpoints/" + ID, "/api/v1/webhook-endpoints/{id}", A),
            op("POST", "/api/v1/webhook-endpoints/" + ID + "/rotate-secret", "/api/v1/webhook-endpoints/{id}/rotate-secret", A),
            op("POST", "/api/v1/webhook-endpoints/" + ID + "/test", "/api/v1/webhook-endpoints/{id}/test", A),
            op("GET", "/api/v1/webhook-endpoints/" + ID + "/deliveries", "/api/v1/webhook-endpoints/{id}/deliveries", A),
            op("POST", "/api/v1/webhook-endpoints/" + ID + "/deliveries/" + ID + "/retry",
                    "/api/v1/webhook-endpoints/{id}/deliveries/{deliveryId}/retry", A),
            op("GET", "/api/v1/integrations/greenhouse", "/api/v1/integrations/{connector}", A),
            op("PATCH", "/api/v1/integrations/greenhouse", "/api/v1/integrations/{connector}", A),
            op("POST", "/api/v1/integrations/greenhouse/key", "/api/v1/integrations/{connector}/key", A),
            op("GET", "/api/v1/integrations/greenhouse/log", "/api/v1/integrations/{connector}/log", A));

    @TestHTTPResource("/")
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void keys() {
        Keys.reset();
    }

    private HttpResponse<String> call(Endpoint e, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + e.path()));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        boolean hasBody = Set.of("POST", "PUT", "PATCH").contains(e.method());
        if (hasBody) {
            request.header("Content-Type", e.method().equals("PATCH") ? "application/merge-patch+json" : "application/json");
        }
        HttpRequest.BodyPublisher body = hasBody ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody();
        return http.send(request.method(e.method(), body).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyEndpointRefusesMissingOrBadKeysAndWrongRoles() throws Exception {
        Map<String, String> keys = Map.of(R, Keys.of(R), H, Keys.of(H), A, Keys.of(A), X, Keys.of(X));
        List<String> failures = new ArrayList<>();
        for (Endpoint e : ENDPOINTS) {
            String where = e.method() + " " + e.path();
            for (String bad : new String[] {null, "Bearer shk_nosuchk_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "Basic dXNlcjpwYXNz",
                    "Bearer not-a-key"}) {
                HttpResponse<String> response = call(e, bad);
                if (response.statusCode() != 401 || response.headers().firstValue("WWW-Authenticate").isEmpty()
                        || !response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                    failures.add(where + " with " + bad + ": " + response.statusCode());
                }
            }
            for (Map.Entry<String, String> key : keys.entrySet()) {
                HttpResponse<String> response = call(e, "Bearer " + key.getValue());
                int status = response.statusCode();
                boolean allowed = e.allowed().contains(key.getKey());
                if (allowed && (status == 401 || status == 403 || status >= 500)) {
                    failures.add(where + " as " + key.getKey() + " should be allowed: " + status);
                }
                if (!allowed && status != 403) {
                    failures.add(where + " as " + key.getKey() + " should be 403: " + status);
                }
                if (!allowed && status == 403 && !namesRoles(response.body(), key.getKey(), e.allowed())) {
                    failures.add(where + " as " + key.getKey() + ": the 403 does not name the key's role and the allowed ones: "
                            + response.body());
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    /** Whether a 403 problem's detail names the caller's role and exactly the roles the operation allows. */
    private static boolean namesRoles(String body, String role, Set<String> allowed) throws IOException {
        String detail = new ObjectMapper().readTree(body).path("detail").asText();
        Matcher matcher = FORBIDDEN_DETAIL.matcher(detail);
        return matcher.matches() && matcher.group(1).equals(role)
                && new TreeSet<>(List.of(matcher.group(2).split(", "))).equals(new TreeSet<>(allowed));
    }

    @Test
    void theTableCoversEveryOperationInTheContract() {
        Map<String, Map<String, Object>> paths = given().when().get("/q/openapi?format=json").then().extract().path("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream().filter(m -> !m.equals("parameters"))
                .forEach(m -> documented.add(m.toUpperCase() + " " + path)));
        Set<String> tested = new TreeSet<>();
        ENDPOINTS.forEach(e -> tested.add(e.method() + " " + e.openApiPath()));
        assertThat(tested).isEqualTo(documented);
    }

    @Test
    void openEndpointsNeedNoKey() throws Exception {
        for (String path : List.of("/q/health/live", "/q/health/ready", "/q/openapi", "/q/swagger-ui/")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void revokedKeysStopWorkingAtOnce() throws Exception {
        String key = Keys.create(R);
        Endpoint list = ENDPOINTS.get(1);
        assertThat(call(list, "Bearer " + key).statusCode()).isEqualTo(200);
        String id = given().when().get("/api/v1/api-keys").then().statusCode(200).extract()
                .path("items.find { it.prefix == '" + key.substring(0, 12) + "' }.id");
        given().when().delete("/api/v1/api-keys/" + id).then().statusCode(200).body("revokedAt", org.hamcrest.Matchers.notNullValue());
        assertThat(call(list, "Bearer " + key).statusCode()).isEqualTo(401);
    }

    @Test
    void keysAreShownOnceAndStoredOnlyAsHashes() {
        String key = Keys.create(H);
        String listing = given().when().get("/api/v1/api-keys").then().statusCode(200).extract().asString();
        assertThat(listing).contains(key.substring(0, 12)).doesNotContain(key.substring(13));
        assertThat(key).matches("shk_[a-z0-9]{8}_[A-Za-z0-9_-]{43}");
    }
}
