package io.socialhire.idempotency;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.socialhire.candidate.CandidateErasure;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Keeps stored responses no longer than needed: expired ones are deleted every hour (a lookup ignores them before
 * that), and erasing a candidate deletes the responses about them in the erasure's transaction.
 */
@ApplicationScoped
public class IdempotencyHousekeeping {

    private static final Logger LOG = Logger.getLogger(IdempotencyHousekeeping.class);

    private final IdempotencyRepository records;
    private final Vertx vertx;

    public IdempotencyHousekeeping(IdempotencyRepository records, Vertx vertx) {
        this.records = records;
        this.vertx = vertx;
    }

    void schedule(@Observes StartupEvent started) {
        vertx.setPeriodic(Duration.ofHours(1).toMillis(), id -> vertx.executeBlocking(() -> {
            purgeExpired();
            return null;
        }, false));
    }

    void erase(@Observes CandidateErasure erasure) {
        records.deleteAbout(erasure.candidateId());
    }

    /** Returns how many expired responses were deleted. */
    public int purgeExpired() {
        try {
            int deleted = QuarkusTransaction.requiringNew().call(() -> records.deleteExpired(Instant.now()));
            LOG.debugf("Deleted %d expired idempotency records", deleted);
            return deleted;
        } catch (RuntimeException e) {
            LOG.warnf("Purging expired idempotency records failed; it runs again within the hour: %s", e.getMessage());
            return 0;
        }
    }
}
