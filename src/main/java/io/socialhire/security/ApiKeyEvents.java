package io.socialhire.security;

import io.socialhire.event.DomainEvent;
import java.util.List;
import java.util.UUID;

/** What happens to API keys, as domain events. */
public final class ApiKeyEvents {

    private ApiKeyEvents() {
    }

    public record Created(UUID id) implements DomainEvent {
        @Override
        public Audit audit() {
            return new Audit("api_key.created", "api_key", id.toString(), List.of("name", "role"));
        }
    }

    public record Revoked(UUID id) implements DomainEvent {
        @Override
        public Audit audit() {
            return new Audit("api_key.revoked", "api_key", id.toString(), List.of("revokedAt"));
        }
    }
}
