package io.socialhire.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API shapes of the audit trail. */
public final class AuditViews {

    private AuditViews() {
    }

    /** Which events to list; null filters match everything. */
    public record Filter(String entityType, String entityId, UUID apiKeyId, String action, Instant from, Instant to) {
    }

    @Schema(name = "AuditEvent", description = "A write. changedFields names fields, never their values.")
    public record View(UUID id, Instant occurredAt, UUID apiKeyId, String apiKeyName,
            @Schema(example = "candidate.updated") String action, @Schema(example = "candidate") String entityType,
            String entityId, String requestId, List<String> changedFields) {
    }

    @Schema(name = "AuditEventPage", description = "One page of audit events, oldest first")
    public record EventPage(List<View> items, @Schema(description = "Cursor of the next page; absent on the last page") String nextCursor) {
    }
}
