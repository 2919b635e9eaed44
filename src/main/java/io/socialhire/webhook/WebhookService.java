package io.socialhire.webhook;

import io.socialhire.audit.AuditLog;
import io.socialhire.common.ApiException;
import io.socialhire.common.Changes;
import io.socialhire.common.Cursor;
import io.socialhire.common.ETags;
import io.socialhire.common.MergePatch;
import io.socialhire.common.Page;
import io.socialhire.common.ProblemType;
import io.socialhire.common.RetryLostRaces;
import io.socialhire.common.SocialhireConfig;
import io.socialhire.event.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Webhook endpoints: creation with a fresh secret, changes, rotation, test pings, deletion, and their
 * deliveries. Lost races are run again: the dispatcher moves an endpoint's version when it marks it
 * disabled or failing, which a concurrent write would otherwise meet as an optimistic-lock failure.
 */
@ApplicationScoped
@Transactional
@RetryLostRaces
public class WebhookService {

    static final int DEFAULT_OVERLAP_SECONDS = 86_400;
    private static final List<String> STATUSES = List.of(WebhookDelivery.PENDING, WebhookDelivery.SUCCEEDED, WebhookDelivery.FAILED);

    private final EntityManager em;
    private final AuditLog audit;
    private final Event<DomainEvent> events;
    private final boolean allowPrivateNetwork;
    private final WebhookDispatcher dispatcher;
    private final MergePatch mergePatch;
    private final Outbox outbox;

    public WebhookService(EntityManager em, AuditLog audit, Event<DomainEvent> events, WebhookDispatcher dispatcher, MergePatch mergePatch, Outbox outbox,
            SocialhireConfig config) {
        this.em = em;
        this.mergePatch = mergePatch;
        this.outbox = outbox;
        this.dispatcher = dispatcher;
        this.audit = audit;
        this.events = events;
        this.allowPrivateNetwork = config.webhooks().allowPrivateNetwork();
    }

    public WebhookViews.Created create(WebhookViews.Input input) {
        String url = input.url().strip();
        WebhookEndpoint endpoint = new WebhookEndpoint();
        endpoint.id = UUID.randomUUID();
        endpoint.createdAt = now();
        apply(endpoint, input);
        endpoint.secret = WebhookSignature.newSecret();
        endpoint.createdByKeyId = audit.currentKeyId();
        em.persist(endpoint);
        em.flush();
        List<String> fields = new ArrayList<>(List.of("url", "eventTypes"));
        if (endpoint.description != null) {
            fields.add(1, "description");
        }
        events.fire(new WebhookEndpointEvents.Created(endpoint.id, fields));
        return new WebhookViews.Created(endpoint.id, endpoint.url, endpoint.description, List.copyOf(endpoint.eventTypes),
                endpoint.createdAt, endpoint.status, endpoint.secret);
    }

    /** Sets what an input says: the URL (checked), description, event types and whether it is enabled. */
    private void apply(WebhookEndpoint endpoint, WebhookViews.Input input) {
        String url = input.url().strip();
        WebhookUrlPolicy.refusal(url, allowPrivateNetwork).ifPresent(problem -> {
            throw ApiException.invalid("url", problem);
        });
        endpoint.url = url;
        endpoint.description = input.description() == null || input.description().isBlank() ? null : input.description().strip();
        endpoint.eventTypes = eventTypes(input.eventTypes());
        boolean enable = input.enabled() == null || input.enabled();
        if (!enable && !WebhookEndpoint.DISABLED.equals(endpoint.status)) {
            endpoint.status = WebhookEndpoint.DISABLED;
            endpoint.statusReason = "Disabled by an admin.";
            endpoint.statusSince = now();
        } else if (enable && WebhookEndpoint.DISABLED.equals(endpoint.status)) {
            // Held deliveries resume on their schedule; those already due go at once.
            endpoint.status = WebhookEndpoint.ENABLED;
            endpoint.statusReason = null;
            endpoint.statusSince = null;
            dispatcher.wakeAfterCommit();
        }
    }

    /**
     * Changes the URL, description, event types or enabled state (JSON Merge Patch). Enabling clears a
     * disabled or failing status; disabling holds pending deliveries until it is enabled again.
     */
    public WebhookViews.Endpoint patch(UUID id, String ifMatch, String body) {
        var patch = mergePatch.parse(body);
        WebhookEndpoint endpoint = load(id, LockModeType.PESSIMISTIC_WRITE);
        ETags.requireMatch(ifMatch, endpoint.version);
        WebhookViews.Input current = input(endpoint);
        WebhookViews.Input patched = mergePatch.apply(current, patch, WebhookViews.Input.class);
        if (!patched.equals(current)) {
            apply(endpoint, patched);
            em.flush();
            events.fire(new WebhookEndpointEvents.Updated(endpoint.id, Changes.between(current, patched)));
        }
        return view(endpoint);
    }

    private static WebhookViews.Input input(WebhookEndpoint e) {
        return new WebhookViews.Input(e.url, e.description, List.copyOf(e.eventTypes), !WebhookEndpoint.DISABLED.equals(e.status));
    }

    /**
     * A new secret that signs every delivery from now on; the old one signs beside it for the overlap,
     * so receivers can switch without refusing a delivery. A rotation during an overlap drops the
     * secret before the old one.
     */
    public WebhookViews.Rotated rotateSecret(UUID id, WebhookViews.Rotation rotation) {
        WebhookEndpoint endpoint = load(id, LockModeType.PESSIMISTIC_WRITE);
        int overlap = rotation == null || rotation.overlapSeconds() == null ? DEFAULT_OVERLAP_SECONDS : rotation.overlapSeconds();
        endpoint.previousSecret = overlap == 0 ? null : endpoint.secret;
        endpoint.previousSecretUntil = overlap == 0 ? null : now().plusSeconds(overlap);
        endpoint.secret = WebhookSignature.newSecret();
        em.flush();
        events.fire(new WebhookEndpointEvents.SecretRotated(endpoint.id));
        return new WebhookViews.Rotated(endpoint.id, endpoint.secret, endpoint.previousSecretUntil);
    }

    /** Queues a webhook.test event for this endpoint alone, through the outbox like any other event. */
    public WebhookViews.Delivery sendTest(UUID id) {
        WebhookEndpoint endpoint = load(id, LockModeType.PESSIMISTIC_READ);
        if (WebhookEndpoint.DISABLED.equals(endpoint.status)) {
            throw new ApiException(ProblemType.UNPROCESSABLE, "Webhook endpoint " + id + " is disabled; enable it (PATCH"
                    + " {\"enabled\": true}) before sending a test.");
        }
        UUID eventId = outbox.publishTo(id, Outbox.TEST_EVENT, Map.of("endpointId", id,
                "url", outbox.link("/api/v1/webhook-endpoints/" + id)));
        WebhookDelivery delivery = em.createQuery("FROM WebhookDelivery d WHERE d.eventId = :event", WebhookDelivery.class)
                .setParameter("event", eventId).getSingleResult();
        return view(delivery, Outbox.TEST_EVENT, List.of());
    }

    private static List<String> eventTypes(List<String> given) {
        if (given == null) {
            return new ArrayList<>();
        }
        for (int i = 0; i < given.size(); i++) {
            if (!EventTypes.ALL.contains(given.get(i))) {
                throw ApiException.invalid("eventTypes[" + i + "]", "must be one of: " + String.join(", ", EventTypes.ALL));
            }
        }
        return new ArrayList<>(new LinkedHashSet<>(given));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WebhookViews.Endpoint> list() {
        return em.createQuery("FROM WebhookEndpoint e ORDER BY e.createdAt, e.id", WebhookEndpoint.class).getResultStream()
                .map(WebhookService::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookViews.Endpoint get(UUID id) {
        return view(load(id, LockModeType.NONE));
    }

    /** Deletes the endpoint and, with it, its deliveries: nothing more is sent to it. */
    public void delete(UUID id) {
        em.remove(load(id, LockModeType.NONE));
        em.flush();
        events.fire(new WebhookEndpointEvents.Deleted(id));
    }

    /** The endpoint's deliveries, newest first, in keyset pages. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<WebhookViews.Delivery> deliveries(UUID endpointId, WebhookViews.DeliveryFilter filter) {
        load(endpointId, LockModeType.NONE);
        if (filter.status() != null && !STATUSES.contains(filter.status())) {
            throw ApiException.invalid("status", "must be one of: " + String.join(", ", STATUSES));
        }
        String where = (filter.status() == null ? "" : " AND d.status = :status")
                + (filter.after() == null ? "" : " AND (d.createdAt < :c OR (d.createdAt = :c AND d.id < :i))");
        var query = em.createQuery("SELECT d, e.type FROM WebhookDelivery d, WebhookEvent e WHERE e.id = d.eventId"
                        + " AND d.endpointId = :endpoint" + where + " ORDER BY d.createdAt DESC, d.id DESC", Object[].class)
                .setParameter("endpoint", endpointId).setMaxResults(filter.limit() + 1);
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.after() != null) {
            query.setParameter("c", filter.after().createdAt()).setParameter("i", filter.after().id());
        }
        Page<Object[]> page = Page.fromOverfetch(query.getResultList(), filter.limit(), r -> {
            WebhookDelivery d = (WebhookDelivery) r[0];
            return new Cursor(d.createdAt, d.id);
        });
        Map<UUID, List<WebhookViews.Attempt>> history = history(page.items().stream().map(r -> ((WebhookDelivery) r[0]).id).toList());
        return page.map(r -> {
            WebhookDelivery d = (WebhookDelivery) r[0];
            return view(d, (String) r[1], history.getOrDefault(d.id, List.of()));
        });
    }

    /** The attempts of these deliveries, oldest first, in one query. */
    @SuppressWarnings("unchecked")
    private Map<UUID, List<WebhookViews.Attempt>> history(List<UUID> deliveryIds) {
        Map<UUID, List<WebhookViews.Attempt>> byDelivery = new HashMap<>();
        if (deliveryIds.isEmpty()) {
            return byDelivery;
        }
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT delivery_id, attempt, attempted_at, latency_ms, response_status, error FROM webhook_delivery_attempt
                        WHERE delivery_id = ANY (:ids) ORDER BY delivery_id, attempt""")
                .setParameter("ids", deliveryIds.toArray(UUID[]::new)).getResultList();
        for (Object[] r : rows) {
            byDelivery.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(new WebhookViews.Attempt(((Number) r[1]).intValue(),
                    r[2] instanceof java.time.OffsetDateTime o ? o.toInstant() : (Instant) r[2], ((Number) r[3]).intValue(),
                    r[4] == null ? null : ((Number) r[4]).intValue(), (String) r[5]));
        }
        return byDelivery;
    }

    /** Makes a pending or failed delivery due now; the dispatcher sends it within a second or so. Not while the endpoint is disabled. */
    public WebhookViews.Delivery retry(UUID endpointId, UUID deliveryId) {
        if (WebhookEndpoint.DISABLED.equals(load(endpointId, LockModeType.PESSIMISTIC_READ).status)) {
            throw new ApiException(ProblemType.UNPROCESSABLE, "Webhook endpoint " + endpointId + " is disabled: its deliveries are"
                    + " held until it is enabled again (PATCH {\"enabled\": true}).");
        }
        WebhookDelivery d = em.find(WebhookDelivery.class, deliveryId);
        if (d == null || !d.endpointId.equals(endpointId)) {
            throw ApiException.notFound("Webhook delivery", deliveryId);
        }
        if (WebhookDelivery.SUCCEEDED.equals(d.status)) {
            throw new ApiException(ProblemType.UNPROCESSABLE, "Webhook delivery " + deliveryId + " already succeeded; there is nothing to retry.");
        }
        d.status = WebhookDelivery.PENDING;
        d.nextAttemptAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        dispatcher.wakeAfterCommit();
        return view(d, em.find(WebhookEvent.class, d.eventId).type, history(List.of(d.id)).getOrDefault(d.id, List.of()));
    }

    private WebhookEndpoint load(UUID id, LockModeType lock) {
        WebhookEndpoint endpoint = em.find(WebhookEndpoint.class, id, lock);
        if (endpoint == null) {
            throw ApiException.notFound("Webhook endpoint", id);
        }
        return endpoint;
    }

    private static WebhookViews.Endpoint view(WebhookEndpoint e) {
        Instant previousUntil = e.previousSecretUntil != null && e.previousSecretUntil.isAfter(Instant.now()) ? e.previousSecretUntil : null;
        return new WebhookViews.Endpoint(e.id, e.url, e.description, List.copyOf(e.eventTypes), e.createdAt, e.status, e.statusReason,
                e.statusSince, previousUntil, e.version);
    }

    private static WebhookViews.Delivery view(WebhookDelivery d, String type, List<WebhookViews.Attempt> history) {
        return new WebhookViews.Delivery(d.id, d.eventId, type, d.status, d.attempts, d.createdAt, d.lastAttemptAt,
                d.lastResponseStatus, d.lastError, WebhookDelivery.PENDING.equals(d.status) ? d.nextAttemptAt : null, history);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
