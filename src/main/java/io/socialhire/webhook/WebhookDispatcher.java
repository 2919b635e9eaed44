package io.socialhire.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.socialhire.common.SocialhireConfig;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Sends pending deliveries, every second: claims up to 20 due ones at a time in a short transaction (a
 * 60-second lease, so another instance or a crash never loses one and two instances never send the
 * same at once), sends them outside any transaction, then records each result in another short
 * transaction. A 2xx succeeds; anything else is retried after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h
 * and 10 h, then the delivery has failed.
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

    /** The wait before each retry: after the first attempt 5 s, ..., after the seventh 10 h; the eighth is the last. */
    static final List<Duration> RETRIES = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(30),
            Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(10));
    static final int BATCH = 20;
    static final Duration LEASE = Duration.ofSeconds(60);
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final int MAX_ERROR = 500;
    /** The name of the dispatcher's worker pool, and the start of its thread's name. */
    public static final String THREAD = "webhook-dispatcher";
    /** The longest the dispatcher goes without looking, whatever it knows. */
    static final Duration IDLE_CHECK = Duration.ofSeconds(60);
    /** How often the timer looks, and the longest one run keeps claiming full batches. */
    static final Duration TICK = Duration.ofSeconds(1);

    private final EntityManager em;
    private final Vertx vertx;
    private final boolean allowPrivateUrls;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicReference<Instant> nextCheck = new AtomicReference<>(Instant.EPOCH);
    private final TransactionSynchronizationRegistry transactions;
    private volatile Long timer;
    private volatile WorkerExecutor worker;

    public WebhookDispatcher(EntityManager em, Vertx vertx, TransactionSynchronizationRegistry transactions,
            SocialhireConfig config) {
        this.em = em;
        this.transactions = transactions;
        this.vertx = vertx;
        this.allowPrivateUrls = config.webhooks().allowPrivateUrls();
    }

    void schedule(@Observes StartupEvent started) {
        // Its own thread, so sends waiting on slow receivers never hold a thread requests need.
        worker = vertx.createSharedWorkerExecutor(THREAD, 1);
        timer = vertx.setPeriodic(TICK.toMillis(), id -> {
            if (!Instant.now().isBefore(nextCheck.get())) {
                worker.executeBlocking(() -> dispatchDue(), false);
            }
        });
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (timer != null) {
            vertx.cancelTimer(timer);
        }
        if (worker != null) {
            worker.close();
        }
    }

    /** Look at the next tick: deliveries were added or made due. */
    public void wake() {
        nextCheck.set(Instant.EPOCH);
    }

    /** Wakes the dispatcher once the current transaction commits, when what it wrote can be claimed. */
    public void wakeAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    wake();
                }
            }
        });
    }

    private void checkBy(Instant time) {
        nextCheck.accumulateAndGet(time, (a, b) -> a.isBefore(b) ? a : b);
    }

    /** A claimed delivery with what sending it needs. */
    record Claimed(UUID id, int attempts, String url, String secret, UUID eventId, String body) {
    }

    /** The deliveries claimed, and the earliest attempt due among the pending ones left (null: none). */
    record Claim(List<Claimed> deliveries, Instant nextDue) {
    }

    /** The outcome of one attempt: a response status, or an error when there was no response. */
    record Outcome(Integer status, String error) {
        boolean succeeded() {
            return status != null && status >= 200 && status < 300;
        }
    }

    /** Sends the due deliveries, at most one run at a time; returns how many were attempted. */
    public int dispatchDue() {
        if (!running.compareAndSet(false, true)) {
            return 0;
        }
        try {
            long until = System.nanoTime() + TICK.toNanos();
            int attempted = 0;
            int batch;
            do {
                batch = dispatchBatch();
                attempted += batch;
            } while (batch == BATCH && System.nanoTime() < until); // a full batch left wake() set: the next tick goes on
            return attempted;
        } finally {
            running.set(false);
        }
    }

    /** Claims, sends and records one batch; returns its size. */
    private int dispatchBatch() {
        // Set before claiming: a wake from a commit after this point is kept, and one before it is claimed now.
        nextCheck.set(Instant.now().plus(IDLE_CHECK));
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
                            SELECT id FROM webhook_delivery WHERE status = 'pending' AND next_attempt_at <= now()
                            ORDER BY next_attempt_at LIMIT :batch FOR UPDATE SKIP LOCKED),
                        claimed AS (
                            UPDATE webhook_delivery d SET next_attempt_at = now() + make_interval(secs => :lease)
                            FROM due WHERE d.id = due.id
                            RETURNING d.id, d.attempts, d.endpoint_id, d.event_id),
                        rest AS (
                            SELECT min(next_attempt_at) AS next_due FROM webhook_delivery
                            WHERE status = 'pending' AND id NOT IN (SELECT id FROM due))
                        SELECT c.id, c.attempts, c.url, c.secret, c.event_id, c.body, rest.next_due
                        FROM rest LEFT JOIN (
                            SELECT claimed.id, claimed.attempts, ep.url, ep.secret, ev.id AS event_id, CAST(ev.payload AS text) AS body
                            FROM claimed JOIN webhook_endpoint ep ON ep.id = claimed.endpoint_id
                            JOIN webhook_event ev ON ev.id = claimed.event_id) c ON true""")
                .setParameter("batch", BATCH).setParameter("lease", (double) LEASE.toSeconds()).getResultList());
        Instant nextDue = rows.isEmpty() || rows.get(0)[6] == null ? null : instant(rows.get(0)[6]);
        List<Claimed> claimed = rows.stream().filter(r -> r[0] != null)
                .map(r -> new Claimed((UUID) r[0], ((Number) r[1]).intValue(), (String) r[2], (String) r[3], (UUID) r[4], (String) r[5]))
                .toList();
        return new Claim(claimed, nextDue);
    }

    private static Instant instant(Object value) {
        return value instanceof Instant i ? i
                : value instanceof java.time.OffsetDateTime o ? o.toInstant()
                : ((java.sql.Timestamp) value).toInstant();
    }

    private CompletableFuture<Outcome> send(Claimed delivery) {
        Optional<String> refused = WebhookUrlPolicy.refusal(delivery.url(), allowPrivateUrls);
        if (refused.isPresent()) {
            return CompletableFuture.completedFuture(new Outcome(null, "URL refused: " + refused.get()));
        }
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(delivery.url())).timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "socialhire-webhooks/1")
                    .header("webhook-id", delivery.eventId().toString())
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignature.sign(delivery.secret(), delivery.eventId().toString(), timestamp,
                            delivery.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.body())).build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(new Outcome(null, "URL refused: " + e.getMessage()));
        }
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(response -> new Outcome(response.statusCode(),
                        response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode()))
                .exceptionally(e -> new Outcome(null, describe(e)));
    }

    private static String describe(Throwable e) {
        Throwable cause = e.getCause() != null && e instanceof java.util.concurrent.CompletionException ? e.getCause() : e;
        String name = cause instanceof java.net.http.HttpTimeoutException ? "timed out after " + TIMEOUT.toSeconds() + " s"
                : cause instanceof java.net.ConnectException ? "connection refused or unreachable"
                : cause.getClass().getSimpleName();
        return cause.getMessage() == null || cause instanceof java.net.http.HttpTimeoutException ? name : name + ": " + cause.getMessage();
    }

    private void record(Claimed delivery, Outcome outcome) {
        int attempts = delivery.attempts() + 1;
        String status;
        Instant next = null;
        if (outcome.succeeded()) {
            status = WebhookDelivery.SUCCEEDED;
        } else if (attempts <= RETRIES.size()) {
            status = WebhookDelivery.PENDING;
            next = Instant.now().plus(RETRIES.get(attempts - 1)).truncatedTo(ChronoUnit.MICROS);
        } else {
            status = WebhookDelivery.FAILED;
        }
        String error = outcome.error() == null ? null
                : outcome.error().length() > MAX_ERROR ? outcome.error().substring(0, MAX_ERROR) : outcome.error();
        Instant nextAttempt = next;
        if (next != null) {
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
            row.lastAttemptAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            row.lastResponseStatus = outcome.status();
            row.lastError = error;
        });
        if (!outcome.succeeded()) {
            LOG.debugf("Webhook delivery %s attempt %d failed: %s", delivery.id(), attempts, error);
        }
    }
}
