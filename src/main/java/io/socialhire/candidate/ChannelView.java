package io.socialhire.candidate;

import io.socialhire.common.ApiEnum;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Channel", description = "A participation channel a candidate declared, normalized")
public record ChannelView(
        UUID id,
        @Schema(description = "Platform id from the catalog", example = "reddit") String platform,
        @Schema(description = "Platform display name", example = "Reddit") String platformName,
        @Schema(description = "Whether the channel names a personal account or a community", enumeration = {"user", "community"}, example = "community")
        String kind,
        @Schema(description = "Canonical handle", example = "r/CommunityManager") String handle,
        @Schema(description = "Canonical URL", example = "https://www.reddit.com/r/CommunityManager") String profileUrl,
        @Schema(example = "r/CommunityManager") String communityName,
        ChannelRole role,
        Frequency frequency,
        @Schema(example = "2021-04") String since,
        @Schema(example = "1200") Long audienceSize,
        String notes,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Increments on every change; the ETag carries it", example = "0") long version) {

    static ChannelView of(Channel c, String platformName) {
        return new ChannelView(c.id, c.platform, platformName, c.kind, c.handle, c.profileUrl, c.communityName,
                ApiEnum.fromJson(ChannelRole.class, c.role), ApiEnum.fromJson(Frequency.class, c.frequency), c.since, c.audienceSize, c.notes,
                c.createdAt, c.updatedAt, c.version);
    }
}
