package io.socialhire.integration;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.socialhire.common.SocialhireConfig;
import io.socialhire.webhook.OutboxWorker;
import io.vertx.core.Vertx;
import jakarta.inject.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.hibernate.query.NativeQuery;

/**
 * Sends the connectors' callbacks (Greenhouse's PATCH, Ashby's assessment.update) on the shared
 * outbox loop, the webhooks' claim, lease and retry schedule; each attempt is recorded on the
 * callback and in the connector's log.
 */
@Singleton // no client proxy: the shared loop has no constructor without arguments
public class ConnectorCallbackWorker extends OutboxWorker<CallbackSender.Callback> {

    /** The name of the worker's pool, and the start of its thread's name. */
    public static final String THREAD = "connector-callbacks";

    private final EntityManager em;
    private final ConnectorLog log;
    private final Map<ConnectorKind, CallbackSender> senders = new EnumMap<>(ConnectorKind.class);

    public ConnectorCallbackWorker(EntityManager em, Vertx vertx, TransactionSynchronizationRegistry transactions, SocialhireConfig config,
            ConnectorLog log, Instance<CallbackSender> senders) {
        super(THREAD, vertx, transactions, config);
        this.em = em;
        this.log = log;
        senders.forEach(s -> this.senders.put(s.connector(), s));
    }

    void schedule(@Observes StartupEvent started) {
        start();
    }

    void shutdown(@Observes ShutdownEvent stopping) {
        stop();
    }

    @Override
    @SuppressWarnings("unchecked")
    protected Claim<CallbackSender.Callback> claim() {
        // One row per claimed callback, or a single row of nulls but the last column when none is due.
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> (List<Object[]>) em.createNativeQuery("""
                        WITH due AS (
                            SELECT c.id FROM connector_callback c WHERE c.status = 'pending' AND c.next_attempt_at <= now()
                            ORDER BY c.next_attempt_at LIMIT :batch FOR UPDATE SKIP LOCKED),
                        claimed AS (
                            UPDATE connector_callback c SET next_attempt_at = now() + make_interval(secs => :lease)
                            FROM due WHERE c.id = due.id
                            RETURNING c.id, c.attempts, c.connector, c.invitation_id, c.invitation_status, c.occurred_at),
                        rest AS (
                            SELECT min(c.next_attempt_at) AS next_due FROM connector_callback c
                            WHERE c.status = 'pending' AND c.id NOT IN (SELECT id FROM due))
                        SELECT x.id, x.attempts, x.connector, x.invitation_id, x.invitation_status, x.occurred_at, x.ats_callback_url,
                            x.report_token_sealed, x.assessment_id, x.ats_application_id, rest.next_due
                        FROM rest LEFT JOIN (
                            SELECT claimed.*, i.ats_callback_url, i.report_token_sealed, i.assessment_id, i.ats_application_id
                            FROM claimed JOIN invitation i ON i.id = claimed.invitation_id) x ON true""")
                .setParameter("batch", BATCH).setParameter("lease", (double) lease.toSeconds()).getResultList());
        Instant nextDue = rows.isEmpty() || rows.get(0)[10] == null ? null : instant(rows.get(0)[10]);
        List<CallbackSender.Callback> claimed = rows.stream().filter(r -> r[0] != null)
                .map(r -> new CallbackSender.Callback((UUID) r[0], ((Number) r[1]).intValue(), ConnectorKind.of((String) r[2]), (UUID) r[3],
                        (String) r[4], instant(r[5]), (String) r[6], (byte[]) r[7], (UUID) r[8], (String) r[9]))
                .toList();
        return new Claim<>(claimed, nextDue);
    }

    @Override
    protected CompletableFuture<Outcome> send(CallbackSender.Callback callback) {
        CallbackSender sender = senders.get(callback.connector());
        if (sender == null) {
            return CompletableFuture.completedFuture(Outcome.refused("no sender for " + callback.connector()));
        }
        HttpRequest request;
        try {
            request = sender.request(callback);
        } catch (CallbackSender.Refused e) {
            return CompletableFuture.completedFuture(Outcome.refused(e.getMessage()));
        }
        return exchange(request);
    }

    @Override
    protected void record(CallbackSender.Callback callback, Outcome outcome) {
        Next next = next(callback.attempts(), outcome);
        String error = outcome.storedError();
        CallbackSender sender = senders.get(callback.connector());
        String operation = sender == null ? "callback" : sender.operation();
        QuarkusTransaction.requiringNew().run(() -> {
            int updated = em.createNativeQuery("""
                            UPDATE connector_callback SET status = :status, attempts = :attempts, next_attempt_at = :next,
                                last_attempt_at = :at, last_response_status = :response, last_error = :error WHERE id = :id""")
                    .unwrap(NativeQuery.class)
                    .setParameter("status", next.status()).setParameter("attempts", next.attempts())
                    .setParameter("next", next.nextAttemptAt(), Instant.class).setParameter("at", next.attemptedAt())
                    .setParameter("response", outcome.status(), Integer.class).setParameter("error", error, String.class)
                    .setParameter("id", callback.id()).executeUpdate();
            if (updated > 0) { // gone with its invitation (an erased candidate) otherwise
                log.attempt(callback.connector(), operation, callback.id(), callback.invitationId(), next.attempts(), outcome.status(),
                        outcome.latencyMillis(), error, next.attemptedAt());
            }
        });
    }
}
