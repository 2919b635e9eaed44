package io.socialhire.engine.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.socialhire.engine.Recommendation;
import io.socialhire.engine.Requests;
import io.socialhire.engine.Resources;
import io.socialhire.engine.RubricValidationException;
import io.socialhire.engine.ScoringResult;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class RubricParserTest {
    static final ObjectMapper OM = new ObjectMapper();

    static ObjectNode base() throws Exception {
        return (ObjectNode) OM.readTree(Resources.read(RubricParser.DEFAULT_RUBRIC_RESOURCE));
    }

    static List<String> problems(Consumer<ObjectNode> edit) throws Exception {
        ObjectNode n = base();
        edit.accept(n);
        try {
            RubricParser.parse(OM.writeValueAsString(n));
        } catch (RubricValidationException e) {
            return e.problems().stream().map(RubricValidationException.Problem::toString).toList();
        }
        return List.of();
    }

    @Test
    void defaultRubricParses() {
        RubricDefinition r = RubricParser.loadDefault();
        assertThat(r.key()).isEqualTo("participation");
        assertThat(r.version()).isEqualTo(1);
        assertThat(r.criteria()).extracting(RubricDefinition.Criterion::key).containsExactly("active_participation",
                "two_way_interaction", "giving_to_others", "learning_in_public", "relevant_reach", "specificity");
        assertThat(r.lexicons().keySet()).containsExactly("en", "es", "de", "fr", "pt");
        assertThat(r.recommendationFor(1)).isEqualTo(Recommendation.DEFINITELY_NOT);
        assertThat(r.recommendationFor(5)).isEqualTo(Recommendation.STRONG_YES);
    }

    @Test
    void missingLevelIsNamed() throws Exception {
        assertThat(problems(n -> ((ArrayNode) n.get("criteria").get(2).get("levels")).remove(3)))
                .containsExactly("criteria[2].levels: expected levels 0..4, level 3 missing");
    }

    @Test
    void badWeightUnknownFieldAndDuplicateCriterionAreAllReported() throws Exception {
        List<String> p = problems(n -> {
            ((ObjectNode) n.get("criteria").get(0)).put("weight", -2);
            ((ObjectNode) n.get("criteria").get(1)).put("key", "active_participation");
            n.put("colour", "blue");
        });
        assertThat(p).contains("criteria[0].weight: must be > 0 and <= 1000, got -2",
                "criteria[1].key: duplicate criterion 'active_participation'", "colour: unknown field");
    }

    @Test
    void ratingBandsAndRecommendationsMustCoverOneToFive() throws Exception {
        assertThat(problems(n -> ((ArrayNode) n.get("ratingBands")).remove(4)))
                .contains("ratingBands: expected ratings 1..5, rating 5 missing");
        assertThat(problems(n -> ((ObjectNode) n.get("recommendations").get(2)).put("recommendation", "maybe")))
                .contains("recommendations[2].recommendation: expected definitely_not|no|mixed|yes|strong_yes, got 'maybe'");
        assertThat(problems(n -> ((ObjectNode) n.get("ratingBands").get(3)).put("minScore", 20)))
                .anyMatch(s -> s.startsWith("ratingBands[3].minScore: must be greater than"));
    }

    @Test
    void unknownSignalsFlagsAndCriteriaAreNamed() throws Exception {
        List<String> p = problems(n -> {
            ((ObjectNode) n.get("signals")).putObject("dance").put("rung", 2);
            ((ObjectNode) n.get("rules").get(0).get("when")).putArray("anyFlags").add("too_cool");
            ((ObjectNode) n.get("signals").get("comment").get("contributes")).put("charisma", 3);
        });
        assertThat(p).anyMatch(s -> s.startsWith("signals.dance: unknown signal 'dance'"));
        assertThat(p).contains("rules[0].when.anyFlags[0]: unknown flag 'too_cool'",
                "signals.comment.contributes.charisma: unknown criterion 'charisma'");
    }

    @Test
    void lexiconProblemsAreNamed() throws Exception {
        assertThat(problems(n -> ((ObjectNode) n.get("lexicons")).put("es", "lexicons/nope.json")))
                .containsExactly("lexicons.es: lexicon resource 'lexicons/nope.json' not found");
        assertThat(problems(n -> ((ObjectNode) n.get("lexicons")).put("it", "lexicons/en.json")))
                .containsExactly("lexicons.it: unsupported language 'it' (supported: en, es, de, fr, pt)");
        assertThat(problems(n -> ((ObjectNode) n.get("lexicons")).putObject("en").putObject("categories")
                .putArray("sparkle").add("x")))
                .contains("lexicons.en.categories.sparkle: unknown lexicon category 'sparkle'");
    }

    @Test
    void requiredFieldsAndMalformedJson() {
        assertThatThrownBy(() -> RubricParser.parse("{\"key\": \"x1\""))
                .isInstanceOf(RubricValidationException.class)
                .hasMessageContaining("malformed JSON");
        RubricValidationException e = org.junit.jupiter.api.Assertions.assertThrows(RubricValidationException.class,
                () -> RubricParser.parse("{}"));
        assertThat(e.problems()).extracting(RubricValidationException.Problem::toString)
                .contains("key: required", "version: required", "title: required", "criteria: required",
                        "ratingBands: required", "recommendations: required", "lexicons: required");
    }

    @Test
    void aNewVersionWithDifferentWeightsIsUsable() throws Exception {
        ObjectNode n = base();
        n.put("version", 2);
        ((ObjectNode) n.get("criteria").get(5)).put("weight", 30);
        RubricDefinition r2 = RubricParser.parse(OM.writeValueAsString(n));
        PhraseRuleEngine e2 = new PhraseRuleEngine(r2);
        ScoringResult res = e2.score(Requests.of("I moderate r/loseit and reply to 20 posts a day."));
        assertThat(res.rubric()).isEqualTo(new ScoringResult.RubricRef("participation", 2));
        assertThat(res.criteria().get(5).weight()).isEqualTo(30.0);
    }
}
