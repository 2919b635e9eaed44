package io.socialhire.fairness;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the API takes and shows for published audit summaries. */
public final class FairnessSummaryViews {

    private FairnessSummaryViews() {
    }

    @Schema(name = "FairnessSummaryInput", description = "The audit to publish: the impact report's scope, and what the public page"
            + " must say about it")
    public record Input(
            @Schema(description = "Start of the window (RFC 3339), inclusive; default a year before to", example = "2025-12-01T00:00:00Z")
            @Size(max = 64) String from,
            @Schema(description = "End of the window (RFC 3339), exclusive; default now", example = "2026-12-01T00:00:00Z")
            @Size(max = 64) String to,
            @Schema(description = "Rubric of the assessments; default participation", example = "participation") @Size(max = 64)
            String rubricKey,
            @Schema(description = "Only this rubric version; default all", example = "2") Integer rubricVersion,
            @Schema(description = "Only assessments for this role profile") @Size(max = 64) String roleId,
            @Schema(description = "The date the tool was first used to assess candidates (LL144 asks the summary to state it)",
                    example = "2026-01-15") @NotNull LocalDate distributionDate,
            @Schema(description = "Where the data came from, for readers of the public page", maxLength = 2000,
                    example = "All candidates assessed by Example Corp with socialhire between 2025-12-01 and 2026-12-01;"
                            + " self-identification was voluntary, collected by the applicant tracking system")
            @NotBlank @Size(max = 2000) String dataSource) {
    }

    @Schema(name = "FairnessSummary", description = "A published audit summary: the impact report as computed when it was published."
            + " Never changes")
    public record View(
            UUID id,
            Instant publishedAt,
            @Schema(description = "The API key that published it") UUID publishedByKeyId,
            Instant from,
            Instant to,
            @Schema(example = "participation") String rubricKey,
            @Schema(example = "[2]") List<Integer> rubricVersions,
            String roleId,
            @Schema(example = "2026-01-15") LocalDate distributionDate,
            String dataSource,
            ImpactReport report,
            @Schema(description = "Where the public page shows the latest summary") String publicUrl) {
    }

    @Schema(name = "FairnessSummaryPage", description = "Published summaries, newest first")
    public record Page(List<View> items, @Schema(description = "Cursor of the next page; absent on the last page") String nextCursor) {
    }

    /** The public page's figures: aggregates only. */
    public record Public(
            Instant publishedAt,
            LocalDate distributionDate,
            String dataSource,
            Instant from,
            Instant to,
            String rubricKey,
            List<Integer> rubricVersions,
            int assessedCandidates,
            double minimumShare,
            int minimumCount,
            List<Dimension> dimensions,
            String method) {
    }

    /** One way of grouping (sex, race/ethnicity, both): the groups shown and how many were left out. */
    public record Dimension(String name, String title, List<Group> groups, int categoriesLeftOut, Integer candidatesLeftOut) {
    }

    /** A category's figures, or suppressed (every figure absent) when it holds fewer than minimumCount candidates. */
    public record Group(String category, Integer count, Double scoringRate, Double scoringImpactRatio, Double selectionRate,
            Double selectionImpactRatio, boolean compared, boolean suppressed) {
    }
}
