package io.socialhire.invitation;

import io.socialhire.event.DomainEvent;
import io.socialhire.webhook.EventTypes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What happens to invitations, assessment packages and report links, as domain events. */
public final class InvitationEvents {

    private InvitationEvents() {
    }

    public record InvitationCreated(UUID id, boolean sendEmail) implements DomainEvent {
        @Override
        public Audit audit() {
            return new Audit("invitation.created", "invitation", id.toString(), sendEmail
                    ? List.of("packageId", "candidateId", "job", "locale", "expiresAt", "sendEmail")
                    : List.of("packageId", "candidateId", "job", "locale", "expiresAt"));
        }
    }

    /**
     * One step of an invitation's lifecycle, audited and published under the step's name
     * (invitation.started, .completed, .cancelled, .expired). The webhook is thin: ids, the status, what
     * the step adds (a completion's result) and the invitation's API link; a completion's report link is
     * added as each delivery is sent, never stored in clear. The source (who ordered it) tells an ATS
     * connector the step is its to report.
     */
    public record Moved(UUID id, UUID candidateId, String source, InvitationViews.Status status, Map<String, Object> added)
            implements DomainEvent {
        @Override
        public Audit audit() {
            return new Audit(type(), "invitation", id.toString(),
                    status == InvitationViews.Status.COMPLETED ? List.of("status", "assessmentId") : List.of("status"));
        }

        @Override
        public Optional<Webhook> webhook() {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", id);
            data.put("candidateId", candidateId);
            data.put("status", status.json());
            data.putAll(added);
            return Webhook.of(type(), data, "/api/v1/invitations/" + id);
        }

        private String type() {
            return switch (status) {
                case STARTED -> EventTypes.INVITATION_STARTED;
                case COMPLETED -> EventTypes.INVITATION_COMPLETED;
                case CANCELLED -> EventTypes.INVITATION_CANCELLED;
                case EXPIRED -> EventTypes.INVITATION_EXPIRED;
                case INVITED -> throw new IllegalStateException("an invitation does not move back to invited");
            };
        }
    }

    public record PackageCreated(String id, List<String> changedFields) implements DomainEvent {
        @Override
        public Audit audit() {
            return new Audit("assessment_package.created", "assessment_package", id, changedFields);
        }
    }

    public record PackageUpdated(String id, List<String> changedFields) implements DomainEvent {
        @Override
        public Audit audit() {
            return new Audit("assessment_package.updated", "assessment_package", id, changedFields);
        }
    }

    public record PackageRetired(String id) implements DomainEvent {
        @Override
        public Audit audit() {
            return new Audit("assessment_package.retired", "assessment_package", id, List.of("retiredAt"));
        }
    }

    public record ReportLinkCreated(UUID id) implements DomainEvent {
        @Override
        public Audit audit() {
            return new Audit("report_link.created", "report_link", id.toString(), List.of("assessmentId"));
        }
    }

    public record ReportLinkRevoked(UUID id) implements DomainEvent {
        @Override
        public Audit audit() {
            return new Audit("report_link.revoked", "report_link", id.toString(), List.of("revokedAt"));
        }
    }
}
