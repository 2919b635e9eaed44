package io.socialhire.webhook;

import io.socialhire.common.SocialhireConfig;
import io.socialhire.audit.AuditLog;
import io.socialhire.common.ApiException;
import io.socialhire.common.Cursor;
import io.socialhire.common.Page;
import io.socialhire.common.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/** Webhook endpoints: creation with a fresh secret, listing, deletion, and their deliveries. */
@ApplicationScoped
@Transactional
public class WebhookService {

    private static final List<String> STATUSES = List.of(WebhookDelivery.PENDING, WebhookDelivery.SUCCEEDED, WebhookDelivery.FAILED);

    private final EntityManager em;
    private final AuditLog audit;
    private final boolean allowPrivateUrls;
    private final WebhookDispatcher dispatcher;

    public WebhookService(EntityManager em, AuditLog audit, WebhookDispatcher dispatcher,
            SocialhireConfig config) {
        this.em = em;
        this.dispatcher = dispatcher;
        this.audit = audit;
        this.allowPrivateUrls = config.webhooks().allowPrivateUrls();
    }

    public WebhookViews.Created create(WebhookViews.Input input) {
        String url = input.url().strip();
        WebhookUrlPolicy.refusal(url, allowPrivateUrls).ifPresent(problem -> {
            throw ApiException.invalid("url", problem);
        });
        WebhookEndpoint endpoint = new WebhookEndpoint();
        endpoint.id = UUID.randomUUID();
        endpoint.url = url;
        endpoint.description = input.description() == null || input.description().isBlank() ? null : input.description().strip();
        endpoint.eventTypes = eventTypes(input.eventTypes());
        endpoint.secret = WebhookSignature.newSecret();
        endpoint.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        endpoint.createdByKeyId = audit.currentKeyId();
        em.persist(endpoint);
        em.flush();
        List<String> fields = new ArrayList<>(List.of("url", "eventTypes"));
        if (endpoint.description != null) {
            fields.add(1, "description");
        }
        audit.record("webhook_endpoint.created", "webhook_endpoint", endpoint.id.toString(), fields);
        return new WebhookViews.Created(endpoint.id, endpoint.url, endpoint.description, List.copyOf(endpoint.eventTypes),
                endpoint.createdAt, endpoint.secret);
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
        return view(load(id));
    }

    /** Deletes the endpoint and, with it, its deliveries: nothing more is sent to it. */
    public void delete(UUID id) {
        em.remove(load(id));
        em.flush();
        audit.record("webhook_endpoint.deleted", "webhook_endpoint", id.toString(), List.of());
    }

    /** The endpoint's deliveries, newest first, in keyset pages. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<WebhookViews.Delivery> deliveries(UUID endpointId, WebhookViews.DeliveryFilter filter) {
        load(endpointId);
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
        return Page.fromOverfetch(query.getResultList(), filter.limit(), r -> {
            WebhookDelivery d = (WebhookDelivery) r[0];
            return new Cursor(d.createdAt, d.id);
        }).map(r -> view((WebhookDelivery) r[0], (String) r[1]));
    }

    /** Makes a pending or failed delivery due now; the dispatcher sends it within a second or so. */
    public WebhookViews.Delivery retry(UUID endpointId, UUID deliveryId) {
        load(endpointId);
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
        return view(d, em.find(WebhookEvent.class, d.eventId).type);
    }

    private WebhookEndpoint load(UUID id) {
        WebhookEndpoint endpoint = em.find(WebhookEndpoint.class, id);
        if (endpoint == null) {
            throw ApiException.notFound("Webhook endpoint", id);
        }
        return endpoint;
    }

    private static WebhookViews.Endpoint view(WebhookEndpoint e) {
        return new WebhookViews.Endpoint(e.id, e.url, e.description, List.copyOf(e.eventTypes), e.createdAt);
    }

    private static WebhookViews.Delivery view(WebhookDelivery d, String type) {
        return new WebhookViews.Delivery(d.id, d.eventId, type, d.status, d.attempts, d.createdAt, d.lastAttemptAt,
                d.lastResponseStatus, d.lastError, WebhookDelivery.PENDING.equals(d.status) ? d.nextAttemptAt : null);
    }
}
