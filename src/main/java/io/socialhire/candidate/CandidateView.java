package io.socialhire.candidate;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Candidate", description = "A candidate with the participation channels they declared")
public record CandidateView(
        UUID id,
        @Schema(example = "Ana Moreno") String fullName,
        @Schema(example = "ana.moreno@example.com") String email,
        @Schema(example = "+34 600 123 456") String phone,
        @Schema(example = "Valencia, Spain") String location,
        @Schema(example = "Community manager for indie game studios") String headline,
        List<String> tags,
        AtsReference ats,
        List<ChannelView> channels,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Increments on every change; the ETag carries it", example = "0") long version) {
}
