package io.socialhire.engine.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.socialhire.engine.Requests;
import io.socialhire.engine.Resources;
import io.socialhire.engine.ScoringResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who the candidate is, and how well they write English, does not move the result: 60 corpus answers rewritten with
 * other names and genders, and again as a non-native or informal speaker would write them, score within 5 points and
 * one rating of the original.
 */
class FairnessTest {

    @Test
    void namesPronounsAndInformalEnglishMoveTheScoreFiveAtMost() throws Exception {
        JsonNode items = new ObjectMapper().readTree(Resources.read("engine/fairness.json"));
        assertThat(items.size()).isGreaterThanOrEqualTo(50);
        List<String> moved = new ArrayList<>();
        int scored = 0;
        for (JsonNode item : items) {
            ScoringResult original = Evaluation.ENGINE.score(Requests.of(item.get("original").asText()));
            for (String variant : List.of("names", "informal")) {
                ScoringResult changed = Evaluation.ENGINE.score(Requests.of(item.get(variant).asText()));
                scored++;
                if (Math.abs(changed.score() - original.score()) > 5 || Math.abs(changed.rating() - original.rating()) > 1) {
                    moved.add(item.get("id").asText() + " " + variant + ": " + original.rating() + "/" + original.score()
                            + " -> " + changed.rating() + "/" + changed.score());
                }
            }
        }
        assertThat(scored).isEqualTo(2 * items.size());
        assertThat(moved).as("variants that moved more than 5 points or one rating").isEmpty();
    }
}
