package io.socialhire.common;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.sql.Timestamp;
import java.util.concurrent.ThreadLocalRandom;

/** What the background senders (webhook deliveries, invitation emails) share: waking after a commit, retry waits, row values. */
public final class Background {

    private Background() {
    }

    /** Runs the action once the current transaction commits (never after a rollback), when what it wrote can be claimed. */
    public static void afterCommit(TransactionSynchronizationRegistry transactions, Runnable action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }

    /** The wait stretched by up to a tenth at random, so that retries of many sends that failed together do not all come at once. */
    public static Duration jittered(Duration wait) {
        return wait.plusMillis(ThreadLocalRandom.current().nextLong(wait.toMillis() / 10 + 1));
    }

    /** A timestamp column as a native query returns it, whichever JDBC type the driver chose. */
    public static Instant instant(Object value) {
        return value instanceof Instant i ? i
                : value instanceof OffsetDateTime o ? o.toInstant()
                : ((Timestamp) value).toInstant();
    }

    /** An error message cut to what its column holds. */
    public static String clip(String error, int max) {
        return error == null || error.length() <= max ? error : error.substring(0, max);
    }
}
