package io.socialhire.common;

import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;

/**
 * The timer of a background sender (webhook deliveries, invitation emails): every tick it runs the
 * sender on the sender's own worker thread, so sends waiting on slow servers never hold a thread
 * requests need, but only once the time to look has come. That time is set before each run
 * ({@link #lookAgainBy}), brought forward to work known to fall due ({@link #checkBy}), and made now
 * by {@link #wake} (work was added); so an idle service asks its database nothing on most ticks.
 */
public final class DueLoop {

    private final String thread;
    private final Duration tick;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicReference<Instant> nextCheck = new AtomicReference<>(Instant.EPOCH);
    private volatile Long timer;
    private volatile WorkerExecutor worker;

    /** The thread's name (also its pool's) and how often the timer looks. */
    public DueLoop(String thread, Duration tick) {
        this.thread = thread;
        this.tick = tick;
    }

    /** Starts the timer; the sender runs when the time to look has come. */
    public void start(Vertx vertx, IntSupplier sender) {
        worker = vertx.createSharedWorkerExecutor(thread, 1);
        timer = vertx.setPeriodic(tick.toMillis(), id -> {
            if (!Instant.now().isBefore(nextCheck.get())) {
                worker.executeBlocking(sender::getAsInt, false);
            }
        });
    }

    public void stop(Vertx vertx) {
        if (timer != null) {
            vertx.cancelTimer(timer);
        }
        if (worker != null) {
            worker.close();
        }
    }

    /** Look at the next tick. */
    public void wake() {
        nextCheck.set(Instant.EPOCH);
    }

    /** Look by this time at the latest. */
    public void checkBy(Instant time) {
        nextCheck.accumulateAndGet(time, (a, b) -> a.isBefore(b) ? a : b);
    }

    /** Set before a run claims anything: a wake after this point is kept, and one before it is served by the run. */
    public void lookAgainBy(Instant time) {
        nextCheck.set(time);
    }

    /** Runs the work unless a run is already going on (the timer's, or a caller's); returns its count, or 0. */
    public int runAlone(IntSupplier work) {
        if (!running.compareAndSet(false, true)) {
            return 0;
        }
        try {
            return work.getAsInt();
        } finally {
            running.set(false);
        }
    }
}
