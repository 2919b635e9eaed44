package io.socialhire.integration;

import io.socialhire.event.DomainEvent;
import java.util.List;

/** What admins change on an ATS connector, as domain events; they are audited, not published. */
public final class ConnectorEvents {

    private ConnectorEvents() {
    }

    public record Updated(ConnectorKind connector, List<String> changedFields) implements DomainEvent {
        @Override
        public Audit audit() {
            return new Audit("connector.updated", "connector", connector.json(), changedFields);
        }
    }

    public record KeyIssued(ConnectorKind connector) implements DomainEvent {
        @Override
        public Audit audit() {
            return new Audit("connector.key_issued", "connector", connector.json(), List.of("inboundKey"));
        }
    }
}
