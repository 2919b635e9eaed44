package io.socialhire.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.socialhire.common.ReportUrls;
import io.socialhire.common.SocialhireConfig;
import io.vertx.core.Vertx;
import jakarta.inject.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.hibernate.query.NativeQuery;
import org.jboss.logging.Logger;

/**
 * Sends pending webhook deliveries on the shared outbox loop ({@link OutboxWorker}: claim, lease,
 * send, record, retry on the Standard Webhooks schedule); after the tenth attempt the delivery has
 * failed and its endpoint is marked failing until a delivery to it succeeds again.
 *
 * <p>A 410 Gone disables the endpoint: its pending deliveries are held, not sent, and resume on their
 * schedule when an admin enables it again. Deliveries of a disabled endpoint are never claimed.
 *
 * <p>An {@code invitation.completed} event gets {@code data.reportUrl} as it is sent: the report
 * token is kept only sealed (see SecretBox), never in clear in the stored payload, so it is opened
 * and added here, the same on every attempt. Without a key or a sealed token the field is absent.
 */
@Singleton // no client proxy: the shared loop has no constructor without arguments
public class WebhookDispatcher extends OutboxWorker<WebhookDispatcher.Claimed> {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    /** The name of the dispatcher's worker pool, and the start of its thread's name. */
    public static final String THREAD = "webhook-dispatcher";

    private final EntityManager em;
    private final boolean allowPrivateNetwork;
    private final ReportUrls reportUrls;
    private final ObjectMapper mapper;

    public WebhookDispatcher(EntityManager em, Vertx vertx, TransactionSynchronizationRegistry transactions,
            SocialhireConfig config, ReportUrls reportUrls, ObjectMapper mapper) {
        super(THREAD, vertx, transactions, config);
        this.em = em;
        this.allowPrivateNetwork = config.webhooks().allowPrivateNetwork();
        this.reportUrls = reportUrls;
        this.mapper = mapper;
    }

    void schedule(@Observes StartupEvent started) {
        start();
    }

    void shutdown(@Observes ShutdownEvent stopping) {
        stop();
    }

    /** A claimed delivery with what sending it needs (the sealed report token of a completed invitation's event, or null). */
    record Claimed(UUID id, int attempts, UUID endpointId, String url, String secret, String previousSecret, UUID eventId,
            String body, byte[] reportTokenSealed) {
    }

    @Override
    @SuppressWarnings("unchecked")
    protected Claim<Claimed> claim() {
        // One row per claimed delivery, or a single row of nulls but the last column when none is due.
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> (List<Object[]>) em.createNativeQuery("""
                        WITH due AS (
                            SELECT d.id FROM webhook_delivery d JOIN webhook_endpoint ep ON ep.id = d.endpoint_id
                            WHERE d.status = 'pending' AND d.next_attempt_at <= now() AND ep.status <> 'disabled'
                            ORDER BY d.next_attempt_at LIMIT :batch FOR UPDATE OF d SKIP LOCKED),
                        claimed AS (
                            UPDATE webhook_delivery d SET next_attempt_at = now() + make_interval(secs => :lease)
                            FROM due WHERE d.id = due.id
                            RETURNING d.id, d.attempts, d.endpoint_id, d.event_id),
                        rest AS (
                            SELECT min(d.next_attempt_at) AS next_due FROM webhook_delivery d JOIN webhook_endpoint ep ON ep.id = d.endpoint_id
                            WHERE d.status = 'pending' AND ep.status <> 'disabled' AND d.id NOT IN (SELECT id FROM due))
                        SELECT c.id, c.attempts, c.endpoint_id, c.url, c.secret, c.previous_secret, c.event_id, c.body, c.report_token_sealed, rest.next_due
                        FROM rest LEFT JOIN (
                            SELECT claimed.id, claimed.attempts, ep.id AS endpoint_id, ep.url, ep.secret,
                                CASE WHEN ep.previous_secret_until > now() THEN ep.previous_secret END AS previous_secret,
                                ev.id AS event_id, CAST(ev.payload AS text) AS body, inv.report_token_sealed
                            FROM claimed JOIN webhook_endpoint ep ON ep.id = claimed.endpoint_id
                            JOIN webhook_event ev ON ev.id = claimed.event_id
                            LEFT JOIN LATERAL (SELECT i.report_token_sealed FROM invitation i
                                WHERE i.id = CASE WHEN ev.type = 'invitation.completed' THEN CAST(ev.payload -> 'data' ->> 'id' AS uuid) END
                            ) inv ON true) c ON true""")
                .setParameter("batch", BATCH).setParameter("lease", (double) lease.toSeconds()).getResultList());
        Instant nextDue = rows.isEmpty() || rows.get(0)[9] == null ? null : instant(rows.get(0)[9]);
        List<Claimed> claimed = rows.stream().filter(r -> r[0] != null)
                .map(r -> new Claimed((UUID) r[0], ((Number) r[1]).intValue(), (UUID) r[2], (String) r[3], (String) r[4], (String) r[5],
                        (UUID) r[6], (String) r[7], (byte[]) r[8]))
                .toList();
        return new Claim<>(claimed, nextDue);
    }

    /** The body to send: the stored payload, with the report URL of a completed invitation opened into data. */
    private String body(Claimed delivery) {
        Optional<String> reportUrl = reportUrls.ofSealed(delivery.reportTokenSealed());
        if (reportUrl.isEmpty()) {
            return delivery.body();
        }
        try {
            ObjectNode payload = (ObjectNode) mapper.readTree(delivery.body());
            ((ObjectNode) payload.get("data")).put("reportUrl", reportUrl.get());
            return mapper.writeValueAsString(payload);
        } catch (JsonProcessingException | ClassCastException | NullPointerException e) {
            throw new IllegalStateException("a stored event payload is not the JSON the outbox wrote", e);
        }
    }

    @Override
    protected CompletableFuture<Outcome> send(Claimed delivery) {
        Optional<String> refused = WebhookUrlPolicy.refusal(delivery.url(), allowPrivateNetwork);
        if (refused.isPresent()) {
            return CompletableFuture.completedFuture(Outcome.refused("URL refused: " + refused.get()));
        }
        long timestamp = Instant.now().getEpochSecond();
        String id = delivery.eventId().toString();
        String body = body(delivery);
        // During a rotation's overlap both secrets sign, space-separated, so a receiver holding either verifies.
        String signature = WebhookSignature.sign(delivery.secret(), id, timestamp, body)
                + (delivery.previousSecret() == null ? "" : " " + WebhookSignature.sign(delivery.previousSecret(), id, timestamp, body));
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(delivery.url())).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "socialhire-webhooks/1")
                    .header("webhook-id", id)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", signature)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(Outcome.refused("URL refused: " + e.getMessage()));
        }
        return exchange(request);
    }

    @Override
    protected void record(Claimed delivery, Outcome outcome) {
        Next next = next(delivery.attempts(), outcome);
        int attempts = next.attempts();
        String status = next.status();
        Instant now = next.attemptedAt();
        Instant nextAttempt = next.nextAttemptAt();
        String error = outcome.storedError();
        QuarkusTransaction.requiringNew().run(() -> {
            WebhookDelivery row = em.find(WebhookDelivery.class, delivery.id());
            if (row == null) {
                return; // its endpoint was deleted meanwhile
            }
            row.status = status;
            row.attempts = attempts;
            row.nextAttemptAt = nextAttempt;
            row.lastAttemptAt = now;
            row.lastResponseStatus = outcome.status();
            row.lastError = error;
            // A lease that ran out can let a second sender record the same attempt: the first record stands.
            // Typed binding: the status and error may be null.
            em.createNativeQuery("""
                            INSERT INTO webhook_delivery_attempt (delivery_id, attempt, attempted_at, latency_ms, response_status, error)
                            VALUES (:delivery, :attempt, :at, :latency, :status, :error) ON CONFLICT DO NOTHING""")
                    .unwrap(NativeQuery.class)
                    .setParameter("delivery", delivery.id()).setParameter("attempt", attempts).setParameter("at", now)
                    .setParameter("latency", (int) Math.min(Integer.MAX_VALUE, outcome.latencyMillis()))
                    .setParameter("status", outcome.status(), Integer.class).setParameter("error", error, String.class).executeUpdate();
            if (outcome.gone()) {
                markEndpoint(delivery.endpointId(), WebhookEndpoint.DISABLED,
                        "The endpoint answered 410 Gone to delivery " + delivery.id() + "; enable it again to resume sending.", now,
                        "status <> 'disabled'");
            } else if (outcome.succeeded()) {
                markEndpoint(delivery.endpointId(), WebhookEndpoint.ENABLED, null, null, "status = 'failing'");
            } else if (WebhookDelivery.FAILED.equals(status)) {
                markEndpoint(delivery.endpointId(), WebhookEndpoint.FAILING,
                        "Delivery " + delivery.id() + " failed after " + attempts + " attempts; the last: " + error, now,
                        "status = 'enabled'");
            }
        });
        if (!outcome.succeeded()) {
            LOG.debugf("Webhook delivery %s attempt %d failed: %s", delivery.id(), attempts, error);
        }
    }

    /** Moves the endpoint to the status when it is in one the condition allows; the version moves too, for ETags. */
    private void markEndpoint(UUID endpointId, String status, String reason, Instant since, String condition) {
        em.createNativeQuery("UPDATE webhook_endpoint SET status = :status, status_reason = :reason, status_since = :since,"
                        + " version = version + 1 WHERE id = :id AND " + condition)
                .unwrap(NativeQuery.class)
                .setParameter("status", status).setParameter("reason", reason == null ? null : reason.length() > MAX_ERROR
                        ? reason.substring(0, MAX_ERROR) : reason, String.class)
                .setParameter("since", since, Instant.class).setParameter("id", endpointId).executeUpdate();
    }
}
