package io.socialhire.integration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Greenhouse's Assessment partner API end to end against a simulated Greenhouse built from its
 * documentation (grnhse/greenhouse-api-docs, source/includes/assessment): every documented field
 * name is asserted, so a rename fails here.
 */
@QuarkusTest
class GreenhouseConnectorTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String PACKAGE = "community-manager-participation";

    @Inject
    MockMailbox mailbox;

    @ConfigProperty(name = "socialhire.public-base-url")
    String publicBaseUrl;

    private String key;

    @BeforeEach
    void enableWithANewKey() {
        key = given().when().post("/api/v1/integrations/greenhouse/key").then().statusCode(201)
                .header("Location", equalTo(publicBaseUrl + "/api/v1/integrations/greenhouse"))
                .body("connector", equalTo("greenhouse")).extract().path("key");
        given().contentType("application/merge-patch+json").body("{\"enabled\": true, \"packageIds\": []}")
                .when().patch("/api/v1/integrations/greenhouse").then().statusCode(200).body("enabled", equalTo(true));
    }

    /** The documented send_test request (Harry Potter and all), for a fresh person and our test. */
    private static String sendTestBody(String testId, String email, String person, String url) {
        return """
                {"partner_test_id": "%s",
                 "candidate": {"first_name": "Harry", "last_name": "Potter", "preferred_name": "The Chosen One",
                  "resume_url": "https://hogwarts.com/resume", "phone_number": "123-456-7890", "email": "%s",
                  "greenhouse_profile_url": "https://app.greenhouse.io/people/%s?application_id=26234709"},
                 "sent_by": "test_sender@example.org", "url": "%s"}""".formatted(testId, email, person, url);
    }

    private static String person() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000L, 9_000_000_000L));
    }

    private static String email() {
        return "hpotter+" + UUID.randomUUID() + "@hogwarts.edu";
    }

    private static List<Map<String, Object>> log() {
        return given().queryParam("limit", 200).when().get("/api/v1/integrations/greenhouse/log").then().statusCode(200)
                .extract().path("items");
    }

    @Test
    void greenhouseListsSendsAndReadsTheResultAfterEachPatch() throws Exception {
        try (SimulatedGreenhouse greenhouse = new SimulatedGreenhouse(key)) {
            // list_tests: [{partner_test_id, partner_test_name}], the active packages.
            Response tests = greenhouse.listTests();
            tests.then().statusCode(200).contentType(ContentType.JSON);
            List<Map<String, Object>> listed = tests.path("$");
            assertThat(listed).isNotEmpty().allSatisfy(t -> assertThat(t).containsOnlyKeys("partner_test_id", "partner_test_name"));
            assertThat(listed).anySatisfy(t -> assertThat(t).containsEntry("partner_test_id", PACKAGE)
                    .containsEntry("partner_test_name", "Community manager: social media participation"));

            // send_test: {partner_interview_id}; sent again while open, the same one.
            String email = email();
            String person = person();
            String body = sendTestBody(PACKAGE, email, person, greenhouse.callbackUrl("12345"));
            Response sent = greenhouse.sendTest("12345", body);
            sent.then().statusCode(200).contentType(ContentType.JSON);
            Map<String, Object> sentBody = sent.path("$");
            assertThat(sentBody).containsOnlyKeys("partner_interview_id");
            String interview = sent.path("partner_interview_id");
            assertThat(greenhouse.sendTest("12345", body).<String>path("partner_interview_id")).isEqualTo(interview);

            // The invitation is an ordinary one, of source greenhouse, for a candidate keyed by the Greenhouse person.
            String candidateId = given().when().get("/api/v1/invitations/" + interview).then().statusCode(200)
                    .body("source", equalTo("greenhouse")).body("packageId", equalTo(PACKAGE)).body("status", equalTo("invited"))
                    .extract().path("candidateId");
            given().when().get("/api/v1/candidates/" + candidateId).then().statusCode(200)
                    .body("fullName", equalTo("Harry Potter")).body("email", equalTo(email))
                    .body("ats.source", equalTo("greenhouse")).body("ats.externalId", equalTo(person));
            given().queryParam("candidateId", candidateId).when().get("/api/v1/invitations").then().statusCode(200)
                    .body("items.id", hasItem(interview));

            // test_status before the candidate answers: every documented key, nothing but the status set.
            Response waiting = greenhouse.testStatus(interview);
            waiting.then().statusCode(200).body("partner_status", equalTo("invited")).body("partner_profile_url", nullValue())
                    .body("partner_score", nullValue()).body("metadata", nullValue());
            assertThat(waiting.<Map<String, Object>>path("$")).containsOnlyKeys("partner_status", "partner_profile_url",
                    "partner_score", "metadata");

            // The candidate opens the page: started, and Greenhouse hears of it.
            CandidateLink page = CandidateLink.of(mailbox, interview);
            String html = page.open();
            SimulatedGreenhouse.Patch started = greenhouse.nextPatch(WAIT);
            assertThat(started.method()).isEqualTo("PATCH");
            assertThat(started.path()).isEqualTo("/integrations/testing_partners/take_home_tests/12345");
            assertThat(started.body()).isEmpty();
            assertThat(started.header("Authorization")).isEqualTo(greenhouse.authorization());
            started.testStatus().then().statusCode(200).body("partner_status", equalTo("started"));

            // The candidate submits: complete, with the score, the report page and the result in brief.
            page.submit(html, "I moderate r/CommunityManager every week and run a monthly Discord AMA for our players.");
            SimulatedGreenhouse.Patch completed = greenhouse.nextPatch(WAIT);
            assertThat(completed.header("Authorization")).isEqualTo(greenhouse.authorization());
            Response result = completed.testStatus();
            result.then().statusCode(200).body("partner_status", equalTo("complete"));
            String reportUrl = result.path("partner_profile_url");
            assertThat(reportUrl).startsWith(publicBaseUrl + "/r/");
            int score = result.path("partner_score");
            assertThat(score).isBetween(0, 100);
            String assessmentId = given().when().get("/api/v1/invitations/" + interview).then().body("status", equalTo("completed"))
                    .extract().path("assessmentId");
            given().when().get("/api/v1/assessments/" + assessmentId).then().body("engineResult.score", equalTo(score));
            Map<String, Object> metadata = result.path("metadata");
            assertThat(metadata).containsKeys("Result", "Summary");
            assertThat(metadata.values()).as("a flat object of simple values")
                    .allSatisfy(v -> assertThat(v).isInstanceOfAny(String.class, Number.class, Boolean.class));
            assertThat(metadata.values().stream().filter(v -> v instanceof String s && s.matches("\\d+ of \\d+")).count())
                    .as("one entry per criterion level").isGreaterThanOrEqualTo(2);
            given().when().get(reportUrl.substring(reportUrl.indexOf("/r/"))).then().statusCode(200)
                    .body(not(containsString("No report yet")));

            // The log: the calls Greenhouse made and the PATCHes, never a key or the report URL.
            List<Map<String, Object>> entries = log();
            assertThat(entries).anySatisfy(e -> assertThat(e).containsEntry("direction", "inbound").containsEntry("operation", "send_test")
                    .containsEntry("outcome", "ok").containsEntry("httpStatus", 200).containsEntry("invitationId", interview));
            assertThat(entries).filteredOn(e -> "patch_test".equals(e.get("operation")) && interview.equals(e.get("invitationId")))
                    .hasSize(2).allSatisfy(e -> assertThat(e).containsEntry("direction", "outbound").containsEntry("outcome", "ok")
                            .containsEntry("attempt", 1).containsEntry("httpStatus", 204));
            String logText = given().queryParam("limit", 200).when().get("/api/v1/integrations/greenhouse/log").asString();
            assertThat(logText).doesNotContain(key).doesNotContain(reportUrl).doesNotContain(email);
        }
    }

    @Test
    void aWrongKeyIs401AnUnknownTestOrInterview404AndBadInput400() {
        String wrong = "Basic " + Base64.getEncoder().encodeToString("shc_not-the-key:".getBytes());
        given().header("Authorization", wrong).when().get("/integrations/greenhouse/list_tests").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic")).contentType(containsString("application/problem+json"))
                .body("status", equalTo(401));
        given().header("Authorization", "Bearer " + key).when().get("/integrations/greenhouse/list_tests").then().statusCode(401);
        given().when().get("/integrations/greenhouse/test_status?partner_interview_id=" + UUID.randomUUID())
                .then().statusCode(401); // the admin API key is no connector key

        String basic = "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes());
        given().header("Authorization", basic).contentType(ContentType.JSON)
                .body(sendTestBody("no-such-test", email(), person(), "https://app.greenhouse.io/integrations/testing_partners/take_home_tests/1"))
                .when().post("/integrations/greenhouse/send_test").then().statusCode(404).body("status", equalTo(404));
        given().header("Authorization", basic).queryParam("partner_interview_id", UUID.randomUUID().toString())
                .when().get("/integrations/greenhouse/test_status").then().statusCode(404);
        given().header("Authorization", basic).queryParam("partner_interview_id", "98765")
                .when().get("/integrations/greenhouse/test_status").then().statusCode(404);
        Response invalid = given().header("Authorization", basic).contentType(ContentType.JSON)
                .body("{\"partner_test_id\": \"" + PACKAGE + "\", \"candidate\": {\"first_name\": \"Harry\", \"email\": \"not an email\","
                        + " \"greenhouse_profile_url\": \"https://app.greenhouse.io/people/1\"}, \"some_future_field\": true}")
                .when().post("/integrations/greenhouse/send_test");
        invalid.then().statusCode(400);
        assertThat(invalid.<List<String>>path("errors.field")).containsExactly("url");
        given().header("Authorization", basic).contentType(ContentType.JSON)
                .body(sendTestBody(PACKAGE, "not an email", person(), "https://app.greenhouse.io/x/1"))
                .when().post("/integrations/greenhouse/send_test").then().statusCode(400).body("errors.field", hasItem("candidate.email"));

        // A disabled connector answers nobody; nor does a replaced key.
        given().contentType("application/merge-patch+json").body("{\"enabled\": false}").when().patch("/api/v1/integrations/greenhouse")
                .then().statusCode(200);
        given().header("Authorization", basic).when().get("/integrations/greenhouse/list_tests").then().statusCode(401);
        enableWithANewKey();
        given().header("Authorization", basic).when().get("/integrations/greenhouse/list_tests").then().statusCode(401);
        assertThat(log()).anySatisfy(e -> assertThat(e).containsEntry("operation", "list_tests").containsEntry("outcome", "refused")
                .containsEntry("httpStatus", 401));
    }

    @Test
    void aPatchGreenhouseRefusesIsRetriedUntilItIsTaken() throws Exception {
        try (SimulatedGreenhouse greenhouse = new SimulatedGreenhouse(key)) {
            greenhouse.answerNext(503);
            String interview = greenhouse.sendTest("777", sendTestBody(PACKAGE, email(), person(), greenhouse.callbackUrl("777")))
                    .then().statusCode(200).extract().path("partner_interview_id");
            given().when().post("/api/v1/invitations/" + interview + "/cancel").then().statusCode(200);
            SimulatedGreenhouse.Patch refused = greenhouse.nextPatch(WAIT);
            assertThat(refused.answered()).isEqualTo(503);
            SimulatedGreenhouse.Patch retried = greenhouse.nextPatch(WAIT);
            assertThat(retried.answered()).isEqualTo(204);
            retried.testStatus().then().statusCode(200).body("partner_status", equalTo("cancelled"));
            List<Map<String, Object>> attempts = log().stream()
                    .filter(e -> "patch_test".equals(e.get("operation")) && interview.equals(e.get("invitationId"))).toList();
            assertThat(attempts).extracting(e -> e.get("attempt"), e -> e.get("outcome"), e -> e.get("httpStatus"))
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(1, "failed", 503),
                            org.assertj.core.groups.Tuple.tuple(2, "ok", 204));
        }
    }

    @Test
    void anErrorGreenhouseReportsIsAcknowledgedAndKeptForAdmins() throws Exception {
        try (SimulatedGreenhouse greenhouse = new SimulatedGreenhouse(key)) {
            String interview = UUID.randomUUID().toString();
            Response ack = greenhouse.responseError("""
                    {"api_call": "test_status", "errors": ["partner_status is 'complete' but partner_profile url is missing"],
                     "partner_test_id": "12345", "partner_test_name": "Personality Test", "partner_interview_id": "%s",
                     "candidate_email": "hpotter@hogwarts.edu"}""".formatted(interview));
            ack.then().statusCode(200).body("status", equalTo(200));
            assertThat(ack.<Map<String, Object>>path("$")).containsOnlyKeys("status");
            assertThat(log()).anySatisfy(e -> assertThat(e).containsEntry("operation", "response_error: test_status")
                    .containsEntry("outcome", "reported_error")
                    .satisfies(x -> assertThat((String) x.get("detail")).contains("partner_profile url is missing", interview)
                            .doesNotContain("hpotter")));
            greenhouse.responseError("{\"errors\": []}").then().statusCode(400);
        }
    }

    @Test
    void adminsConfigureTheConnectorAndNeverSeeItsKeyAgain() {
        String config = given().when().get("/api/v1/integrations/greenhouse").then().statusCode(200)
                .body("connector", equalTo("greenhouse")).body("enabled", equalTo(true))
                .body("inboundKey.hint", equalTo(key.substring(0, 8) + "…"))
                .body("endpoints.list_tests", equalTo(publicBaseUrl + "/integrations/greenhouse/list_tests"))
                .body("endpoints.send_test", equalTo(publicBaseUrl + "/integrations/greenhouse/send_test"))
                .body("endpoints.test_status", equalTo(publicBaseUrl + "/integrations/greenhouse/test_status"))
                .body("endpoints.response_error", equalTo(publicBaseUrl + "/integrations/greenhouse/response_error"))
                .body("ashbyApiKeySet", nullValue()).extract().asString();
        assertThat(config).doesNotContain(key);
        assertThat(key).startsWith("shc_").hasSizeLessThan(171);

        given().contentType("application/merge-patch+json").body("{\"packageIds\": [\"no-such-package\"]}")
                .when().patch("/api/v1/integrations/greenhouse").then().statusCode(422).body("errors[0].field", equalTo("packageIds[0]"));
        given().contentType("application/merge-patch+json").body("{\"ashbyApiKey\": \"abc\"}")
                .when().patch("/api/v1/integrations/greenhouse").then().statusCode(422).body("errors[0].field", equalTo("ashbyApiKey"));
        given().contentType("application/merge-patch+json").body("{\"packageIds\": [\"social-media-lead-participation\"]}")
                .when().patch("/api/v1/integrations/greenhouse").then().statusCode(200)
                .body("packageIds", equalTo(List.of("social-media-lead-participation")));
        String basic = "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes());
        given().header("Authorization", basic).when().get("/integrations/greenhouse/list_tests").then().statusCode(200)
                .body("partner_test_id", equalTo(List.of("social-media-lead-participation")));
        given().when().get("/api/v1/integrations/lever").then().statusCode(404);
        given().header("If-Match", "\"999\"").contentType("application/merge-patch+json").body("{\"enabled\": true}")
                .when().patch("/api/v1/integrations/greenhouse").then().statusCode(412);
    }
}
