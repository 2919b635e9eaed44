package io.socialhire.platform;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Platform", description = "A social-media platform or venue from the catalog")
public record PlatformView(
        @Schema(description = "Stable id used everywhere in the API", example = "reddit") String id,
        @Schema(description = "Display name", example = "Reddit") String name,
        @Schema(description = "Kind of venue", example = "forum_community") String category,
        @Schema(example = "https://www.reddit.com") String homepage,
        @Schema(description = "Names accepted for this platform in requests", example = "[\"reddit\", \"subreddit\"]") List<String> aliases,
        @Schema(description = "What a channel on it can name", example = "[\"user\", \"community\"]") List<String> identifierKinds) {

    static PlatformView of(Platform p) {
        return new PlatformView(p.id(), p.name(), p.category().jsonValue(), p.homepage(), p.aliases(),
                p.kinds().stream().map(IdentifierKind::jsonValue).toList());
    }
}
