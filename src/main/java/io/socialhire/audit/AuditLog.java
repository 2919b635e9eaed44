package io.socialhire.audit;

import io.quarkus.security.identity.SecurityIdentity;
import io.socialhire.common.Cursor;
import io.socialhire.common.HttpFilters;
import io.socialhire.common.Page;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Appends audit events in the caller's transaction, so a write and its record commit or roll back
 * together. Records field names only, never values, so the trail holds no personal data.
 */
@ApplicationScoped
public class AuditLog {

    /** Key attributes set by authentication (see io.socialhire.security). */
    public static final String KEY_ID = "socialhire.keyId";
    public static final String KEY_NAME = "socialhire.keyName";

    private final EntityManager em;
    private final Instance<SecurityIdentity> identity;
    private final Instance<HttpServerRequest> request;

    public AuditLog(EntityManager em, Instance<SecurityIdentity> identity, Instance<HttpServerRequest> request) {
        this.em = em;
        this.identity = identity;
        this.request = request;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(String action, String entityType, String entityId, List<String> changedFields) {
        AuditEvent event = new AuditEvent();
        event.id = UUID.randomUUID();
        event.occurredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        event.action = action;
        event.entityType = entityType;
        event.entityId = entityId;
        event.changedFields = new ArrayList<>(changedFields);
        SecurityIdentity who = currentIdentity();
        if (who != null && !who.isAnonymous()) {
            event.apiKeyId = who.getAttribute(KEY_ID);
            event.apiKeyName = who.getAttribute(KEY_NAME);
        }
        event.requestId = currentRequestId();
        em.persist(event);
        return event.id;
    }

    /** Events matching the filter, oldest first, in keyset pages. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditViews.View> list(AuditViews.Filter filter) {
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
        if (filter.after() != null) {
            where.append(" AND (e.occurredAt > :ac OR (e.occurredAt = :ac AND e.id > :ai))");
            params.put("ac", filter.after().createdAt());
            params.put("ai", filter.after().id());
        }
        var query = em.createQuery("FROM AuditEvent e" + where + " ORDER BY e.occurredAt, e.id", AuditEvent.class)
                .setMaxResults(filter.limit() + 1);
        params.forEach(query::setParameter);
        return Page.fromOverfetch(query.getResultList(), filter.limit(), e -> new Cursor(e.occurredAt, e.id))
                .map(e -> new AuditViews.View(e.id, e.occurredAt, e.apiKeyId, e.apiKeyName, e.action, e.entityType, e.entityId,
                        e.requestId, List.copyOf(e.changedFields)));
    }

    private static void equal(StringBuilder where, Map<String, Object> params, String field, Object value) {
        if (value != null) {
            where.append(" AND e.").append(field).append(" = :").append(field);
            params.put(field, value);
        }
    }

    /** The key id of the caller, for records that note who made them; null outside a request. */
    public UUID currentKeyId() {
        SecurityIdentity who = currentIdentity();
        return who == null || who.isAnonymous() ? null : who.getAttribute(KEY_ID);
    }

    private SecurityIdentity currentIdentity() {
        try {
            return identity.isResolvable() ? identity.get() : null;
        } catch (RuntimeException outsideRequest) {
            return null; // startup tasks run without a request
        }
    }

    private String currentRequestId() {
        try {
            return request.isResolvable() ? request.get().getHeader(HttpFilters.REQUEST_ID) : null;
        } catch (RuntimeException outsideRequest) {
            return null;
        }
    }
}
