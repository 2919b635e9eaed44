package io.socialhire.integration;

import io.socialhire.common.Cursor;
import io.socialhire.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Each connector's log, for admins: every call the ATS made (in a transaction of its own, so a call
 * that was refused is logged too) and every callback attempt. Errors the ATS reports are also
 * logged as errors for operators.
 */
@ApplicationScoped
public class ConnectorLog {

    private static final Logger LOG = Logger.getLogger(ConnectorLog.class);

    private final EntityManager em;

    public ConnectorLog(EntityManager em) {
        this.em = em;
    }

    /** A call the ATS made and how it was answered. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void inbound(ConnectorKind connector, String operation, int httpStatus, UUID invitationId, String detail) {
        String outcome = httpStatus / 100 == 2 ? ConnectorLogRecord.OK : ConnectorLogRecord.REFUSED;
        persist(connector, ConnectorLogRecord.INBOUND, operation, outcome, httpStatus, invitationId, detail);
    }

    /** A response of ours the ATS could not read, as it reported it: logged as an error and kept for admins. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void reportedError(ConnectorKind connector, String operation, UUID invitationId, String detail) {
        LOG.errorf("%s could not read our %s response: %s", connector, operation, detail);
        persist(connector, ConnectorLogRecord.INBOUND, operation, ConnectorLogRecord.REPORTED_ERROR, 200, invitationId, detail);
    }

    /** One callback attempt, in the caller's transaction; a second record of the same attempt (a lease that ran out) is dropped. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void attempt(ConnectorKind connector, String operation, UUID callbackId, UUID invitationId, int attempt, Integer httpStatus,
            long latencyMillis, String error, Instant at) {
        em.createNativeQuery("""
                        INSERT INTO connector_log (id, connector, direction, operation, outcome, http_status, invitation_id, callback_id,
                            attempt, latency_ms, detail, created_at)
                        VALUES (:id, :connector, 'outbound', :operation, :outcome, :status, :invitation, :callback, :attempt, :latency,
                            :detail, :at)
                        ON CONFLICT DO NOTHING""")
                .unwrap(org.hibernate.query.NativeQuery.class)
                .setParameter("id", UUID.randomUUID()).setParameter("connector", connector.json()).setParameter("operation", operation)
                .setParameter("outcome", error == null ? ConnectorLogRecord.OK : ConnectorLogRecord.FAILED)
                .setParameter("status", httpStatus, Integer.class).setParameter("invitation", invitationId, UUID.class)
                .setParameter("callback", callbackId).setParameter("attempt", attempt)
                .setParameter("latency", (int) Math.min(Integer.MAX_VALUE, latencyMillis))
                .setParameter("detail", error, String.class).setParameter("at", at).executeUpdate();
    }

    /** Newest first, cursor-paged. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ConnectorViews.LogEntry> page(ConnectorKind connector, Cursor after, int limit) {
        var query = em.createQuery("SELECT l FROM ConnectorLogRecord l WHERE l.connector = :connector"
                        + (after == null ? "" : " AND (l.createdAt < :c OR (l.createdAt = :c AND l.id < :i))")
                        + " ORDER BY l.createdAt DESC, l.id DESC", ConnectorLogRecord.class)
                .setParameter("connector", connector.json()).setMaxResults(limit + 1);
        if (after != null) {
            query.setParameter("c", after.createdAt()).setParameter("i", after.id());
        }
        return Page.fromOverfetch(query.getResultList(), limit, l -> new Cursor(l.createdAt, l.id)).map(ConnectorLogRecord::view);
    }

    private void persist(ConnectorKind connector, String direction, String operation, String outcome, Integer httpStatus, UUID invitationId,
            String detail) {
        ConnectorLogRecord r = new ConnectorLogRecord();
        r.id = UUID.randomUUID();
        r.connector = connector.json();
        r.direction = direction;
        r.operation = operation;
        r.outcome = outcome;
        r.httpStatus = httpStatus;
        r.invitationId = invitationId == null || !invitationExists(invitationId) ? null : invitationId;
        r.detail = detail == null ? null : detail.length() > ConnectorLogRecord.MAX_DETAIL ? detail.substring(0, ConnectorLogRecord.MAX_DETAIL)
                : detail;
        r.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        em.persist(r);
    }

    private boolean invitationExists(UUID id) {
        return !em.createNativeQuery("SELECT 1 FROM invitation WHERE id = :id").setParameter("id", id).getResultList().isEmpty();
    }
}
