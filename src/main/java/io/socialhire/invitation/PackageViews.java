package io.socialhire.invitation;

import com.fasterxml.jackson.annotation.JsonValue;
import io.socialhire.common.ApiEnum;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the API shows and takes for assessment packages. */
public final class PackageViews {

    static final String ID = "^[a-z][a-z0-9_-]{1,63}$";
    /** The languages the candidate's page is offered in. */
    static final List<String> LANGUAGES = List.of("en", "es", "de", "fr", "pt");
    /** Every package's score is reported on 0-100, as ATS assessment APIs expect. */
    static final int MAX_SCORE = 100;

    private PackageViews() {
    }

    @Schema(name = "AssessmentPackageStatus", description = "active: can be ordered; retired: kept for past orders, not listed by default")
    public enum Status implements ApiEnum {
        ACTIVE, RETIRED;

        /** Declared here so that the OpenAPI scanner finds the JSON values on the enum itself. */
        @JsonValue
        @Override
        public String json() {
            return ApiEnum.super.json();
        }

        @Override
        public String toString() {
            return json();
        }
    }

    @Schema(name = "AssessmentPackageInput", description = "A package to add: the question asked, how it is scored and for which role")
    public record Input(
            @Schema(description = "Id (slug); derived from the name when absent. Never changes and is never reused.",
                    example = "esports-community-manager-participation", pattern = ID)
            @Pattern(regexp = ID, message = "must be 2-64 lower-case letters, digits, '-' or '_', starting with a letter")
            String id,
            @Schema(example = "Esports community manager: social media participation", maxLength = 200)
            @NotBlank @Size(max = 200)
            String name,
            @Schema(description = "What the ATS user sees when choosing a package", maxLength = 2000,
                    example = "One open question about where the candidate takes part in social media, scored 0-100 with evidence.")
            @Size(max = 2000)
            String description,
            @Schema(description = "The question the candidate answers; default \"Where do you participate in social media?\"",
                    maxLength = 500, example = "Where do you participate in social media?")
            @Size(max = 500)
            String question,
            @Schema(description = "Rubric that scores the answer; default participation", example = "participation")
            @Size(max = 64)
            String rubricKey,
            @Schema(description = "Role profile the answer is scored for (GET /api/v1/roles)", example = "gaming-community-manager")
            @NotBlank @Size(max = 64)
            String roleId,
            @Schema(description = "Languages the candidate's page offers (en, es, de, fr, pt); default all", example = "[\"en\", \"es\"]")
            @Size(max = 5)
            List<@NotBlank @Size(max = 5) String> languages) {
    }

    @Schema(name = "AssessmentPackage", description = "An assessment an ATS can order")
    public record View(
            @Schema(example = "community-manager-participation") String id,
            @Schema(example = "Community manager: social media participation") String name,
            String description,
            @Schema(example = "Where do you participate in social media?") String question,
            @Schema(example = "participation") String rubricKey,
            @Schema(example = "community-manager") String roleId,
            @Schema(example = "[\"en\", \"es\", \"de\", \"fr\", \"pt\"]") List<String> languages,
            @Schema(description = "Scores are reported on 0..maxScore", example = "100") int maxScore,
            Status status,
            @Schema(description = "Shipped with socialhire") boolean builtin,
            @Schema(description = "When it was retired; absent while active") Instant retiredAt,
            Instant createdAt,
            Instant updatedAt,
            long version) {
    }

    @Schema(name = "AssessmentPackagePage", description = "Assessment packages")
    public record Page(List<View> items) {
    }
}
