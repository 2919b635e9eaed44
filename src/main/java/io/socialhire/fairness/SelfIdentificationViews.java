package io.socialhire.fairness;

import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the API takes and shows for self-identification. */
public final class SelfIdentificationViews {

    static final String SEX = "^(female|male|other|declined)$";
    static final String RACE_ETHNICITY = "^(hispanic_or_latino|white|black_or_african_american|native_hawaiian_or_pacific_islander"
            + "|asian|american_indian_or_alaska_native|two_or_more_races|declined)$";
    static final String AGE_BAND = "^(under_40|40_and_over|declined)$";

    private SelfIdentificationViews() {
    }

    @Schema(name = "SelfIdentificationInput", description = "What the candidate chose to tell, as the ATS forwards it. Every field is"
            + " optional; \"declined\" is an answer of its own. Used only for adverse-impact reporting, never for scoring.")
    public record Input(
            @Schema(enumeration = {"female", "male", "other", "declined"}, example = "female")
            @Pattern(regexp = SEX, message = "must be one of: female, male, other, declined")
            String sex,
            @Schema(description = "The EEO-1 categories", enumeration = {"hispanic_or_latino", "white", "black_or_african_american",
                    "native_hawaiian_or_pacific_islander", "asian", "american_indian_or_alaska_native", "two_or_more_races", "declined"},
                    example = "declined")
            @Pattern(regexp = RACE_ETHNICITY, message = "must be one of the EEO-1 categories (hispanic_or_latino, white,"
                    + " black_or_african_american, native_hawaiian_or_pacific_islander, asian, american_indian_or_alaska_native,"
                    + " two_or_more_races) or declined")
            String raceEthnicity,
            @Schema(enumeration = {"under_40", "40_and_over", "declined"}, example = "40_and_over")
            @Pattern(regexp = AGE_BAND, message = "must be one of: under_40, 40_and_over, declined")
            String ageBand) {
    }

    @Schema(name = "SelfIdentification", description = "A candidate's voluntary self-identification; absent fields were not given")
    public record View(
            UUID candidateId,
            @Schema(example = "female") String sex,
            @Schema(example = "declined") String raceEthnicity,
            @Schema(example = "40_and_over") String ageBand,
            Instant createdAt,
            Instant updatedAt) {
    }
}
