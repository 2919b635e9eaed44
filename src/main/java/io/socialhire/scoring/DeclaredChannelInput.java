package io.socialhire.scoring;

import com.fasterxml.jackson.annotation.JsonCreator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A declared channel: either just a platform name ("X/Twitter") or an object. */
@Schema(name = "DeclaredChannelInput", description = "A channel the candidate declared. A plain string is read as the platform.")
public record DeclaredChannelInput(
        @Schema(description = "Platform id or name", example = "X/Twitter") @NotBlank @Size(max = 60) String platform,
        @Schema(example = "anamoreno") @Size(max = 100) String handle,
        @Schema(example = "r/CommunityManager") @Size(max = 200) String communityName,
        @Schema(example = "moderator") @Size(max = 16) String role,
        @Schema(example = "weekly") @Size(max = 16) String frequency) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static DeclaredChannelInput of(String platform) {
        return new DeclaredChannelInput(platform, null, null, null, null);
    }

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public DeclaredChannelInput {
    }
}
