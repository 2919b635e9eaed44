package io.socialhire.candidate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AtsReference", description = "Where the candidate comes from in an applicant tracking system")
public record AtsReference(
        @Schema(description = "The ATS, lower-case", example = "greenhouse", pattern = Limits.ATS_SOURCE, maxLength = 64)
        @NotBlank @Size(max = 64)
        @Pattern(regexp = Limits.ATS_SOURCE, message = "must be lower-case letters, digits, '-' or '_'")
        String source,

        @Schema(description = "The candidate's id in that ATS", example = "48213377", maxLength = 128, pattern = Limits.EXTERNAL_ID)
        @NotBlank @Size(max = 128)
        @Pattern(regexp = Limits.EXTERNAL_ID, message = "must be letters, digits or . _ : -")
        String externalId) {
}
