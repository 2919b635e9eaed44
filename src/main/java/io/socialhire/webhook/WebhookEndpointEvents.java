package io.socialhire.webhook;

import io.socialhire.event.DomainEvent;
import java.util.List;
import java.util.UUID;

/** What happens to webhook endpoints, as domain events; they are audited, not published. */
public final class WebhookEndpointEvents {

    private WebhookEndpointEvents() {
    }

    public record Created(UUID id, List<String> changedFields) implements DomainEvent {
        @Override
        public Audit audit() {
            return new Audit("webhook_endpoint.created", "webhook_endpoint", id.toString(), changedFields);
        }
    }

    public record Updated(UUID id, List<String> changedFields) implements DomainEvent {
        @Override
        public Audit audit() {
            return new Audit("webhook_endpoint.updated", "webhook_endpoint", id.toString(), changedFields);
        }
    }

    public record SecretRotated(UUID id) implements DomainEvent {
        @Override
        public Audit audit() {
            return new Audit("webhook_endpoint.secret_rotated", "webhook_endpoint", id.toString(), List.of("secret"));
        }
    }

    public record Deleted(UUID id) implements DomainEvent {
        @Override
        public Audit audit() {
            return new Audit("webhook_endpoint.deleted", "webhook_endpoint", id.toString(), List.of());
        }
    }
}
