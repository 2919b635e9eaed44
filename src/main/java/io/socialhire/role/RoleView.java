package io.socialhire.role;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Role", description = "A role profile")
public record RoleView(
        @Schema(example = "gaming-community-manager") String id,
        @Schema(example = "Gaming community manager") String title,
        @Schema(example = "participation") String rubricKey,
        @Schema(example = "[\"chat_community\", \"live_streaming\", \"forum_community\"]") List<String> focusCategories,
        @Schema(example = "[\"discord\", \"twitch\", \"reddit\", \"steam\"]") List<String> focusPlatforms,
        @Schema(example = "[\"gaming\", \"game\", \"studio\", \"players\"]") List<String> keywords,
        @Schema(description = "Shipped with socialhire") boolean builtin,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
