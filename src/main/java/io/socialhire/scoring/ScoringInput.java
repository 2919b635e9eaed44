package io.socialhire.scoring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScoringInput", description = "An answer to \"Where do you participate in social media?\" and its context")
public record ScoringInput(
        @Schema(description = "The candidate's answer, in English, Spanish, German, French or Portuguese",
                maxLength = ScoringInput.MAX_ANSWER_CHARS, example = ScoringExamples.ANSWER)
        @NotNull @Size(max = MAX_ANSWER_CHARS, message = "must be at most " + MAX_ANSWER_CHARS + " characters")
        String answer,
        @Schema(description = "Role profile id (see GET /api/v1/roles); give this or roleTitle", example = "community-manager", maxLength = 64)
        @Size(max = 64)
        String roleId,
        @Schema(description = "Job title as the ATS has it, matched to the closest role profile", example = "Community manager (mobile game studio)", maxLength = 200)
        @Size(max = 200)
        String roleTitle,
        @Schema(description = "Channels the candidate declared, to cross-check the answer against: a platform id or name (\"X/Twitter\") or an object", maxItems = 50)
        @Size(max = 50)
        List<@NotNull @Valid DeclaredChannelInput> declaredChannels,
        @Schema(description = "Rubric to score with; default: the role's rubric, latest version")
        @Valid
        RubricSelector rubric) {

    /** Longest answer scored; a spoken or written interview answer is far shorter. */
    public static final int MAX_ANSWER_CHARS = 20_000;
}
