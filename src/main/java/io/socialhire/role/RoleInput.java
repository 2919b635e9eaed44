package io.socialhire.role;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RoleInput", description = "A role profile: title, the rubric it uses, and the platforms or categories where its audience is")
public record RoleInput(
        @Schema(description = "Id (slug); derived from the title when absent. Cannot change later.", example = "esports-community-manager",
                pattern = RoleInput.ID)
        @Pattern(regexp = RoleInput.ID, message = "must be 2-64 lower-case letters, digits, '-' or '_', starting with a letter")
        String id,
        @Schema(example = "Esports community manager", maxLength = 200)
        @NotBlank @Size(max = 200)
        String title,
        @Schema(description = "Rubric used for this role; default participation", example = "participation")
        @Size(max = 64)
        String rubricKey,
        @Schema(description = "Platform categories where this role's audience is", example = "[\"chat_community\", \"live_streaming\"]")
        @Size(max = 14)
        List<@NotBlank @Size(max = 40) String> focusCategories,
        @Schema(description = "Platforms (ids or names) where this role's audience is", example = "[\"discord\", \"twitch\", \"reddit\"]")
        @Size(max = 40)
        List<@NotBlank @Size(max = 60) String> focusPlatforms,
        @Schema(description = "Words that match a free-text job title to this role", example = "[\"esports\", \"community\", \"tournament\"]")
        @Size(max = 40)
        List<@NotBlank @Size(max = 60) String> keywords) {

    static final String ID = "^[a-z][a-z0-9_-]{1,63}$";
}
