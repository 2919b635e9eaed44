package io.socialhire.event;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A change a feature made, fired as a synchronous CDI event inside the transaction that made it.
 * Its observers (the audit log, the webhook outbox) run in that thread and transaction, so the
 * change and everything it tells commit or roll back together. Each feature keeps its events as
 * records beside its service; nothing here knows the features.
 */
public interface DomainEvent {

    /** The audit log's row for this change. */
    Audit audit();

    /** The webhook this change publishes, if it has one. */
    default Optional<Webhook> webhook() {
        return Optional.empty();
    }

    /**
     * What the audit log records: the action (entity.past_verb, "candidate.created"), the entity's type and
     * id, and the names of the fields the change set, never their values, so the trail holds no personal data.
     */
    record Audit(String action, String entityType, String entityId, List<String> changedFields) {
    }

    /**
     * A webhook's type and thin data (ids and values, never personal data). When {@code path} is set, the
     * data ends with "url", the absolute link to that API path.
     */
    record Webhook(String type, Map<String, ?> data, String path) {

        public static Optional<Webhook> of(String type, Map<String, ?> data, String path) {
            return Optional.of(new Webhook(type, data, path));
        }
    }
}
