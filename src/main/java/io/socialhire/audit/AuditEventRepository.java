package io.socialhire.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.socialhire.common.Cursor;
import io.socialhire.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Every query about audit events. The table is append-only: events are inserted, listed and only
 * ever deleted by the owner's retention function.
 */
@ApplicationScoped
public class AuditEventRepository implements PanacheRepositoryBase<AuditEvent, UUID> {

    /** Events matching the filter in (occurredAt, id) order, after the cursor. */
    public Page<AuditEvent> page(AuditViews.Filter filter, Cursor after, int limit) {
        StringBuilder where = new StringBuilder(" WHERE true");
        Map<String, Object> params = new HashMap<>();
        equal(where, params, "entityType", filter.entityType());
        equal(where, params, "entityId", filter.entityId());
        equal(where, params, "apiKeyId", filter.apiKeyId());
        equal(where, params, "action", filter.action());
        if (filter.from() != null) {
            where.append(" AND e.occurredAt >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" AND e.occurredAt < :to");
            params.put("to", filter.to());
        }
        if (after != null) {
            where.append(" AND (e.occurredAt > :ac OR (e.occurredAt = :ac AND e.id > :ai))");
            params.put("ac", after.createdAt());
            params.put("ai", after.id());
        }
        var query = getEntityManager().createQuery("FROM AuditEvent e" + where + " ORDER BY e.occurredAt, e.id", AuditEvent.class)
                .setMaxResults(limit + 1);
        params.forEach(query::setParameter);
        return Page.fromOverfetch(query.getResultList(), limit, e -> new Cursor(e.occurredAt, e.id));
    }

    /**
     * Deletes events older than the cutoff through the owner's {@code purge_audit_events}, which
     * keeps the last 30 days whatever the cutoff; returns how many it deleted.
     */
    public int purgeOlderThan(Instant cutoff) {
        return ((Number) getEntityManager().createNativeQuery("SELECT purge_audit_events(:cutoff)")
                .setParameter("cutoff", cutoff).getSingleResult()).intValue();
    }

    private static void equal(StringBuilder where, Map<String, Object> params, String field, Object value) {
        if (value != null) {
            where.append(" AND e.").append(field).append(" = :").append(field);
            params.put(field, value);
        }
    }
}
