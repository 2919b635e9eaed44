package io.socialhire.webhook;

import io.socialhire.common.Background;
import io.socialhire.common.DueLoop;
import io.socialhire.common.SocialhireConfig;
import io.vertx.core.Vertx;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import org.jboss.logging.Logger;

/**
 * The loop every outbox shares (webhook deliveries, ATS connector callbacks): every second, when
 * something may be due, claim up to 20 due rows in a short transaction ({@code FOR UPDATE SKIP
 * LOCKED} with a lease of a minute or more, see {@link #lease}, so a crash never loses one and two
 * instances never send the same at once), send them outside any transaction, then record each attempt and its result in another short
 * transaction. A 2xx succeeds; anything else is retried on the Standard Webhooks schedule (5 s, 5 min,
 * 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h after the attempt before, each stretched by up to a
 * tenth at random so a receiver that comes back is not hit by every retry at once); after the tenth
 * attempt the row has failed. A {@code Retry-After} moves the next attempt later, never sooner than
 * the schedule, and by at most 24 hours.
 *
 * <p>The database is asked only when something may be due: at the earliest pending attempt it knows
 * of, at once after a commit that added rows ({@link #wakeAfterCommit()}), and at least once a minute
 * for rows other instances added or left behind. While batches come back full, a run claims the next
 * at once, for up to a tick, so a backlog drains as fast as receivers answer.
 *
 * @param <C> a claimed row with what sending it needs
 */
public abstract class OutboxWorker<C> {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class);

    /** The wait before each retry: after the first attempt 5 s, ..., after the ninth 24 h; the tenth is the last. */
    public static final List<Duration> RETRIES = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(30),
            Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(14), Duration.ofHours(20),
            Duration.ofHours(24));
    /** The latest a Retry-After can put the next attempt: a receiver cannot park a row for ever. */
    static final Duration MAX_RETRY_AFTER = Duration.ofHours(24);
    protected static final int BATCH = 20;
    /** The shortest lease: a claimed row's next attempt moves this far out, so a crash before recording leaves it due again. */
    static final Duration MIN_LEASE = Duration.ofSeconds(60);
    protected static final int MAX_ERROR = 500;
    /** The longest the worker goes without looking, whatever it knows. */
    static final Duration IDLE_CHECK = Duration.ofSeconds(60);
    /** How often the timer looks, and the longest one run keeps claiming full batches. */
    static final Duration TICK = Duration.ofSeconds(1);

    /** The rows claimed, and the earliest attempt due among the pending ones left (null: none). */
    public record Claim<C>(List<C> rows, Instant nextDue) {
    }

    /**
     * The outcome of one attempt: a response status, or an error when there was no response; how long
     * it took, and the wait the receiver asked for with Retry-After (null: none).
     */
    public record Outcome(Integer status, String error, long latencyMillis, Duration retryAfter) {
        public static Outcome refused(String error) {
            return new Outcome(null, error, 0, null);
        }

        public boolean succeeded() {
            return status != null && status >= 200 && status < 300;
        }

        public boolean gone() {
            return status != null && status == 410;
        }

        /** The error as stored: at most 500 characters. */
        public String storedError() {
            return Background.clip(error, MAX_ERROR);
        }
    }

    /** What an attempt leaves: the row's status, its attempt count and, while pending, when to try next. */
    public record Next(String status, int attempts, Instant nextAttemptAt, Instant attemptedAt) {
        public static final String PENDING = "pending";
        public static final String SUCCEEDED = "succeeded";
        public static final String FAILED = "failed";
    }

    private final String thread;
    private final Vertx vertx;
    private final TransactionSynchronizationRegistry transactions;
    protected final Duration timeout;
    protected final HttpClient http;
    /**
     * How long a claim holds its rows: at least a minute, and longer than a batch can take (connecting and
     * answering may each take the timeout, and the batch records after its slowest send), so a slow but
     * live sender's rows never fall due again while it still holds them, and no second instance sends them too.
     */
    protected final Duration lease;
    private final DueLoop loop;

    protected OutboxWorker(String thread, Vertx vertx, TransactionSynchronizationRegistry transactions, SocialhireConfig config) {
        this.thread = thread;
        this.loop = new DueLoop(thread, TICK);
        this.vertx = vertx;
        this.transactions = transactions;
        this.timeout = config.webhooks().timeout();
        this.lease = leaseFor(timeout);
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    static Duration leaseFor(Duration timeout) {
        Duration batch = timeout.multipliedBy(2).plusSeconds(15);
        return batch.compareTo(MIN_LEASE) > 0 ? batch : MIN_LEASE;
    }

    /** Claims due rows in a transaction of its own, leasing them for {@link #lease}. */
    protected abstract Claim<C> claim();

    /** Sends one claimed row, outside any transaction. */
    protected abstract CompletableFuture<Outcome> send(C row);

    /** Records one attempt and its result, in a transaction of its own. */
    protected abstract void record(C row, Outcome outcome);

    /** Starts the timer on a thread of its own, so sends waiting on slow receivers never hold a thread requests need. */
    protected void start() {
        loop.start(vertx, this::dispatchDue);
    }

    /** Stops the timer; the subclass calls it on shutdown. */
    protected void stop() {
        loop.stop(vertx);
    }

    /** Look at the next tick: rows were added or made due. */
    public void wake() {
        loop.wake();
    }

    /** Wakes the worker once the current transaction commits, when what it wrote can be claimed. */
    public void wakeAfterCommit() {
        Background.afterCommit(transactions, this::wake);
    }

    /** Look again by this time at the latest. */
    protected void checkBy(Instant time) {
        loop.checkBy(time);
    }

    /** Sends the due rows, at most one run at a time; returns how many were attempted. */
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
            Claim<C> claim = claim();
            if (claim.nextDue() != null) {
                checkBy(claim.nextDue());
            }
            List<C> claimed = claim.rows();
            if (claimed.size() == BATCH) {
                wake(); // more may be due
            }
            // Each attempt is recorded as soon as its answer is in, on this thread: a crash while a slow receiver
            // keeps the batch waiting then re-sends only what was still unanswered.
            BlockingQueue<Integer> answered = new LinkedBlockingQueue<>();
            List<CompletableFuture<Outcome>> sent = new ArrayList<>(claimed.size());
            for (int i = 0; i < claimed.size(); i++) {
                int index = i;
                sent.add(send(claimed.get(i)).whenComplete((outcome, error) -> answered.add(index)));
            }
            for (int done = 0; done < claimed.size(); done++) {
                int index = answered.take();
                record(claimed.get(index), sent.get(index).join());
            }
            return claimed.size();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // shutting down: what was not recorded falls due again when its lease ends
            return 0;
        } catch (RuntimeException e) {
            wake();
            LOG.warnf("%s failed; it runs again in a second: %s", thread, e.getMessage());
            return 0;
        }
    }

    /** Sends a request and reads its outcome: any response, or the error when there was none. */
    protected CompletableFuture<Outcome> exchange(HttpRequest request) {
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

    /**
     * What the attempt after {@code previousAttempts} leaves: succeeded, pending with its next attempt
     * (the worker looks again by then, unless the receiver is gone), or failed after the last retry.
     */
    protected Next next(int previousAttempts, Outcome outcome) {
        int attempts = previousAttempts + 1;
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (outcome.succeeded()) {
            return new Next(Next.SUCCEEDED, attempts, null, now);
        }
        if (attempts <= RETRIES.size()) {
            Instant next = nextAttempt(attempts, now, outcome.retryAfter());
            if (!outcome.gone()) {
                checkBy(next);
            }
            return new Next(Next.PENDING, attempts, next, now);
        }
        return new Next(Next.FAILED, attempts, null, now);
    }

    /** When the attempt after this many should be made: the schedule with its jitter, or later when Retry-After says so. */
    public static Instant nextAttempt(int attempts, Instant now, Duration retryAfter) {
        Duration scheduled = RETRIES.get(attempts - 1);
        Duration jittered = Background.jittered(scheduled);
        Duration wait = retryAfter == null ? jittered : retryAfter.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER
                : retryAfter.compareTo(jittered) > 0 ? retryAfter : jittered;
        return now.plus(wait).truncatedTo(ChronoUnit.MICROS);
    }

    /** A timestamp column as read by a native query. */
    protected static Instant instant(Object value) {
        return Background.instant(value);
    }
}
