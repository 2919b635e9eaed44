package io.socialhire.candidate;

import io.socialhire.event.DomainEvent;
import io.socialhire.webhook.EventTypes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What happens to candidates and their channels, as domain events. Channels have no webhooks of their own. */
public final class CandidateEvents {

    private CandidateEvents() {
    }

    public record Created(UUID id, List<String> changedFields) implements DomainEvent {
        @Override
        public Audit audit() {
            return new Audit("candidate.created", "candidate", id.toString(), changedFields);
        }

        @Override
        public Optional<Webhook> webhook() {
            return linked(EventTypes.CANDIDATE_CREATED, id);
        }
    }

    public record Updated(UUID id, List<String> changedFields) implements DomainEvent {
        @Override
        public Audit audit() {
            return new Audit("candidate.updated", "candidate", id.toString(), changedFields);
        }

        @Override
        public Optional<Webhook> webhook() {
            return linked(EventTypes.CANDIDATE_UPDATED, id);
        }
    }

    public record Erased(UUID id) implements DomainEvent {
        @Override
        public Audit audit() {
            return new Audit("candidate.erased", "candidate", id.toString(), List.of());
        }

        /** No link: nothing is left to read. */
        @Override
        public Optional<Webhook> webhook() {
            return DomainEvent.Webhook.of(EventTypes.CANDIDATE_ERASED, Map.of("id", id), null);
        }
    }

    public record ChannelCreated(UUID id, List<String> changedFields) implements DomainEvent {
        @Override
        public Audit audit() {
            return new Audit("channel.created", "channel", id.toString(), changedFields);
        }
    }

    public record ChannelUpdated(UUID id, List<String> changedFields) implements DomainEvent {
        @Override
        public Audit audit() {
            return new Audit("channel.updated", "channel", id.toString(), changedFields);
        }
    }

    public record ChannelDeleted(UUID id) implements DomainEvent {
        @Override
        public Audit audit() {
            return new Audit("channel.deleted", "channel", id.toString(), List.of());
        }
    }

    private static Optional<DomainEvent.Webhook> linked(String type, UUID id) {
        return DomainEvent.Webhook.of(type, Map.of("id", id), "/api/v1/candidates/" + id);
    }
}
