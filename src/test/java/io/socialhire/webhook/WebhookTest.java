package io.socialhire.webhook;

import static io.restassured.RestAssured.given;
import static io.socialhire.webhook.WebhookApi.awaitDelivery;
import static io.socialhire.webhook.WebhookApi.deliveries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.socialhire.TestData;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Webhooks end to end: endpoints through the API, events from real writes, delivered to a receiver in the test. */
@QuarkusTest
class WebhookTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String ANSWER = "I moderate r/CommunityManager on Reddit and reply to new members' questions there every week.";

    private final ObjectMapper json = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Outbox outbox;

    @Inject
    WebhookDispatcher dispatcher;

    @ConfigProperty(name = "socialhire.public-base-url")
    String publicBaseUrl;

    @AfterEach
    void deleteEndpoints() {
        List<String> ids = given().when().get("/api/v1/webhook-endpoints").then().statusCode(200).extract().path("items.id");
        ids.forEach(id -> given().when().delete("/api/v1/webhook-endpoints/" + id).then().statusCode(204));
    }

    private static JsonPath createEndpoint(String url, String... eventTypes) {
        String types = eventTypes.length == 0 ? "" : ", \"eventTypes\": [\"" + String.join("\", \"", eventTypes) + "\"]";
        return given().contentType(ContentType.JSON).body("{\"url\": \"" + url + "\", \"description\": \"test receiver\"" + types + "}")
                .when().post("/api/v1/webhook-endpoints").then().statusCode(201)
                .header("Location", containsString("/api/v1/webhook-endpoints/")).extract().jsonPath();
    }

    private static String assess(String candidateId) {
        return given().contentType(ContentType.JSON).body("{\"answer\": \"" + ANSWER + "\"}")
                .when().post("/api/v1/candidates/" + candidateId + "/assessments").then().statusCode(201).extract().path("id");
    }

    @Inject
    io.socialhire.invitation.InvitationService invitations;

    @Test
    void aCompletedInvitationsEventCarriesItsReportUrlWhichIsNeverStoredInClear() throws Exception {
        try (Receiver receiver = new Receiver()) {
            String secret = createEndpoint(receiver.url(), "invitation.completed").getString("secret");
            String candidateId = TestData.createCandidate(TestData.candidate("Report Url Person", TestData.uniqueEmail()));
            JsonPath ordered = given().contentType(ContentType.JSON)
                    .body("{\"packageId\": \"community-manager-participation\", \"candidateId\": \"" + candidateId + "\"}")
                    .when().post("/api/v1/invitations").then().statusCode(201).extract().jsonPath();
            String candidateUrl = ordered.getString("candidateUrl");
            String reportUrl = ordered.getString("reportUrl");
            String reportToken = reportUrl.substring(reportUrl.lastIndexOf('/') + 1);
            invitations.submit(candidateUrl.substring(candidateUrl.lastIndexOf('/') + 1), ANSWER, List.of());

            Receiver.Received sent = receiver.next(WAIT);
            assertThat(sent.verifiedBy(secret)).as("signed over the body with the URL in it").isTrue();
            JsonNode data = read(sent.body()).path("data");
            assertThat(data.path("id").asText()).isEqualTo(ordered.getString("id"));
            assertThat(data.path("reportUrl").asText()).isEqualTo(reportUrl);
            given().redirects().follow(false).when().get(reportUrl.substring(reportUrl.indexOf("/r/"))).then().statusCode(200);

            // At rest: the event's payload has no report URL, and the invitation keeps the token only hashed and sealed.
            try (Connection c = dataSource.getConnection();
                    PreparedStatement event = c.prepareStatement("SELECT CAST(payload AS text) FROM webhook_event"
                            + " WHERE type = 'invitation.completed' AND payload -> 'data' ->> 'id' = ?");
                    PreparedStatement invitation = c.prepareStatement("SELECT report_token_sealed FROM invitation WHERE id = ?::uuid")) {
                event.setString(1, ordered.getString("id"));
                invitation.setString(1, ordered.getString("id"));
                try (ResultSet rs = event.executeQuery(); ResultSet inv = invitation.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).doesNotContain("reportUrl").doesNotContain(reportToken);
                    assertThat(inv.next()).isTrue();
                    byte[] sealed = inv.getBytes(1);
                    assertThat(sealed).isNotNull().hasSizeGreaterThan(12 + 16);
                    assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(reportToken);
                }
            }
        }
    }

    @Test
    void createdCandidateAndAssessmentArriveSignedWithThinPayloads() throws Exception {
        try (Receiver receiver = new Receiver()) {
            JsonPath endpoint = createEndpoint(receiver.url(), "candidate.created", "assessment.created");
            String secret = endpoint.getString("secret");
            assertThat(secret).matches("whsec_[A-Za-z0-9+/]{43}=");
            assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);

            String email = TestData.uniqueEmail();
            String candidateId = TestData.createCandidate(TestData.candidate("Webhook Person", email));
            String assessmentId = assess(candidateId);

            List<Receiver.Received> received = List.of(receiver.next(WAIT), receiver.next(WAIT));
            long now = Instant.now().getEpochSecond();
            List<String> eventIds = new ArrayList<>();
            for (Receiver.Received r : received) {
                assertThat(r.header("Content-Type")).isEqualTo("application/json");
                assertThat(r.header("User-Agent")).isEqualTo("socialhire-webhooks/1");
                assertThat(Long.parseLong(r.header("webhook-timestamp"))).isBetween(now - 60, now + 5);
                assertThat(r.header("webhook-signature")).isEqualTo(r.signatureBy(secret));
                assertThat(r.verifiedBy(secret)).as("the Standard Webhooks library accepts it").isTrue();
                assertThat(r.body()).doesNotContain(email).doesNotContain("Webhook Person");
                eventIds.add(r.header("webhook-id"));
            }
            JsonNode candidateEvent = received.stream().map(r -> read(r.body())).filter(b -> b.path("type").asText().equals("candidate.created"))
                    .findFirst().orElseThrow();
            JsonNode assessmentEvent = received.stream().map(r -> read(r.body())).filter(b -> b.path("type").asText().equals("assessment.created"))
                    .findFirst().orElseThrow();
            assertThat(candidateEvent.path("data").path("id").asText()).isEqualTo(candidateId);
            assertThat(candidateEvent.path("data").path("url").asText()).isEqualTo(publicBaseUrl + "/api/v1/candidates/" + candidateId);
            assertThat(Instant.parse(candidateEvent.path("timestamp").asText())).isBefore(Instant.now().plusSeconds(1));
            assertThat(assessmentEvent.path("data").path("id").asText()).isEqualTo(assessmentId);
            assertThat(assessmentEvent.path("data").path("candidateId").asText()).isEqualTo(candidateId);
            assertThat(assessmentEvent.path("data").path("url").asText()).isEqualTo(publicBaseUrl + "/api/v1/assessments/" + assessmentId);
            // The published link works.
            given().when().get(assessmentEvent.path("data").path("url").asText()).then().statusCode(200);

            String endpointId = endpoint.getString("id");
            awaitDelivery(endpointId, d -> d.get("eventType").equals("assessment.created") && d.get("status").equals("succeeded"));
            awaitDelivery(endpointId, d -> d.get("eventType").equals("candidate.created") && d.get("status").equals("succeeded"));
            List<Map<String, Object>> listed = deliveries(endpointId);
            assertThat(listed).extracting(d -> d.get("eventId")).containsExactlyInAnyOrderElementsOf(eventIds);
            assertThat(listed).allSatisfy(d -> {
                assertThat(d.get("attempts")).isEqualTo(1);
                assertThat(d.get("lastResponseStatus")).isEqualTo(200);
                assertThat(d).doesNotContainKeys("nextAttemptAt", "lastError");
            });
        }
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    @Test
    void aFailedAttemptIsRetriedWithTheSameWebhookId() throws Exception {
        try (Receiver receiver = new Receiver(500)) {
            String endpointId = createEndpoint(receiver.url(), "candidate.created").getString("id");
            TestData.createCandidate(TestData.candidate("Retried Person", TestData.uniqueEmail()));

            Receiver.Received first = receiver.next(WAIT);
            Map<String, Object> failed = awaitDelivery(endpointId, d -> d.get("attempts").equals(1));
            assertThat(failed).containsEntry("status", "pending").containsEntry("lastResponseStatus", 500)
                    .containsEntry("lastError", "HTTP 500").containsKey("nextAttemptAt");
            assertThat(Instant.parse((String) failed.get("nextAttemptAt")))
                    .isBetween(Instant.parse((String) failed.get("lastAttemptAt")).plusSeconds(4), Instant.now().plusSeconds(6));

            makeDue(endpointId);
            Receiver.Received second = receiver.next(WAIT);
            assertThat(second.header("webhook-id")).isEqualTo(first.header("webhook-id"));
            assertThat(second.body()).isEqualTo(first.body());
            Map<String, Object> succeeded = awaitDelivery(endpointId, d -> d.get("status").equals("succeeded"));
            assertThat(succeeded).containsEntry("attempts", 2).containsEntry("lastResponseStatus", 200).doesNotContainKey("lastError");
            // Every attempt is on record, as it went.
            List<Map<String, Object>> history = history(succeeded);
            assertThat(history).extracting(a -> a.get("attempt")).containsExactly(1, 2);
            assertThat(history.get(0)).containsEntry("responseStatus", 500).containsEntry("error", "HTTP 500")
                    .containsEntry("attemptedAt", failed.get("lastAttemptAt"));
            assertThat(history.get(1)).containsEntry("responseStatus", 200).doesNotContainKey("error");
            assertThat(history).allSatisfy(a -> assertThat((Integer) a.get("latencyMs")).isBetween(0, 2000));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> history(Map<String, Object> delivery) {
        return (List<Map<String, Object>>) delivery.get("history");
    }

    private void makeDue(String endpointId) throws SQLException {
        update("UPDATE webhook_delivery SET next_attempt_at = now() WHERE endpoint_id = ?", endpointId);
    }

    private void update(String sql, String endpointId) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, UUID.fromString(endpointId));
            assertThat(s.executeUpdate()).isPositive();
        }
        dispatcher.wake(); // as a commit through the application would
    }

    @Test
    void afterTheLastRetryADeliveryFailsAndCanBeRetriedByHand() throws Exception {
        try (Receiver receiver = new Receiver(503, 503)) {
            String endpointId = createEndpoint(receiver.url(), "candidate.created").getString("id");
            TestData.createCandidate(TestData.candidate("Failing Person", TestData.uniqueEmail()));
            receiver.next(WAIT);
            awaitDelivery(endpointId, d -> d.get("attempts").equals(1));

            // Nine attempts behind it: the tenth is the last.
            update("UPDATE webhook_delivery SET attempts = 9, next_attempt_at = now() WHERE endpoint_id = ?", endpointId);
            receiver.next(WAIT);
            Map<String, Object> failed = awaitDelivery(endpointId, d -> d.get("status").equals("failed"));
            assertThat(failed).containsEntry("attempts", 10).containsEntry("lastResponseStatus", 503).doesNotContainKey("nextAttemptAt");
            given().when().get("/api/v1/webhook-endpoints/" + endpointId).then().statusCode(200)
                    .body("status", equalTo("failing")).body("statusReason", containsString("failed after 10 attempts"))
                    .body("statusReason", containsString("HTTP 503")).body("statusSince", notNullValue());
            given().queryParam("status", "failed").when().get("/api/v1/webhook-endpoints/" + endpointId + "/deliveries").then()
                    .statusCode(200).body("items", hasSize(1));
            given().queryParam("status", "pending").when().get("/api/v1/webhook-endpoints/" + endpointId + "/deliveries").then()
                    .statusCode(200).body("items", hasSize(0));

            String deliveryId = (String) failed.get("id");
            given().when().post("/api/v1/webhook-endpoints/" + endpointId + "/deliveries/" + deliveryId + "/retry").then()
                    .statusCode(202).body("status", equalTo("pending")).body("nextAttemptAt", notNullValue());
            receiver.next(WAIT);
            awaitDelivery(endpointId, d -> d.get("status").equals("succeeded") && d.get("attempts").equals(11));
            // A success clears the failing mark.
            given().when().get("/api/v1/webhook-endpoints/" + endpointId).then().statusCode(200)
                    .body("status", equalTo("enabled")).body("statusReason", nullValue()).body("statusSince", nullValue());

            given().when().post("/api/v1/webhook-endpoints/" + endpointId + "/deliveries/" + deliveryId + "/retry").then()
                    .statusCode(422).body("detail", containsString("already succeeded"));
            given().when().post("/api/v1/webhook-endpoints/" + endpointId + "/deliveries/" + UUID.randomUUID() + "/retry").then()
                    .statusCode(404);
        }
    }

    @Test
    void aWriteThatRollsBackPublishesNothing() throws Exception {
        try (Receiver receiver = new Receiver()) {
            String endpointId = createEndpoint(receiver.url()).getString("id");
            String body = TestData.candidate("Only Once", TestData.uniqueEmail());
            TestData.createCandidate(body);
            TestData.create(body).then().statusCode(409);
            receiver.next(WAIT);
            awaitDelivery(endpointId, d -> d.get("status").equals("succeeded"));
            assertThat(deliveries(endpointId)).hasSize(1);
            assertThat(receiver.drain()).isEmpty();
        }

        // Published inside a transaction that then rolls back: neither the event nor a delivery remains.
        List<UUID> published = new ArrayList<>();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            published.add(outbox.publish(EventTypes.CANDIDATE_ERASED, Map.of("id", UUID.randomUUID())));
            throw new IllegalStateException("the write failed after publishing");
        })).satisfies(e -> assertThat(e + " " + e.getCause()).contains("the write failed after publishing"));
        assertThat(published).hasSize(1);
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT (SELECT count(*) FROM webhook_event WHERE id = ?)"
                        + " + (SELECT count(*) FROM webhook_delivery WHERE event_id = ?)")) {
            q.setObject(1, published.get(0));
            q.setObject(2, published.get(0));
            try (ResultSet r = q.executeQuery()) {
                r.next();
                assertThat(r.getLong(1)).isZero();
            }
        }
        // And outside a transaction the outbox refuses to publish at all.
        assertThatThrownBy(() -> outbox.publish(EventTypes.CANDIDATE_ERASED, Map.of("id", UUID.randomUUID())))
                .isInstanceOf(TransactionalException.class);
    }

    @Test
    void endpointsGetOnlyTheEventTypesTheyAskFor() throws Exception {
        try (Receiver receiver = new Receiver()) {
            String assessmentsOnly = createEndpoint(receiver.url(), "assessment.created", "assessment.reviewed").getString("id");
            String everything = createEndpoint(receiver.url()).getString("id");
            String candidateId = TestData.createCandidate(TestData.candidate("Filtered Person", TestData.uniqueEmail()));
            String assessmentId = assess(candidateId);
            JsonPath review = given().contentType(ContentType.JSON).body("{\"reviewer\": \"Filter Reviewer\"}")
                    .when().post("/api/v1/assessments/" + assessmentId + "/reviews").then().statusCode(201).extract().jsonPath();
            given().when().delete("/api/v1/candidates/" + candidateId).then().statusCode(204);

            assertThat(deliveries(assessmentsOnly)).extracting(d -> d.get("eventType"))
                    .containsExactly("assessment.reviewed", "assessment.created");
            assertThat(deliveries(everything)).extracting(d -> d.get("eventType"))
                    .containsExactly("candidate.erased", "assessment.reviewed", "assessment.created", "candidate.created");
            awaitDelivery(everything, d -> d.get("eventType").equals("assessment.reviewed") && d.get("status").equals("succeeded"));
            awaitDelivery(everything, d -> d.get("eventType").equals("candidate.erased") && d.get("status").equals("succeeded"));
            List<String> bodies = receiver.drain().stream().map(Receiver.Received::body).toList();
            String erased = bodies.stream().filter(b -> b.contains("candidate.erased")).findFirst().orElseThrow();
            assertThat(read(erased).path("data").path("id").asText()).isEqualTo(candidateId);
            assertThat(read(erased).path("data").has("url")).as("nothing is left to link to").isFalse();

            // The review's event carries the final result as values and ids, never the reviewer or a note.
            JsonNode reviewed = read(bodies.stream().filter(b -> b.contains("assessment.reviewed")).findFirst().orElseThrow()).path("data");
            assertThat(reviewed.path("assessmentId").asText()).isEqualTo(assessmentId);
            assertThat(reviewed.path("candidateId").asText()).isEqualTo(candidateId);
            assertThat(reviewed.path("status").asText()).isEqualTo("reviewed");
            assertThat(reviewed.path("id").asText()).isEqualTo(review.getString("id"));
            assertThat(reviewed.path("rating").asInt()).isEqualTo(review.getInt("rating")).isBetween(1, 5);
            assertThat(reviewed.path("recommendation").asText()).isEqualTo(review.getString("recommendation"));
            assertThat(reviewed.path("url").asText()).isEqualTo(publicBaseUrl + "/api/v1/assessments/" + assessmentId + "/reviews");
            assertThat(reviewed.toString()).doesNotContain("Filter Reviewer");
        }
    }

    @Test
    void deliveriesAreListedNewestFirstInPages() throws Exception {
        try (Receiver receiver = new Receiver()) {
            String endpointId = createEndpoint(receiver.url(), "candidate.created").getString("id");
            for (int i = 0; i < 3; i++) {
                TestData.createCandidate(TestData.candidate("Paged Person", TestData.uniqueEmail()));
            }
            String path = "/api/v1/webhook-endpoints/" + endpointId + "/deliveries";
            var first = given().queryParam("limit", 2).when().get(path).then().statusCode(200)
                    .body("items", hasSize(2)).body("nextCursor", notNullValue())
                    .header("Link", containsString("rel=\"next\"")).extract();
            List<String> created = new ArrayList<>(first.path("items.createdAt"));
            given().queryParam("limit", 2).queryParam("cursor", first.<String>path("nextCursor")).when().get(path).then()
                    .statusCode(200).body("items", hasSize(1)).body("nextCursor", nullValue())
                    .body("items[0].id", not(equalTo(first.path("items[1].id"))));
            assertThat(Instant.parse(created.get(0))).isAfterOrEqualTo(Instant.parse(created.get(1)));

            given().queryParam("status", "lost").when().get(path).then().statusCode(400).body("errors[0].field", equalTo("status"));
            given().when().get("/api/v1/webhook-endpoints/" + UUID.randomUUID() + "/deliveries").then().statusCode(404);
        }
    }

    @Test
    void badEndpointsAreRefusedNamingTheField() {
        given().contentType(ContentType.JSON).body("{\"url\": \"https://example.com/h\", \"eventTypes\": [\"candidate.created\", \"candidate.hired\"]}")
                .when().post("/api/v1/webhook-endpoints").then().statusCode(400)
                .body("errors[0].field", equalTo("eventTypes[1]"))
                .body("errors[0].message", containsString("candidate.created, candidate.updated, candidate.erased, assessment.created, assessment.reviewed"));
        for (String url : List.of("ftp://example.com/h", "not a url", "https://", "https://user:pw@example.com/h")) {
            given().contentType(ContentType.JSON).body("{\"url\": \"" + url + "\"}").when().post("/api/v1/webhook-endpoints").then()
                    .statusCode(400).body("errors[0].field", equalTo("url"));
        }
        given().contentType(ContentType.JSON).body("{\"description\": \"no url\"}").when().post("/api/v1/webhook-endpoints").then()
                .statusCode(400).body("errors[0].field", equalTo("url"));
        given().when().get("/api/v1/webhook-endpoints/" + UUID.randomUUID()).then().statusCode(404);
        given().when().delete("/api/v1/webhook-endpoints/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void theSecretIsShownOnceAndNeverLogged() throws Exception {
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
                if (record.getThrown() != null) {
                    logged.add(String.valueOf(record.getThrown()));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        Logger app = Logger.getLogger("io.socialhire");
        Level before = app.getLevel();
        root.addHandler(capture);
        app.setLevel(Level.ALL);
        try (Receiver receiver = new Receiver(500)) {
            JsonPath created = createEndpoint(receiver.url(), "candidate.created");
            String secret = created.getString("secret");
            String id = created.getString("id");
            String keyPart = secret.substring(6);
            TestData.createCandidate(TestData.candidate("Secret Keeper", TestData.uniqueEmail()));
            receiver.next(WAIT);
            awaitDelivery(id, d -> d.get("attempts").equals(1));

            given().when().get("/api/v1/webhook-endpoints").then().statusCode(200)
                    .body("items.find { it.id == '" + id + "' }.url", equalTo(receiver.url()))
                    .body(not(containsString(keyPart))).body(not(containsString("secret")));
            given().when().get("/api/v1/webhook-endpoints/" + id).then().statusCode(200)
                    .body("description", equalTo("test receiver")).body("eventTypes", hasSize(1))
                    .body(not(containsString(keyPart))).body(not(containsString("secret")));
            given().when().get("/api/v1/audit-events?entityId=" + id).then().statusCode(200)
                    .body("items[0].action", equalTo("webhook_endpoint.created")).body(not(containsString(keyPart)));
            assertThat(logged).as("log messages").isNotEmpty().noneMatch(m -> m != null && m.contains(keyPart));
        } finally {
            root.removeHandler(capture);
            app.setLevel(before);
        }
    }
}
