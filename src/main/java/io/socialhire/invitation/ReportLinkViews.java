package io.socialhire.invitation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API shapes of report links. */
public final class ReportLinkViews {

    private ReportLinkViews() {
    }

    @Schema(name = "ReportLinkCreated", description = "A new report link; url holds the only copy of its token")
    public record Created(
            UUID id,
            UUID assessmentId,
            @Schema(description = "The report page, for people without an API key: {public base URL}/r/{token}. Shown once: only a hash of"
                    + " the token is kept.", example = "https://api.example.com/r/q3xVb2Lw9kPz1mN4tY7uR0sE5dF8gH6jK2lA3cB1vXo")
            String url,
            Instant createdAt) {
    }

    @Schema(name = "ReportLink", description = "A report link, without its token")
    public record View(
            UUID id,
            UUID assessmentId,
            Instant createdAt,
            @Schema(description = "When it was revoked; absent while the link works") Instant revokedAt) {
    }

    @Schema(name = "ReportLinkPage", description = "An assessment's report links, oldest first")
    public record Page(List<View> items, @Schema(description = "Cursor of the next page; absent on the last page") String nextCursor) {
    }
}
