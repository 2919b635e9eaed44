package io.socialhire.assessment;

import io.socialhire.event.DomainEvent;
import io.socialhire.webhook.EventTypes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What happens to stored assessments, as domain events. */
public final class AssessmentEvents {

    private AssessmentEvents() {
    }

    /** An answer was scored and stored; the status tells a receiver whether the result counts yet or waits for a person. */
    public record Created(UUID id, UUID candidateId, AssessmentStatus status) implements DomainEvent {
        @Override
        public Audit audit() {
            return new Audit("assessment.created", "assessment", id.toString(), List.of("answer", "question", "roleId", "rubric"));
        }

        @Override
        public Optional<Webhook> webhook() {
            return Webhook.of(EventTypes.ASSESSMENT_CREATED, Map.of("id", id, "candidateId", candidateId, "status", status.json()),
                    "/api/v1/assessments/" + id);
        }
    }

    /**
     * A review was recorded: audited as the review it created, published as the assessment reviewed with the
     * final result it set: the reviewer's rating and recommendation, and the engine's score, which a review keeps
     * (absent when the engine gave none). The candidate id is null once the candidate was erased.
     */
    public record Reviewed(UUID reviewId, UUID assessmentId, UUID candidateId, int rating, Integer score, String recommendation,
            List<String> changedFields) implements DomainEvent {
        @Override
        public Audit audit() {
            return new Audit("review.created", "review", reviewId.toString(), changedFields);
        }

        @Override
        public Optional<Webhook> webhook() {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", reviewId);
            data.put("assessmentId", assessmentId);
            data.put("candidateId", candidateId);
            data.put("status", AssessmentStatus.REVIEWED.json());
            data.put("rating", rating);
            if (score != null) {
                data.put("score", score);
            }
            data.put("recommendation", recommendation);
            return Webhook.of(EventTypes.ASSESSMENT_REVIEWED, data, "/api/v1/assessments/" + assessmentId + "/reviews");
        }
    }
}
