package io.socialhire.candidate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A participation channel as clients declare it. */
@Schema(name = "ChannelInput", description = "A venue where the candidate takes part. Give a handle, a profileUrl or a communityName (or several).")
public record ChannelInput(
        @Schema(description = "Platform id or a name for it (\"x\", \"X/Twitter\", \"Reddit\"); see GET /api/v1/platforms",
                example = "reddit", maxLength = 60)
        @NotBlank @Size(max = 60)
        String platform,

        @Schema(description = "Handle on the platform; normalized per platform (\"@Name\" and \"name\" are the same X account; \"r/x\" is a subreddit, \"u/x\" a Reddit user)",
                example = "r/CommunityManager", maxLength = 100)
        @Size(max = 100)
        String handle,

        @Schema(description = "Profile or community URL on the platform; normalized to its canonical form",
                example = "https://www.reddit.com/r/CommunityManager/", maxLength = 2048)
        @Size(max = 2048)
        String profileUrl,

        @Schema(description = "Name of the community, server, group or event series", example = "r/CommunityManager", maxLength = 200)
        @Size(max = 200)
        String communityName,

        @Schema(description = "The candidate's role there", example = "moderator")
        @NotNull
        ChannelRole role,

        @Schema(description = "How often the candidate takes part", example = "weekly")
        @NotNull
        Frequency frequency,

        @Schema(description = "Year and month they started", example = "2021-04", pattern = Limits.YEAR_MONTH)
        @Pattern(regexp = Limits.YEAR_MONTH, message = "must be a year and month such as 2021-04")
        String since,

        @Schema(description = "Followers or members reached; informational only, it never adds to a score", example = "1200", minimum = "0")
        @PositiveOrZero
        Long audienceSize,

        @Schema(description = "Free-form notes", maxLength = 2000)
        @Size(max = 2000)
        String notes) {
}
