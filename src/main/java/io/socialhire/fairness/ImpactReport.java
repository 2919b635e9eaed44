package io.socialhire.fairness;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An adverse-impact report, as New York City's Local Law 144 bias audits and the EEOC four-fifths rule read one. */
@Schema(name = "ImpactReport", description = "Scoring and selection rates per self-identified group, with impact ratios against the"
        + " group with the highest rate")
public record ImpactReport(
        @Schema(description = "When it was computed; everything else depends only on the inputs") Instant computedAt,
        Instant from,
        Instant to,
        @Schema(example = "participation") String rubricKey,
        @Schema(description = "The rubric versions of the assessments included", example = "[2]") List<Integer> rubricVersions,
        @Schema(description = "Only assessments for this role profile, when given") String roleId,
        @Schema(description = "Candidates with an assessment in the window (their latest one counts)", example = "1200") int assessedCandidates,
        @Schema(description = "Median score of every assessed candidate; the scoring rate is the share above it", example = "61.5") Double medianScore,
        @Schema(description = "Categories with a smaller share of the assessed candidates are listed but left out of the impact ratios",
                example = "0.02") double minimumShareForRatios,
        List<Group> sex,
        List<Group> raceEthnicity,
        @Schema(description = "Sex × race/ethnicity") List<Group> intersectional,
        @Schema(description = "How the figures are defined") String method) {

    @Schema(name = "ImpactGroup", description = "One category's figures")
    public record Group(
            @Schema(description = "The category; not_given when the candidate gave none, declined when they declined",
                    example = "female") String category,
            @Schema(description = "For intersectional groups: the sex") String sex,
            @Schema(description = "For intersectional groups: the race/ethnicity") String raceEthnicity,
            @Schema(example = "540") int count,
            @Schema(description = "count / assessed candidates", example = "0.45") double share,
            @Schema(description = "Share scoring above the median score", example = "0.52") double scoringRate,
            @Schema(description = "scoringRate / the highest scoringRate among the groups compared; absent when left out",
                    example = "0.93") Double scoringImpactRatio,
            @Schema(description = "Share whose final recommendation is yes or strong_yes", example = "0.31") double selectionRate,
            @Schema(description = "selectionRate / the highest selectionRate among the groups compared; absent when left out",
                    example = "0.86") Double selectionImpactRatio,
            @Schema(example = "63.2") Double meanScore,
            @Schema(description = "(meanScore - the highest group's meanScore) / pooled standard deviation", example = "-0.08")
            Double standardizedMeanDifference,
            @Schema(description = "Either impact ratio is under 0.8 (the four-fifths rule)") Boolean belowFourFifths,
            @Schema(description = "Fisher's exact test, two-sided, of this group's selections against the highest-selecting group's",
                    example = "0.41") Double selectionPValue,
            @Schema(description = "false for not_given, declined and categories under the minimum share") boolean compared) {
    }
}
