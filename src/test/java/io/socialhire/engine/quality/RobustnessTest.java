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

/** Answers written to trick a rater are never rated above the tier they deserve. */
class RobustnessTest {

    @Test
    void noGamingAnswerIsRatedAboveItsTier() throws Exception {
        JsonNode items = new ObjectMapper().readTree(Resources.read("engine/gaming.json"));
        assertThat(items.size()).isGreaterThanOrEqualTo(40);
        List<String> over = new ArrayList<>();
        for (JsonNode item : items) {
            ScoringResult r = Evaluation.ENGINE.score(Requests.of(item.get("answer").asText()));
            int rating = r.rating() == null ? 1 : r.rating();
            if (rating > item.get("maxTier").asInt()) {
                over.add(item.get("id").asText() + " (" + item.get("kind").asText() + "): " + rating + " > "
                        + item.get("maxTier").asInt());
            }
        }
        assertThat(over).as("gaming answers rated above their tier").isEmpty();
    }
}
