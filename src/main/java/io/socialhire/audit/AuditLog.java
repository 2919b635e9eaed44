package io.socialhire.audit;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import io.socialhire.common.Cursor;
import io.socialhire.common.HttpFilters;
import io.socialhire.common.Page;
import io.socialhire.event.DomainEvent;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Appends an audit event for every domain event, in the transaction that fired it, so a write and its
 * record commit or roll back together. Records field names only, never values, so the trail holds no
 * personal data.
 */
@ApplicationScoped
public class AuditLog {

    /** Key attributes set by authentication (see io.socialhire.security). */
    public static final String KEY_ID = "socialhire.keyId";
    public static final String KEY_NAME = "socialhire.keyName";

    private final AuditEventRepository events;
    private final Instance<SecurityIdentity> identity;
    private final Instance<HttpServerRequest> request;

    public AuditLog(AuditEventRepository events, Instance<SecurityIdentity> identity, Instance<HttpServerRequest> request) {
        this.events = events;
        this.identity = identity;
        this.request = request;
    }

    /** First among a domain event's observers, so the row is written before anything is published. */
    @Transactional(Transactional.TxType.MANDATORY)
    void record(@Observes @Priority(Interceptor.Priority.APPLICATION) DomainEvent change) {
        AuditEvent event = new AuditEvent();
        event.id = UUID.randomUUID();
        event.occurredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        DomainEvent.Audit audit = change.audit();
        event.action = audit.action();
        event.entityType = audit.entityType();
        event.entityId = audit.entityId();
        event.changedFields = new ArrayList<>(audit.changedFields());
        SecurityIdentity who = currentIdentity();
        if (who != null && !who.isAnonymous()) {
            event.apiKeyId = who.getAttribute(KEY_ID);
            event.apiKeyName = who.getAttribute(KEY_NAME);
        }
        event.requestId = currentRequestId();
        events.persist(event);
    }

    /** Events matching the filter, oldest first, in keyset pages. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditViews.View> list(AuditViews.Filter filter, Cursor after, int limit) {
        return events.page(filter, after, limit)
                .map(e -> new AuditViews.View(e.id, e.occurredAt, e.apiKeyId, e.apiKeyName, e.action, e.entityType, e.entityId,
                        e.requestId, List.copyOf(e.changedFields)));
    }

    /** The key id of the caller, for records that note who made them; null outside a request. */
    public UUID currentKeyId() {
        SecurityIdentity who = currentIdentity();
        return who == null || who.isAnonymous() ? null : who.getAttribute(KEY_ID);
    }

    /** Startup tasks and scheduled jobs (invitation expiry) run without a request, so without a caller. */
    private static boolean inRequest() {
        return Arc.container().requestContext().isActive();
    }

    private SecurityIdentity currentIdentity() {
        return inRequest() && identity.isResolvable() ? identity.get() : null;
    }

    private String currentRequestId() {
        if (!inRequest()) {
            return null;
        }
        try {
            return request.isResolvable() ? request.get().getHeader(HttpFilters.REQUEST_ID) : null;
        } catch (RuntimeException noHttpRequest) {
            return null; // a request context without an HTTP request, as a test method has
        }
    }
}
