package io.socialhire.assessment;

import io.socialhire.engine.Recommendation;
import io.socialhire.engine.ScoringResult;
import io.socialhire.scoring.RubricSelector;
import io.socialhire.scoring.ScoringInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API shapes of assessments and reviews. */
public final class AssessmentViews {

    public static final String DEFAULT_QUESTION = "Where do you participate in social media?";

    private AssessmentViews() {
    }

    @Schema(name = "AssessmentInput", description = "A candidate's answer to score and keep")
    public record Input(
            @Schema(description = "The answer", maxLength = io.socialhire.scoring.ScoringInput.MAX_ANSWER_CHARS,
                    example = "I moderate r/CommunityManager and host a monthly Discord AMA; I reply to people on Mastodon most days.")
            @NotNull @Size(max = io.socialhire.scoring.ScoringInput.MAX_ANSWER_CHARS,
                    message = "must be at most " + io.socialhire.scoring.ScoringInput.MAX_ANSWER_CHARS + " characters")
            String answer,
            @Schema(description = "The question asked; default \"" + DEFAULT_QUESTION + "\"", maxLength = 500)
            @Size(max = 500)
            String question,
            @Schema(description = "Role profile id; give this or roleTitle", example = "community-manager") @Size(max = 64) String roleId,
            @Schema(description = "Job title as the ATS has it", example = "Community manager (mobile game studio)") @Size(max = 200) String roleTitle,
            @Schema(description = "Rubric to use; default: the role's rubric, latest version") @Valid RubricSelector rubric) {
    }

    @Schema(name = "FinalResult", description = "The result that counts: the latest review, or the engine's when no review is required"
            + " and nobody reviewed yet")
    public record FinalResult(
            @Schema(enumeration = {"engine", "review"}, example = "review") String source,
            UUID reviewId,
            @Schema(example = "Maria Lopez (hiring manager)") String reviewer,
            Instant reviewedAt,
            @Schema(description = "1..5; absent only when the engine could not rate and nobody reviewed", example = "4") Integer rating,
            Recommendation recommendation,
            @Schema(description = "The engine's score 0..100; reviewers set levels, rating and recommendation, not the score", example = "72")
            Integer score,
            List<CriterionLevel> criteria) {

        /** The engine's result in this shape: what counts when no person needs to or did review. */
        public static FinalResult ofEngine(ScoringResult engine) {
            return new FinalResult("engine", null, null, null, engine.rating(), engine.recommendation(), engine.score(),
                    engine.criteria().stream().map(c -> new CriterionLevel(c.criterion(), c.level(), c.min(), c.max(), null)).toList());
        }
    }

    @Schema(name = "CriterionLevel", description = "A criterion's level on its scale")
    public record CriterionLevel(
            @Schema(example = "two_way_interaction") String criterion,
            @Schema(example = "3") int level,
            @Schema(example = "0") int min,
            @Schema(example = "4") int max,
            @Schema(description = "Why the reviewer's level differs from the engine's") String reason) {
    }

    @Schema(name = "Assessment", description = "A stored answer with the engine's result (never changed) and the final result")
    public record View(
            UUID id,
            UUID candidateId,
            String question,
            String answer,
            @Schema(description = "The job title sent, when the role was matched from one") String roleTitle,
            ScoringResult engineResult,
            AssessmentStatus status,
            @Schema(description = "The result that counts; absent while the status is pending_review") FinalResult finalResult,
            @Schema(description = "How many reviews exist; GET .../reviews lists them") int reviewCount,
            Instant createdAt) {
    }

    @Schema(name = "AssessmentPage", description = "One page of assessments")
    public record Page(List<View> items, @Schema(description = "Cursor of the next page; absent on the last page") String nextCursor) {
    }

    @Schema(name = "ReviewInput", description = "A reviewer's judgement. Anything left out keeps the engine's value; a reason is required wherever it differs.")
    public record ReviewInput(
            @Schema(description = "Who reviewed", example = "Maria Lopez (hiring manager)") @NotBlank @Size(max = 200) String reviewer,
            @Schema(description = "Levels the reviewer sets, per criterion") @Size(max = 20) List<@NotNull @Valid CriterionOverride> criteria,
            @Schema(description = "Overall rating 1..5; default the engine's", example = "4") @Min(1) @Max(5) Integer rating,
            @Schema(description = "Default: from the rating by the rubric's table") Recommendation recommendation,
            @Schema(description = "Why the rating or recommendation differs from the engine's", maxLength = 2000) @Size(max = 2000) String reason,
            @Schema(description = "Free-form note", maxLength = 4000) @Size(max = 4000) String note) {
    }

    @Schema(name = "CriterionOverride", description = "A reviewer's level for one criterion")
    public record CriterionOverride(
            @Schema(example = "giving_to_others") @NotBlank @Size(max = 64) String criterion,
            @Schema(example = "3", minimum = "0", maximum = "4") @NotNull @Min(0) @Max(4) Integer level,
            @Schema(description = "Required when the level differs from the engine's", example = "Answers questions weekly in r/CommunityManager")
            @Size(max = 2000) String reason) {
    }

    @Schema(name = "Review", description = "A stored review")
    public record ReviewView(
            UUID id,
            UUID assessmentId,
            String reviewer,
            int rating,
            Recommendation recommendation,
            List<CriterionLevel> criteria,
            String reason,
            String note,
            Instant createdAt) {
    }

    @Schema(name = "ExportedAssessment", description = "An assessment with every review of it")
    public record Exported(View assessment, List<ReviewView> reviews) {
    }

    @Schema(name = "ReviewPage", description = "Every review of an assessment, oldest first; the last one is final")
    public record ReviewPage(List<ReviewView> items, @Schema(description = "Cursor of the next page; absent on the last page") String nextCursor) {
    }
}
