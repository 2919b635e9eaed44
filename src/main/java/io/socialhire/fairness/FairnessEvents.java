package io.socialhire.fairness;

import io.socialhire.event.DomainEvent;
import java.util.List;
import java.util.UUID;

/**
 * What happens to audit summaries and self-identification, as domain events. Self-identification is
 * audited on the candidate, and only that it changed, never what it says.
 */
public final class FairnessEvents {

    private FairnessEvents() {
    }

    public record SummaryPublished(UUID id) implements DomainEvent {
        @Override
        public Audit audit() {
            return new Audit("fairness_summary.published", "fairness_summary", id.toString(),
                    List.of("report", "distributionDate", "dataSource"));
        }
    }

    /** Recorded for the first time ({@code created}), or replaced. */
    public record SelfIdentificationSet(UUID candidateId, boolean created) implements DomainEvent {
        @Override
        public Audit audit() {
            return new Audit(created ? "self_identification.created" : "self_identification.updated", "candidate",
                    candidateId.toString(), List.of("selfIdentification"));
        }
    }

    public record SelfIdentificationDeleted(UUID candidateId) implements DomainEvent {
        @Override
        public Audit audit() {
            return new Audit("self_identification.deleted", "candidate", candidateId.toString(), List.of("selfIdentification"));
        }
    }
}
