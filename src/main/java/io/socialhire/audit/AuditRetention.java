package io.socialhire.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.socialhire.common.SocialhireConfig;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Deletes audit events older than the retention period, at startup and then daily, through the
 * owner's {@code purge_audit_events}, which keeps the last 30 days whatever the period. The table
 * refuses every other update or delete (migrations V3 and V5).
 */
@ApplicationScoped
public class AuditRetention {

    private static final Logger LOG = Logger.getLogger(AuditRetention.class);

    private final AuditEventRepository events;
    private final Vertx vertx;
    private final int retentionDays;

    public AuditRetention(AuditEventRepository events, Vertx vertx, SocialhireConfig config) {
        this.events = events;
        this.vertx = vertx;
        this.retentionDays = config.audit().retentionDays();
    }

    void schedule(@Observes StartupEvent started) {
        if (retentionDays <= 0) {
            LOG.info("Audit events are kept forever (socialhire.audit.retention-days <= 0)");
            return;
        }
        purge();
        vertx.setPeriodic(Duration.ofDays(1).toMillis(), id -> vertx.executeBlocking(() -> {
            purge();
            return null;
        }, false));
    }

    /** Returns how many events were deleted. */
    public int purge() {
        Instant cutoff = Instant.now().minus(Duration.ofDays(retentionDays));
        try {
            // The owner's function: the application's role may not delete audit events itself.
            int deleted = QuarkusTransaction.requiringNew().call(() -> events.purgeOlderThan(cutoff));
            if (deleted > 0) {
                LOG.infof("Deleted %d audit events older than %d days", deleted, retentionDays);
            }
            return deleted;
        } catch (RuntimeException e) {
            LOG.warnf("Audit retention purge failed; it runs again tomorrow: %s", e.getMessage());
            return 0;
        }
    }
}
