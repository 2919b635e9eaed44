package io.socialhire.integration;

import io.socialhire.invitation.InvitationEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Tells the ATS that ordered an invitation of each change of its status, through the connectors'
 * outbox: the callback row is written in the transaction of the change, so a rolled-back change
 * tells nobody, and {@link ConnectorCallbackWorker} sends it afterwards. Invitations of other sources
 * cost nothing here.
 */
@ApplicationScoped
public class ConnectorCallbacks {

    private final EntityManager em;
    private final ConnectorCallbackWorker worker;

    public ConnectorCallbacks(EntityManager em, ConnectorCallbackWorker worker) {
        this.em = em;
        this.worker = worker;
    }

    /** Synchronous, so in the transaction of the step: the step and its callback commit or roll back together. */
    void onStep(@Observes InvitationEvents.Moved step) {
        statusChanged(step.id(), step.source(), step.status().json());
    }

    /** The invitation moved to this status; its source names the connector, if any, that ordered it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void statusChanged(UUID invitationId, String source, String status) {
        ConnectorKind kind = ConnectorKind.of(source);
        if (kind == null) {
            return;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        // Greenhouse is told only where it gave a URL to PATCH; Ashby always. A connector switched off meanwhile still hears.
        int written = em.createNativeQuery("""
                        INSERT INTO connector_callback (id, connector, invitation_id, invitation_status, occurred_at, status, attempts,
                            next_attempt_at, created_at)
                        SELECT :id, :connector, i.id, :status, :now, 'pending', 0, :now, :now FROM invitation i
                        WHERE i.id = :invitation AND (:connector <> 'greenhouse' OR i.ats_callback_url IS NOT NULL)""")
                .setParameter("id", UUID.randomUUID()).setParameter("connector", kind.json()).setParameter("status", status)
                .setParameter("now", now).setParameter("invitation", invitationId).executeUpdate();
        if (written > 0) {
            worker.wakeAfterCommit();
        }
    }
}
