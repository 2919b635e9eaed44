package io.socialhire.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.socialhire.common.PublicUrls;
import io.socialhire.event.DomainEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Publishes the webhooks of domain events, and the test ping, in the caller's transaction: the event
 * and one pending delivery per subscribed endpoint are inserted with the write that caused them, so
 * they commit or roll back together and a rolled-back write publishes nothing. {@link WebhookDispatcher} sends them afterwards.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final PublicUrls urls;
    private final WebhookDispatcher dispatcher;

    public Outbox(EntityManager em, ObjectMapper mapper, PublicUrls urls, WebhookDispatcher dispatcher) {
        this.em = em;
        this.dispatcher = dispatcher;
        this.mapper = mapper;
        this.urls = urls;
    }

    /** The absolute URL of an API path, for the link in an event's data. */
    public String link(String path) {
        return urls.at(path).toString();
    }

    /** Publishes the webhook of a domain event that has one, after the audit log wrote its row. */
    @Transactional(Transactional.TxType.MANDATORY)
    void publish(@Observes @Priority(Interceptor.Priority.APPLICATION + 10) DomainEvent change) {
        change.webhook().ifPresent(webhook -> {
            Map<String, Object> data = new LinkedHashMap<>(webhook.data());
            if (webhook.path() != null) {
                data.put("url", link(webhook.path()));
            }
            publish(webhook.type(), data);
        });
    }

    /** The ping sent by POST .../test to one endpoint; no endpoint subscribes to it. */
    public static final String TEST_EVENT = "webhook.test";

    /**
     * Records the event with a thin payload ({"type", "timestamp", "data"}): ids and links, never
     * personal data, with a delivery for every enabled endpoint that takes its type. Returns the event
     * id, which every delivery sends as webhook-id.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String type, Map<String, ?> data) {
        if (!EventTypes.ALL.contains(type)) {
            throw new IllegalArgumentException("not an event type: " + type);
        }
        return insert(type, data, "(cardinality(e.event_types) = 0 OR :type = ANY (e.event_types))", null);
    }

    /** Records an event for one endpoint only, whatever types it takes (the test ping); returns the event id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publishTo(UUID endpointId, String type, Map<String, ?> data) {
        return insert(type, data, "e.id = :endpoint", endpointId);
    }

    private UUID insert(String type, Map<String, ?> data, String endpoints, UUID endpointId) {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ObjectNode payload = mapper.createObjectNode();
        payload.put("type", type);
        payload.put("timestamp", now.truncatedTo(ChronoUnit.MILLIS).toString());
        payload.set("data", mapper.valueToTree(data));
        // One statement: the event, and a delivery for every endpoint it goes to; disabled endpoints get none.
        var query = em.createNativeQuery("""
                        WITH event AS (
                            INSERT INTO webhook_event (id, type, payload, occurred_at) VALUES (:id, :type, CAST(:payload AS jsonb), :now)
                            RETURNING id)
                        INSERT INTO webhook_delivery (id, endpoint_id, event_id, status, attempts, next_attempt_at, created_at)
                        SELECT gen_random_uuid(), e.id, event.id, 'pending', 0, :now, :now
                        FROM webhook_endpoint e, event
                        WHERE e.status <> 'disabled'""" + " AND " + endpoints)
                .setParameter("id", id).setParameter("type", type).setParameter("payload", payload.toString())
                .setParameter("now", now);
        if (endpointId != null) {
            query.setParameter("endpoint", endpointId);
        }
        if (query.executeUpdate() > 0) {
            dispatcher.wakeAfterCommit();
        }
        return id;
    }
}
