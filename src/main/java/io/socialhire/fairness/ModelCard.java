package io.socialhire.fairness;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rubric version's model card: what it is for, what it reads, what it was fitted and measured on, and how well it agrees. */
@Schema(name = "ModelCard", description = "What a rubric version is for and how far to trust it. The figures come from the project's"
        + " labelled corpus and are checked by the build against the engine; versions published through the API have none"
        + " (measured false) until someone measures them")
public record ModelCard(
        @Schema(example = "participation") String rubricKey,
        @Schema(example = "2") int version,
        @Schema(example = "Where do you participate in social media?") String title,
        @Schema(description = "Whether the figures below were measured for this version") boolean measured,
        @Schema(description = "The date the figures were measured; for an unmeasured version the date it was published",
                example = "2026-12-03") LocalDate date,
        String intendedUse,
        List<String> outOfScopeUses,
        @Schema(description = "What the engine reads from a request") List<String> reads,
        @Schema(description = "What the engine never reads") List<String> ignores,
        @Schema(description = "Absent when not measured") Data data,
        @Schema(description = "Agreement with the human ratings per validation set, overall, per source and per language")
        List<Agreement> agreement,
        @Schema(description = "Known limitations") List<String> limitations) {

    @Schema(name = "ModelCardData", description = "The data the version was fitted and validated on")
    public record Data(
            @Schema(description = "The labelled corpus the sets below come from") String corpus,
            @Schema(description = "Answers per language in the whole corpus", example = "{\"en\": 522, \"es\": 72}")
            Map<String, Long> corpusByLanguage,
            DataSet fittedOn,
            List<DataSet> validatedOn) {
    }

    @Schema(name = "ModelCardDataSet", description = "A set of labelled answers")
    public record DataSet(
            @Schema(description = "The set's name, as the agreement rows use it", example = "locked_test_split") String set,
            String description,
            @Schema(example = "168") long answers,
            @Schema(description = "Answers per language", example = "{\"en\": 121, \"de\": 13}") Map<String, Long> byLanguage,
            @Schema(description = "Answers per source (writer) of the corpus") Map<String, Long> bySource,
            @Schema(description = "Answers per split, for sets outside the corpus") Map<String, Long> bySplit) {
    }

    @Schema(name = "ModelCardAgreement", description = "The engine's ratings against the human labels of one group")
    public record Agreement(
            @Schema(example = "locked_test_split") String set,
            @Schema(enumeration = {"all", "source", "language"}, example = "language") String dimension,
            @Schema(example = "en") String group,
            @Schema(example = "121") int count,
            @Schema(description = "Quadratic weighted kappa, -1..1 (1: perfect agreement); absent where undefined", example = "0.903")
            Double qwk,
            @Schema(description = "Share rated exactly as the humans did", example = "0.769") double exactAgreement,
            @Schema(description = "A tier-1 answer rated 4-5 or a tier-5 answer rated 1-2", example = "1") int severeErrors) {
    }
}
