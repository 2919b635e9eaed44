package io.socialhire.role;

import io.socialhire.event.DomainEvent;
import java.util.List;

/** What happens to role profiles, as domain events. */
public final class RoleEvents {

    private RoleEvents() {
    }

    public record Created(String id, List<String> changedFields) implements DomainEvent {
        @Override
        public Audit audit() {
            return new Audit("role.created", "role", id, changedFields);
        }
    }

    public record Updated(String id, List<String> changedFields) implements DomainEvent {
        @Override
        public Audit audit() {
            return new Audit("role.updated", "role", id, changedFields);
        }
    }
}
