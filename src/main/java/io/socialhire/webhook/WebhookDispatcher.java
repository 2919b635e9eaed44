package io.socialhire.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.socialhire.common.Background;
import io.socialhire.common.DueLoop;
import io.socialhire.common.SocialhireConfig;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.hibernate.query.NativeQuery;
import org.jboss.logging.Logger;

/**
 * Sends pending deliveries, every second: claims up to 20 due ones at a time in a short transaction (a
 * 60-second lease, so another instance or a crash never loses one and two instances never send the
 * same at once), sends them outside any transaction, then records each attempt and its result in
 * another short transaction. A 2xx succeeds; anything else is retried on the Standard Webhooks
 * schedule (5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h after the attempt before, each
 * stretched by up to a tenth at random so a receiver that comes back is not hit by every retry at
 * once); after the tenth attempt the delivery has failed and its endpoint is marked failing until a
 * delivery to it succeeds again.
 *
 * <p>A {@code Retry-After} (seconds or an HTTP date) moves the next attempt later, never sooner than
 * the schedule, and by at most 24 hours. A 410 Gone disables the endpoint: its pending deliveries are
 * held, not sent, and resume on their schedule when an admin enables it again. Deliveries of a
 * disabled endpoint are never claimed.
 *
 * <p>The database is asked only when something may be due: at the earliest pending attempt it knows
 * of, at once after a commit that added deliveries ({@link #wakeAfterCommit()}), and at least once a
 * minute for deliveries other instances added or left behind. An idle service issues no statement
 * on most ticks. While batches come back full, a run claims the next at once, for up to a tick, so a
 * backlog drains as fast as receivers answer rather than 20 a second.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    /** The wait before each retry: after the first attempt 5 s, ..., after the ninth 24 h; the tenth is the last. */
    static final List<Duration> RETRIES = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(30),
            Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(14), Duration.ofHours(20),
            Duration.ofHours(24));
    /** The latest a Retry-After can put the next attempt: a receiver cannot park a delivery for ever. */
    static final Duration MAX_RETRY_AFTER = Duration.ofHours(24);
    static final int BATCH = 20;
    static final Duration LEASE = Duration.ofSeconds(60);
    static final int MAX_ERROR = 500;
    /** The name of the dispatcher's worker pool, and the start of its thread's name. */
    public static final String THREAD = "webhook-dispatcher";
    /** The longest the dispatcher goes without looking, whatever it knows. */
    static final Duration IDLE_CHECK = Duration.ofSeconds(60);
    /** How often the timer looks, and the longest one run keeps claiming full batches. */
    static final Duration TICK = Duration.ofSeconds(1);

    private final EntityManager em;
    private final Vertx vertx;
    private final boolean allowPrivateNetwork;
    private final Duration timeout;
    private final HttpClient http;
    private final DueLoop loop = new DueLoop(THREAD, TICK);
    private final TransactionSynchronizationRegistry transactions;

    public WebhookDispatcher(EntityManager em, Vertx vertx, TransactionSynchronizationRegistry transactions,
            SocialhireConfig config) {
        this.em = em;
        this.transactions = transactions;
        this.vertx = vertx;
        this.allowPrivateNetwork = config.webhooks().allowPrivateNetwork();
        this.timeout = config.webhooks().timeout();
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    void schedule(@Observes StartupEvent started) {
        loop.start(vertx, this::dispatchDue);
    }

    void stop(@Observes ShutdownEvent stopping) {
        loop.stop(vertx);
    }

    /** Look at the next tick: deliveries were added or made due. */
    public void wake() {
        loop.wake();
    }

    /** Wakes the dispatcher once the current transaction commits, when what it wrote can be claimed. */
    public void wakeAfterCommit() {
        Background.afterCommit(transactions, this::wake);
    }

    private void checkBy(Instant time) {
        loop.checkBy(time);
    }

    /** A claimed delivery with what sending it needs. */
    record Claimed(UUID id, int attempts, UUID endpointId, String url, String secret, String previousSecret, UUID eventId,
            String body) {
    }

    /** The deliveries claimed, and the earliest attempt due among the pending ones left (null: none). */
    record Claim(List<Claimed> deliveries, Instant nextDue) {
    }

    /**
     * The outcome of one attempt: a response status, or an error when there was no response; how long
     * it took, and the wait the receiver asked for with Retry-After (null: none).
     */
    record Outcome(Integer status, String error, long latencyMillis, Duration retryAfter) {
        static Outcome refused(String error) {
            return new Outcome(null, error, 0, null);
        }

        boolean succeeded() {
            return status != null && status >= 200 && status < 300;
        }

        boolean gone() {
            return status != null && status == 410;
        }
    }

    /** Sends the due deliveries, at most one run at a time; returns how many were attempted. */
    public int dispatchDue() {
        return loop.runAlone(() -> {
            long until = System.nanoTime() + TICK.toNanos();
            int attempted = 0;
            int batch;
            do {
                batch = dispatchBatch();
                attempted += batch;
            } while (batch == BATCH && System.nanoTime() < until); // a full batch left wake() set: the next tick goes on
            return attempted;
        });
    }

    /** Claims, sends and records one batch; returns its size. */
    private int dispatchBatch() {
        // Set before claiming: a wake from a commit after this point is kept, and one before it is claimed now.
        loop.lookAgainBy(Instant.now().plus(IDLE_CHECK));
        try {
            Claim claim = claim();
            if (claim.nextDue() != null) {
                checkBy(claim.nextDue());
            }
            List<Claimed> claimed = claim.deliveries();
            if (claimed.size() == BATCH) {
                wake(); // more may be due
            }
            List<CompletableFuture<Outcome>> sent = claimed.stream().map(this::send).toList();
            for (int i = 0; i < claimed.size(); i++) {
                record(claimed.get(i), sent.get(i).join());
            }
            return claimed.size();
        } catch (RuntimeException e) {
            wake();
            LOG.warnf("Webhook dispatch failed; it runs again in a second: %s", e.getMessage());
            return 0;
        }
    }

    @SuppressWarnings("unchecked")
    private Claim claim() {
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
                        SELECT c.id, c.attempts, c.endpoint_id, c.url, c.secret, c.previous_secret, c.event_id, c.body, rest.next_due
                        FROM rest LEFT JOIN (
                            SELECT claimed.id, claimed.attempts, ep.id AS endpoint_id, ep.url, ep.secret,
                                CASE WHEN ep.previous_secret_until > now() THEN ep.previous_secret END AS previous_secret,
                                ev.id AS event_id, CAST(ev.payload AS text) AS body
                            FROM claimed JOIN webhook_endpoint ep ON ep.id = claimed.endpoint_id
                            JOIN webhook_event ev ON ev.id = claimed.event_id) c ON true""")
                .setParameter("batch", BATCH).setParameter("lease", (double) LEASE.toSeconds()).getResultList());
        Instant nextDue = rows.isEmpty() || rows.get(0)[8] == null ? null : Background.instant(rows.get(0)[8]);
        List<Claimed> claimed = rows.stream().filter(r -> r[0] != null)
                .map(r -> new Claimed((UUID) r[0], ((Number) r[1]).intValue(), (UUID) r[2], (String) r[3], (String) r[4], (String) r[5],
                        (UUID) r[6], (String) r[7]))
                .toList();
        return new Claim(claimed, nextDue);
    }

    private CompletableFuture<Outcome> send(Claimed delivery) {
        Optional<String> refused = WebhookUrlPolicy.refusal(delivery.url(), allowPrivateNetwork);
        if (refused.isPresent()) {
            return CompletableFuture.completedFuture(Outcome.refused("URL refused: " + refused.get()));
        }
        long timestamp = Instant.now().getEpochSecond();
        String id = delivery.eventId().toString();
        // During a rotation's overlap both secrets sign, space-separated, so a receiver holding either verifies.
        String signature = WebhookSignature.sign(delivery.secret(), id, timestamp, delivery.body())
                + (delivery.previousSecret() == null ? "" : " " + WebhookSignature.sign(delivery.previousSecret(), id, timestamp, delivery.body()));
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(delivery.url())).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "socialhire-webhooks/1")
                    .header("webhook-id", id)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", signature)
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.body())).build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(Outcome.refused("URL refused: " + e.getMessage()));
        }
        long started = System.nanoTime();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(response -> new Outcome(response.statusCode(),
                        response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode(), millisSince(started),
                        response.headers().firstValue("Retry-After").map(RetryAfter::parse).orElse(null)))
                .exceptionally(e -> new Outcome(null, describe(e), millisSince(started), null));
    }

    private static long millisSince(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
    }

    private String describe(Throwable e) {
        Throwable cause = e.getCause() != null && e instanceof java.util.concurrent.CompletionException ? e.getCause() : e;
        String name = cause instanceof java.net.http.HttpTimeoutException ? "timed out after " + timeout.toMillis() + " ms"
                : cause instanceof java.net.ConnectException ? "connection refused or unreachable"
                : cause.getClass().getSimpleName();
        return cause.getMessage() == null || cause instanceof java.net.http.HttpTimeoutException ? name : name + ": " + cause.getMessage();
    }

    /** When the attempt after this many should be made: the schedule with its jitter, or later when Retry-After says so. */
    static Instant nextAttempt(int attempts, Instant now, Duration retryAfter) {
        Duration scheduled = RETRIES.get(attempts - 1);
        Duration jittered = Background.jittered(scheduled);
        Duration wait = retryAfter == null ? jittered : retryAfter.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER
                : retryAfter.compareTo(jittered) > 0 ? retryAfter : jittered;
        return now.plus(wait).truncatedTo(ChronoUnit.MICROS);
    }

    private void record(Claimed delivery, Outcome outcome) {
        int attempts = delivery.attempts() + 1;
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String status;
        Instant next = null;
        if (outcome.succeeded()) {
            status = WebhookDelivery.SUCCEEDED;
        } else if (attempts <= RETRIES.size()) {
            status = WebhookDelivery.PENDING;
            next = nextAttempt(attempts, now, outcome.retryAfter());
        } else {
            status = WebhookDelivery.FAILED;
        }
        String error = Background.clip(outcome.error(), MAX_ERROR);
        Instant nextAttempt = next;
        if (next != null && !outcome.gone()) {
            checkBy(next);
        }
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
