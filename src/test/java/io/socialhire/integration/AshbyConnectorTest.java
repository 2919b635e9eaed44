package io.socialhire.integration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Ashby's assessments API end to end against a simulated Ashby built from its documented payloads
 * (developers.ashbyhq.com, Creating an Assessments Integration): every field name is asserted.
 */
@QuarkusTest
@TestProfile(AshbyConnectorTest.SimulatedAshbyProfile.class)
class AshbyConnectorTest {

    /**
     * socialhire's Ashby base URL pointed at the simulated Ashby's port, agreed through a system
     * property: the profile and the test may be loaded by different class loaders, and only the JVM's
     * properties are shared by both.
     */
    public static class SimulatedAshbyProfile implements QuarkusTestProfile {
        private static final String PORT = "simulated-ashby.port";

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("socialhire.connectors.ashby-base-url", "http://127.0.0.1:" + port());
        }

        /** Chosen free once per JVM, by whichever side asks first. */
        static synchronized int port() {
            String port = System.getProperty(PORT);
            if (port == null) {
                try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                    port = Integer.toString(free.getLocalPort());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                System.setProperty(PORT, port);
            }
            return Integer.parseInt(port);
        }
    }

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String PACKAGE = "community-manager-participation";
    private static final Set<String> TYPES = Set.of("numeric_score", "url", "string", "boolean_success", "numeric_duration_minutes");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    MockMailbox mailbox;

    @ConfigProperty(name = "socialhire.public-base-url")
    String publicBaseUrl;

    private final SimulatedAshby ashby = SimulatedAshby.INSTANCE;
    private String key;
    private String ashbyApiKey;

    @BeforeEach
    void enable() throws InterruptedException {
        ashbyApiKey = "ashby-" + UUID.randomUUID();
        key = given().when().post("/api/v1/integrations/ashby/key").then().statusCode(201).extract().path("key");
        given().contentType("application/merge-patch+json")
                .body("{\"enabled\": true, \"packageIds\": [], \"ashbyApiKey\": \"" + ashbyApiKey + "\"}")
                .when().patch("/api/v1/integrations/ashby").then().statusCode(200).body("enabled", equalTo(true))
                .body("ashbyApiKeySet", equalTo(true)).body(org.hamcrest.Matchers.not(containsString(ashbyApiKey)));
        while (true) { // updates of an earlier test, delivered late, are not this test's
            try {
                ashby.next(Duration.ofMillis(200));
            } catch (AssertionError none) {
                break;
            }
        }
    }

    private String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes());
    }

    private Response call(String method, String body) {
        return given().header("Authorization", basic()).contentType(ContentType.JSON).body(body)
                .when().post("/integrations/ashby/" + method);
    }

    private static String startBody(String typeId, String application) {
        return """
                {"assessment_type_id": "%s",
                 "candidate": {"ashby_id": "%s", "first_name": "Ada", "last_name": "Lovelace", "email": "ada+%s@example.com",
                  "ashby_profile_url": "https://app.ashbyhq.com/candidates/%s"},
                 "application": {"ashby_id": "%s", "status": "Active"},
                 "job": {"ashby_id": "%s", "name": "Community manager", "req_id": "REQ-12", "ashby_job_url": "https://app.ashbyhq.com/jobs/1",
                  "hiringTeam": [{"email": "hm@example.com", "role": "Hiring Manager"}]},
                 "some_future_field": {"x": 1}}""".formatted(typeId, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), application,
                UUID.randomUUID());
    }

    private JsonNode assertUpdate(SimulatedAshby.Update update, String assessmentId, String status) throws Exception {
        assertThat(update.method()).isEqualTo("POST");
        assertThat(update.path()).isEqualTo("/assessment.update");
        assertThat(update.header("Authorization")).isEqualTo("Basic " + Base64.getEncoder().encodeToString((ashbyApiKey + ":").getBytes()));
        JsonNode body = JSON.readTree(update.body());
        assertThat(body.path("assessment_id").asText()).isEqualTo(assessmentId);
        long timestamp = body.path("timestamp").asLong();
        assertThat(Instant.ofEpochMilli(timestamp)).isBetween(Instant.now().minusSeconds(120), Instant.now().plusSeconds(1));
        assertValue(body.path("assessment_status"));
        assertThat(body.path("assessment_status").path("value").asText()).isEqualTo(status);
        return body;
    }

    private static void assertValue(JsonNode value) {
        assertThat(value.isObject()).as("a value object: " + value).isTrue();
        assertThat(iterable(value.fieldNames())).containsExactlyInAnyOrder("identifier", "label", "description", "type", "value");
        assertThat(TYPES).contains(value.path("type").asText());
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> all = new java.util.ArrayList<>();
        names.forEachRemaining(all::add);
        return all;
    }

    @Test
    void ashbyListsStartsAndHearsEveryChangeUpToTheResult() throws Exception {
        Response list = call("assessment.list", "{}");
        list.then().statusCode(200).body("success", equalTo(true));
        List<Map<String, Object>> types = list.path("results");
        assertThat(types).allSatisfy(t -> assertThat(t).containsOnlyKeys("assessment_type_id", "name", "description"));
        assertThat(types).anySatisfy(t -> assertThat(t).containsEntry("assessment_type_id", PACKAGE));

        String application = UUID.randomUUID().toString();
        Response started = call("assessment.start", startBody(PACKAGE, application));
        started.then().statusCode(200).body("success", equalTo(true));
        assertThat(started.<Map<String, Object>>path("results")).containsOnlyKeys("assessment_id");
        String assessmentId = started.path("results.assessment_id");
        given().when().get("/api/v1/invitations/" + assessmentId).then().statusCode(200).body("source", equalTo("ashby"))
                .body("job.title", equalTo("Community manager")).body("status", equalTo("invited"));

        // The same application with the same package while it is open: 409, said for the Ashby user.
        Response again = call("assessment.start", startBody(PACKAGE, application));
        again.then().statusCode(409);
        assertThat(again.<Map<String, Object>>path("$")).containsOnlyKeys("message");
        assertThat(again.<String>path("message")).contains("already being assessed");

        CandidateLink page = CandidateLink.of(mailbox, assessmentId);
        String html = page.open();
        assertUpdate(ashby.next(WAIT), assessmentId, "started");

        page.submit(html, "I moderate r/CommunityManager every week and run a monthly Discord AMA for our players.");
        JsonNode completed = assertUpdate(ashby.next(WAIT), assessmentId, "completed");
        assertValue(completed.path("assessment_result"));
        assertThat(completed.path("assessment_result").path("type").asText()).isEqualTo("numeric_score");
        assertThat(completed.path("assessment_result").path("value").asInt()).isBetween(0, 100);
        assertValue(completed.path("assessment_profile_url"));
        assertThat(completed.path("assessment_profile_url").path("type").asText()).isEqualTo("url");
        String reportUrl = completed.path("assessment_profile_url").path("value").asText();
        assertThat(reportUrl).startsWith(publicBaseUrl + "/r/");
        given().when().get(reportUrl.substring(reportUrl.indexOf("/r/"))).then().statusCode(200);
        assertThat(completed.path("metadata").isArray()).isTrue();
        assertThat(completed.path("metadata")).isNotEmpty();
        completed.path("metadata").forEach(AshbyConnectorTest::assertValue);
        assertThat(completed.has("cancelled_reason")).isFalse();

        List<Map<String, Object>> log = given().queryParam("limit", 200).when().get("/api/v1/integrations/ashby/log").then()
                .statusCode(200).extract().path("items");
        assertThat(log).anySatisfy(e -> assertThat(e).containsEntry("operation", "assessment.start").containsEntry("httpStatus", 409));
        assertThat(log).filteredOn(e -> "assessment.update".equals(e.get("operation")) && assessmentId.equals(e.get("invitationId")))
                .hasSize(2).allSatisfy(e -> assertThat(e).containsEntry("outcome", "ok").containsEntry("httpStatus", 200));
        assertThat(given().queryParam("limit", 200).when().get("/api/v1/integrations/ashby/log").asString())
                .doesNotContain(ashbyApiKey).doesNotContain(key).doesNotContain(reportUrl);
    }

    @Test
    void aCancelledAssessmentIsReportedWithItsReasonAfterAshbyComesBack() throws Exception {
        String assessmentId = call("assessment.start", startBody(PACKAGE, UUID.randomUUID().toString())).then().statusCode(200)
                .extract().path("results.assessment_id");
        ashby.answerNext(503);
        Response cancelled = call("assessment.cancel", "{\"assessment_id\": \"" + assessmentId + "\"}");
        cancelled.then().statusCode(200).body("success", equalTo(true));
        given().when().get("/api/v1/invitations/" + assessmentId).then().body("status", equalTo("cancelled"));
        SimulatedAshby.Update refused = ashby.next(WAIT);
        assertThat(refused.answered()).isEqualTo(503);
        SimulatedAshby.Update retried = ashby.next(WAIT);
        assertThat(retried.answered()).isEqualTo(200);
        JsonNode body = assertUpdate(retried, assessmentId, "cancelled");
        assertThat(retried.body()).isEqualTo(refused.body()).as("the same body on every attempt");
        assertValue(body.path("cancelled_reason"));
        assertThat(body.has("assessment_result")).isFalse();

        Response twice = call("assessment.cancel", "{\"assessment_id\": \"" + assessmentId + "\"}");
        twice.then().statusCode(422);
        assertThat(twice.<Map<String, Object>>path("$")).containsOnlyKeys("message");
    }

    @Test
    void whatSocialhireRefusesIs422WithAMessageAndAWrongKey401() {
        Response unknown = call("assessment.start", startBody("no-such-package", UUID.randomUUID().toString()));
        unknown.then().statusCode(422);
        assertThat(unknown.<String>path("message")).isNotBlank();
        Response missing = call("assessment.start", "{\"assessment_type_id\": \"" + PACKAGE + "\"}");
        missing.then().statusCode(422);
        assertThat(missing.<String>path("message")).contains("candidate.email", "application.ashby_id");
        call("assessment.cancel", "{\"assessment_id\": \"" + UUID.randomUUID() + "\"}").then().statusCode(422)
                .body("message", containsString("no assessment"));
        given().header("Authorization", "Basic " + Base64.getEncoder().encodeToString("wrong:".getBytes()))
                .contentType(ContentType.JSON).body("{}").when().post("/integrations/ashby/assessment.list").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"));
    }
}
