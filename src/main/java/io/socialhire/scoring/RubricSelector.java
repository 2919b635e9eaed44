package io.socialhire.scoring;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RubricSelector", description = "A rubric and optionally one of its versions (default: the latest)")
public record RubricSelector(
        @Schema(example = "participation") @NotBlank @Size(max = 64) String key,
        @Schema(example = "1", minimum = "1") @Min(1) Integer version) {
}
