package io.socialhire.invitation;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Marks invitations expired once their time is up, every minute, in batches, each batch with its
 * events in one transaction. Safe with several instances: the batch update skips rows another one
 * holds, and rows already expired no longer match. The page and cancel also treat an overdue
 * invitation as expired, so the minute between runs is never a window to answer late.
 */
@ApplicationScoped
public class InvitationExpiry {

    private static final Logger LOG = Logger.getLogger(InvitationExpiry.class);
    static final Duration INTERVAL = Duration.ofMinutes(1);
    /** Invitations per transaction, so a backlog is worked off in short transactions. */
    static final int BATCH = 500;

    private final InvitationService invitations;
    private final Vertx vertx;

    public InvitationExpiry(InvitationService invitations, Vertx vertx) {
        this.invitations = invitations;
        this.vertx = vertx;
    }

    void schedule(@Observes StartupEvent started) {
        vertx.setPeriodic(INTERVAL.toMillis(), id -> vertx.executeBlocking(() -> {
            expireDue();
            return null;
        }, false));
    }

    /** Returns how many invitations were marked expired. */
    public int expireDue() {
        int total = 0;
        try {
            int expired;
            do {
                expired = invitations.expireDue(BATCH);
                total += expired;
            } while (expired == BATCH);
        } catch (RuntimeException e) {
            LOG.warnf("Expiring invitations failed; it runs again within a minute: %s", e.getMessage());
        }
        if (total > 0) {
            LOG.debugf("Marked %d invitations expired", total);
        }
        return total;
    }
}
