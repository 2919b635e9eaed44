package io.socialhire.candidate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A candidate as clients create or replace it. */
@Schema(name = "CandidateInput", description = "A candidate and, optionally, the participation channels they declare.")
public record CandidateInput(
        @Schema(description = "Full name", example = "Ana Moreno", maxLength = 200)
        @NotBlank @Size(max = 200)
        String fullName,

        @Schema(description = "Email address; unique across candidates, compared case-insensitively and stored lower-case",
                example = "ana.moreno@example.com", maxLength = 254)
        @NotBlank @Email @Size(max = 254)
        String email,

        @Schema(description = "Phone number in international form", example = "+34 600 123 456", maxLength = 40,
                pattern = Limits.PHONE)
        @Size(max = 40) @Pattern(regexp = Limits.PHONE, message = "must be a phone number: digits, spaces, + ( ) . -")
        String phone,

        @Schema(description = "Where the candidate lives or works", example = "Valencia, Spain", maxLength = 200)
        @Size(max = 200)
        String location,

        @Schema(description = "One-line summary", example = "Community manager for indie game studios", maxLength = 300)
        @Size(max = 300)
        String headline,

        @Schema(description = "Short labels of up to 40 characters: letters and digits of any script, spaces and . _ + # -, "
                + "starting with a letter or digit; compared case-insensitively and returned lower-case", maxItems = 30,
                example = "[\"gaming\", \"spanish\"]")
        @Size(max = 30)
        Set<@NotBlank @Size(max = 40) @TagLabel String> tags,

        @Schema(description = "The candidate's record in an applicant tracking system; unique per source")
        @Valid
        AtsReference ats,

        @Schema(description = "Participation channels; on a replace (PUT) a given list replaces the current one, an absent list leaves it alone",
                maxItems = 50)
        @Size(max = 50)
        List<@NotNull @Valid ChannelInput> channels) {
}
