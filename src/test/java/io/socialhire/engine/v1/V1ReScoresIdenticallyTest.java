package io.socialhire.engine.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.socialhire.engine.DeclaredChannel;
import io.socialhire.engine.Requests;
import io.socialhire.engine.Resources;
import io.socialhire.engine.ScoringRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Participation v1 gives today exactly the results it gave when it was published: 215 answers (the first labelled
 * set, each with and without a role and declared channels, plus edge cases) were scored by the v1 engine before
 * it moved into this package, and every field those results had must still be equal.
 */
class V1ReScoresIdenticallyTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void everyStoredResultIsReproduced() throws Exception {
        JsonNode golden = MAPPER.readTree(Resources.read("engine/v1-golden.json"));
        PhraseRuleEngine engine = PhraseRuleEngine.createDefault();
        assertThat(golden.size()).isEqualTo(215);
        List<String> differing = new ArrayList<>();
        for (JsonNode item : golden) {
            List<DeclaredChannel> declared = new ArrayList<>();
            item.path("declared").forEach(d -> declared.add(DeclaredChannel.of(d.asText())));
            ScoringRequest request = item.hasNonNull("roleId")
                    ? Requests.of(item.get("answer").asText(), item.get("roleId").asText(), declared)
                    : Requests.of(item.get("answer").asText());
            JsonNode now = MAPPER.valueToTree(engine.score(request));
            JsonNode stored = item.get("result");
            // every field a stored v1 result has must be equal; fields added since (summary, applied rules) are extra
            stored.fieldNames().forEachRemaining(field -> {
                if (!stored.get(field).equals(now.get(field)) && !differing.contains(item.get("id").asText())) {
                    differing.add(item.get("id").asText());
                }
            });
            assertThat(now.get("summary").asText()).isNotBlank();
        }
        assertThat(differing).as("answers whose v1 result changed").isEmpty();
    }
}
