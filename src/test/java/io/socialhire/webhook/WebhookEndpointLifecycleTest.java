package io.socialhire.webhook;

import static io.restassured.RestAssured.given;
import static io.socialhire.webhook.WebhookApi.awaitDelivery;
import static io.socialhire.webhook.WebhookApi.deliveries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.socialhire.TestData;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Endpoints over their life: disabled and enabled, secrets rotated, test pings, and what receivers answer. */
@QuarkusTest
class WebhookEndpointLifecycleTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String PATH = "/api/v1/webhook-endpoints/";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    WebhookDispatcher dispatcher;

    @AfterEach
    void deleteEndpoints() {
        List<String> ids = given().when().get("/api/v1/webhook-endpoints").then().statusCode(200).extract().path("items.id");
        ids.forEach(id -> given().when().delete(PATH + id).then().statusCode(204));
    }

    private static JsonPath createEndpoint(String url, String... eventTypes) {
        String types = eventTypes.length == 0 ? "" : ", \"eventTypes\": [\"" + String.join("\", \"", eventTypes) + "\"]";
        return given().contentType(ContentType.JSON).body("{\"url\": \"" + url + "\"" + types + "}")
                .when().post("/api/v1/webhook-endpoints").then().statusCode(201).body("status", equalTo("enabled"))
                .extract().jsonPath();
    }

    private static JsonPath endpoint(String id) {
        return given().when().get(PATH + id).then().statusCode(200).extract().jsonPath();
    }

    private static String ping(String endpointId) {
        return given().when().post(PATH + endpointId + "/test").then().statusCode(202)
                .body("eventType", equalTo("webhook.test")).body("status", equalTo("pending")).extract().path("id");
    }

    private void sql(String statement, String endpointId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            s.setObject(1, UUID.fromString(endpointId));
            assertThat(s.executeUpdate()).isPositive();
        }
        dispatcher.wake();
    }

    @Test
    void aTestPingGoesToThatEndpointAloneSigned() throws Exception {
        try (Receiver receiver = new Receiver(); Receiver other = new Receiver()) {
            JsonPath created = createEndpoint(receiver.url(), "assessment.created");
            String id = created.getString("id");
            createEndpoint(other.url());
            String deliveryId = ping(id);

            Receiver.Received r = receiver.next(WAIT);
            assertThat(r.verifiedBy(created.getString("secret"))).isTrue();
            assertThat(r.header("webhook-signature")).doesNotContain(" ");
            JsonPath body = new JsonPath(r.body());
            assertThat(body.getString("type")).isEqualTo("webhook.test");
            assertThat(body.getString("data.endpointId")).isEqualTo(id);
            assertThat(body.getString("data.url")).endsWith(PATH + id);
            Map<String, Object> delivered = awaitDelivery(id, d -> d.get("id").equals(deliveryId) && d.get("status").equals("succeeded"));
            assertThat(delivered).containsEntry("eventId", r.header("webhook-id"));
            Thread.sleep(1500);
            // Other events may reach it meanwhile (the expiry job runs in the background); no test ping may.
            assertThat(other.drain()).as("the other endpoint takes every type, yet is not pinged")
                    .noneMatch(received -> received.body().contains("\"webhook.test\""));

            given().when().post(PATH + UUID.randomUUID() + "/test").then().statusCode(404);
        }
    }

    @Test
    void aDisabledEndpointGetsNothingUntilEnabledAgain() throws Exception {
        try (Receiver receiver = new Receiver(500)) {
            String id = createEndpoint(receiver.url(), "candidate.created").getString("id");
            TestData.createCandidate(TestData.candidate("Held Person", TestData.uniqueEmail()));
            receiver.next(WAIT);
            awaitDelivery(id, d -> d.get("attempts").equals(1));

            var read = given().when().get(PATH + id).then().statusCode(200).header("ETag", notNullValue()).extract();
            String etag = read.header("ETag");
            given().contentType("application/merge-patch+json").header("If-Match", etag).body("{\"enabled\": false}")
                    .when().patch(PATH + id).then().statusCode(200)
                    .body("status", equalTo("disabled")).body("statusReason", equalTo("Disabled by an admin."))
                    .body("statusSince", notNullValue()).header("ETag", org.hamcrest.Matchers.not(equalTo(etag)));
            // A stale ETag is refused and changes nothing.
            given().contentType("application/merge-patch+json").header("If-Match", etag).body("{\"description\": \"late\"}")
                    .when().patch(PATH + id).then().statusCode(412);
            assertThat(endpoint(id).getString("description")).isNull();

            // No new deliveries, and the pending one is held even when due.
            TestData.createCandidate(TestData.candidate("Unheard Person", TestData.uniqueEmail()));
            sql("UPDATE webhook_delivery SET next_attempt_at = now() WHERE endpoint_id = ?", id);
            given().when().post(PATH + id + "/test").then().statusCode(422).body("detail", containsString("disabled"));
            given().when().post(PATH + id + "/deliveries/" + deliveries(id).get(0).get("id") + "/retry").then().statusCode(422)
                    .body("detail", containsString("disabled"));
            Thread.sleep(2500);
            assertThat(receiver.drain()).isEmpty();
            assertThat(deliveries(id)).singleElement().satisfies(d -> assertThat(d).containsEntry("status", "pending")
                    .containsEntry("attempts", 1));

            given().contentType("application/merge-patch+json").body("{\"enabled\": true}").when().patch(PATH + id).then()
                    .statusCode(200).body("status", equalTo("enabled")).body("statusReason", nullValue());
            receiver.next(WAIT);
            awaitDelivery(id, d -> d.get("status").equals("succeeded") && d.get("attempts").equals(2));
            assertThat(deliveries(id)).hasSize(1);
        }
    }

    @Test
    void anEndpointCanTakeEveryTypeByName() {
        JsonPath created = createEndpoint("http://127.0.0.1:9/all", EventTypes.ALL.toArray(String[]::new));
        assertThat(created.getList("eventTypes", String.class)).containsExactlyElementsOf(EventTypes.ALL);
    }

    @Test
    void patchChangesTheFieldsItNamesAndRefusesBadOnes() {
        String id = createEndpoint("http://127.0.0.1:9/hooks", "candidate.created").getString("id");
        given().contentType("application/merge-patch+json")
                .body("{\"url\": \"http://127.0.0.1:9/v2\", \"description\": \"moved\", \"eventTypes\": null}")
                .when().patch(PATH + id).then().statusCode(200)
                .body("url", equalTo("http://127.0.0.1:9/v2")).body("description", equalTo("moved"))
                .body("eventTypes", org.hamcrest.Matchers.empty()).body("version", equalTo(1));
        for (String[] bad : new String[][] {{"{\"url\": \"ftp://example.com/h\"}", "url"}, {"{\"url\": null}", "url"},
                {"{\"eventTypes\": [\"candidate.hired\"]}", "eventTypes[0]"}, {"{\"enabled\": \"yes\"}", "enabled"},
                {"{\"description\": \"" + "x".repeat(201) + "\"}", "description"}}) {
            given().contentType("application/merge-patch+json").body(bad[0]).when().patch(PATH + id).then()
                    .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo(bad[1]));
        }
        JsonPath after = endpoint(id);
        assertThat(after.getString("url")).isEqualTo("http://127.0.0.1:9/v2");
        assertThat(after.getInt("version")).isEqualTo(1);
        given().contentType("application/merge-patch+json").body("{\"enabled\": false}").when().patch(PATH + UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void concurrentPatchesWithTheSameETagLeaveOneWinner() throws Exception {
        String id = createEndpoint("http://127.0.0.1:9/hooks").getString("id");
        String etag = given().when().get(PATH + id).then().statusCode(200).extract().header("ETag");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String description = "writer " + i;
                answers.add(pool.submit(() -> given().contentType("application/merge-patch+json").header("If-Match", etag)
                        .body("{\"description\": \"" + description + "\"}").when().patch(PATH + id).then().extract().statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(30, TimeUnit.SECONDS));
            }
            assertThat(statuses).containsOnly(200, 412).filteredOn(s -> s == 200).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        JsonPath after = endpoint(id);
        assertThat(after.getInt("version")).isEqualTo(1);
        assertThat(after.getString("description")).startsWith("writer ");
    }

    @Test
    void duringARotationBothSecretsSignAndAfterItOnlyTheNewOne() throws Exception {
        try (Receiver receiver = new Receiver()) {
            JsonPath created = createEndpoint(receiver.url());
            String id = created.getString("id");
            String oldSecret = created.getString("secret");

            JsonPath rotated = given().contentType(ContentType.JSON).body("{\"overlapSeconds\": 3600}")
                    .when().post(PATH + id + "/rotate-secret").then().statusCode(200).extract().jsonPath();
            String newSecret = rotated.getString("secret");
            assertThat(newSecret).matches("whsec_[A-Za-z0-9+/]{43}=").isNotEqualTo(oldSecret);
            assertThat(Instant.parse(rotated.getString("previousSecretValidUntil")))
                    .isBetween(Instant.now().plusSeconds(3590), Instant.now().plusSeconds(3610));
            assertThat(endpoint(id).getString("previousSecretValidUntil")).isEqualTo(rotated.getString("previousSecretValidUntil"));

            ping(id);
            Receiver.Received during = receiver.next(WAIT);
            assertThat(during.header("webhook-signature").split(" ")).hasSize(2)
                    .containsExactly(during.signatureBy(newSecret), during.signatureBy(oldSecret));
            assertThat(during.verifiedBy(oldSecret)).isTrue();
            assertThat(during.verifiedBy(newSecret)).isTrue();

            // The overlap ends: only the new secret signs.
            sql("UPDATE webhook_endpoint SET previous_secret_until = now() - interval '1 second' WHERE id = ?", id);
            ping(id);
            Receiver.Received after = receiver.next(WAIT);
            assertThat(after.header("webhook-signature")).isEqualTo(after.signatureBy(newSecret));
            assertThat(after.verifiedBy(oldSecret)).isFalse();
            assertThat(endpoint(id).getString("previousSecretValidUntil")).isNull();

            // Overlap 0: the old secret stops at once.
            String newest = given().contentType(ContentType.JSON).body("{\"overlapSeconds\": 0}")
                    .when().post(PATH + id + "/rotate-secret").then().statusCode(200)
                    .body("previousSecretValidUntil", nullValue()).extract().path("secret");
            ping(id);
            Receiver.Received immediate = receiver.next(WAIT);
            assertThat(immediate.header("webhook-signature")).isEqualTo(immediate.signatureBy(newest));

            // Without a body: a 24 h overlap.
            given().contentType(ContentType.JSON).when().post(PATH + id + "/rotate-secret").then().statusCode(200)
                    .body("previousSecretValidUntil", notNullValue());
            for (String bad : List.of("{\"overlapSeconds\": -1}", "{\"overlapSeconds\": 604801}", "{\"overlapSeconds\": \"1h\"}")) {
                given().contentType(ContentType.JSON).body(bad).when().post(PATH + id + "/rotate-secret").then()
                        .statusCode(400).body("errors[0].field", containsString("overlapSeconds"));
            }
            given().contentType(ContentType.JSON).when().post(PATH + UUID.randomUUID() + "/rotate-secret").then().statusCode(404);
            given().when().get("/api/v1/audit-events?entityId=" + id).then().statusCode(200)
                    .body(org.hamcrest.Matchers.not(containsString(newest.substring(6))))
                    .body("items.action", org.hamcrest.Matchers.hasItem("webhook_endpoint.secret_rotated"));
        }
    }

    @Test
    void a410DisablesTheEndpoint() throws Exception {
        try (Receiver receiver = new Receiver(410)) {
            String id = createEndpoint(receiver.url()).getString("id");
            ping(id);
            receiver.next(WAIT);
            awaitDelivery(id, d -> d.get("attempts").equals(1));
            JsonPath disabled = endpoint(id);
            assertThat(disabled.getString("status")).isEqualTo("disabled");
            assertThat(disabled.getString("statusReason")).contains("410 Gone");
            assertThat(deliveries(id)).singleElement().satisfies(d -> assertThat(d).containsEntry("status", "pending")
                    .containsEntry("lastResponseStatus", 410));
            // Held, even when due.
            sql("UPDATE webhook_delivery SET next_attempt_at = now() WHERE endpoint_id = ?", id);
            Thread.sleep(2500);
            assertThat(receiver.drain()).isEmpty();
        }
    }

    @Test
    void aReceiverThatDoesNotAnswerInTimeFailsTheAttemptAndIsRetried() throws Exception {
        // Tests set socialhire.webhooks.timeout=2s.
        try (Receiver receiver = Receiver.replying(new Receiver.Reply(200, Map.of(), Duration.ofSeconds(5)))) {
            // A type nothing raises in the background, so the ping and its retry are all this receiver gets.
            String id = createEndpoint(receiver.url(), "candidate.erased").getString("id");
            ping(id);
            Receiver.Received first = receiver.next(WAIT);
            Map<String, Object> failed = awaitDelivery(id, d -> d.get("attempts").equals(1));
            assertThat(failed).containsEntry("status", "pending").containsEntry("lastError", "timed out after 2000 ms")
                    .doesNotContainKey("lastResponseStatus");
            @SuppressWarnings("unchecked")
            Map<String, Object> attempt = ((List<Map<String, Object>>) failed.get("history")).get(0);
            assertThat(attempt).doesNotContainKey("responseStatus").containsEntry("error", "timed out after 2000 ms");
            assertThat((Integer) attempt.get("latencyMs")).isBetween(1900, 4900);
            // A timeout is retried like any failure: first 5 s later (up to a tenth more), with the same webhook-id.
            Duration wait = Duration.between(Instant.parse((String) failed.get("lastAttemptAt")), Instant.parse((String) failed.get("nextAttemptAt")));
            assertThat(wait).isBetween(Duration.ofSeconds(5), Duration.ofMillis(5500));
            Receiver.Received second = receiver.next(WAIT);
            assertThat(second.header("webhook-id")).isEqualTo(first.header("webhook-id"));
            assertThat(awaitDelivery(id, d -> d.get("status").equals("succeeded"))).containsEntry("attempts", 2)
                    .containsEntry("lastResponseStatus", 200);
        }
    }

    @Test
    void anAnswerIsRecordedAsItArrivesNotAfterTheSlowestOfItsBatch() throws Exception {
        // Tests set socialhire.webhooks.timeout=2s: the slow receiver answers within it, 1.8 s after the fast one.
        try (Receiver slow = Receiver.replying(new Receiver.Reply(204, Map.of(), Duration.ofMillis(1800)));
                Receiver fast = Receiver.replying(Receiver.Reply.status(204))) {
            String slowId = createEndpoint(slow.url(), "candidate.erased").getString("id");
            String fastId = createEndpoint(fast.url(), "candidate.erased").getString("id");
            String candidateId = TestData.createCandidate(TestData.candidate("Erased Person", TestData.uniqueEmail()));
            // One commit queues both deliveries, so one claim takes them together.
            given().when().delete("/api/v1/candidates/" + candidateId).then().statusCode(204);
            awaitDelivery(fastId, d -> d.get("status").equals("succeeded"));
            assertThat(deliveries(slowId)).as("the slow receiver's delivery is still unanswered").singleElement()
                    .satisfies(d -> assertThat(d).containsEntry("status", "pending").containsEntry("attempts", 0));
            assertThat(awaitDelivery(slowId, d -> d.get("status").equals("succeeded"))).containsEntry("attempts", 1);
        }
    }

    @Test
    void retryAfterPutsTheNextAttemptLater() throws Exception {
        try (Receiver receiver = Receiver.replying(new Receiver.Reply(503, Map.of("Retry-After", "120"), Duration.ZERO),
                new Receiver.Reply(429, Map.of("Retry-After", "1"), Duration.ZERO))) {
            String id = createEndpoint(receiver.url()).getString("id");
            ping(id);
            receiver.next(WAIT);
            Map<String, Object> first = awaitDelivery(id, d -> d.get("attempts").equals(1));
            Duration wait = Duration.between(Instant.parse((String) first.get("lastAttemptAt")), Instant.parse((String) first.get("nextAttemptAt")));
            assertThat(wait).isBetween(Duration.ofSeconds(120), Duration.ofSeconds(121));

            // A Retry-After sooner than the schedule does not bring the attempt forward.
            sql("UPDATE webhook_delivery SET next_attempt_at = now() WHERE endpoint_id = ?", id);
            receiver.next(WAIT);
            Map<String, Object> second = awaitDelivery(id, d -> d.get("attempts").equals(2));
            Duration scheduled = Duration.between(Instant.parse((String) second.get("lastAttemptAt")),
                    Instant.parse((String) second.get("nextAttemptAt")));
            assertThat(scheduled).isBetween(Duration.ofMinutes(5), Duration.ofMinutes(5).plusSeconds(31));
        }
    }
}
