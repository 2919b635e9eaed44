package io.socialhire.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A claims rubric version binds every resource it reads, so no later edit can change how it scores. */
class ClaimsRubricTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String V2 = Resources.read("rubrics/participation/v2.json");

    static ObjectNode v2() throws Exception {
        return (ObjectNode) MAPPER.readTree(V2);
    }

    static List<String> problems(ObjectNode doc) throws Exception {
        try {
            ClaimsRubricParser.parse(MAPPER.writeValueAsString(doc));
            return List.of();
        } catch (RubricValidationException e) {
            List<String> out = new ArrayList<>();
            e.problems().forEach(p -> out.add(p.path() + ": " + p.message()));
            return out;
        }
    }

    @Test
    void theShippedVersionBindsEveryResourceItReads() throws Exception {
        ClaimsRubric r = ClaimsRubricParser.parse(V2);
        List<ClaimsRubric.Bound> bound = new ArrayList<>(r.resources().languages());
        bound.add(r.resources().venues());
        bound.add(r.resources().recognisedLanguages());
        bound.add(r.resources().textModel());
        assertThat(bound).allSatisfy(b -> {
            assertThat(b.sha256()).matches("[0-9a-f]{64}");
            assertThat(Resources.readBoundBytes(b.path(), b.sha256())).isNotEmpty();
        });
        assertThat(r.resources().languages()).extracting(ClaimsRubric.Bound::path)
                .contains("engine/v2/lang/en.json", "engine/v2/lang/de.json");
    }

    @Test
    void aResourceWhoseContentNoLongerMatchesItsHashIsRefused() throws Exception {
        ObjectNode doc = v2();
        String other = Resources.sha256("a lexicon edited after the version was published".getBytes(StandardCharsets.UTF_8));
        ((ObjectNode) doc.get("resources").get("languages").get(0)).put("sha256", other);
        ((ObjectNode) doc.get("resources").get("venues")).put("sha256", other);
        assertThat(problems(doc)).contains(
                "resources.languages[0].sha256: does not match the resource's content",
                "resources.venues.sha256: does not match the resource's content");
    }

    @Test
    void resourcesMustBeBoundAndInsideTheEngineFolder() throws Exception {
        ObjectNode doc = v2();
        ((ObjectNode) doc.get("resources").get("venues")).remove("sha256");
        ((ObjectNode) doc.get("resources").get("recognisedLanguages")).put("path", "../application.properties");
        ((ObjectNode) doc.get("resources").get("languages").get(1)).put("path", "engine/v2/lang/xx.json");
        assertThat(problems(doc)).contains(
                "resources.venues.sha256: must be 64 lower-case hex digits",
                "resources.recognisedLanguages.path: must name a resource under engine/",
                "resources.languages[1].path: no such resource");
    }

    @Test
    void scorersFeaturesAndRulesAreChecked() throws Exception {
        ObjectNode doc = v2();
        ((ObjectNode) doc.get("criteria").get(0)).put("scorer", "keyword_count");
        ((ObjectNode) doc.get("ratingModel").get("weights")).put("followers", 1.0);
        ArrayNode thresholds = (ArrayNode) doc.get("ratingModel").get("thresholds");
        thresholds.set(1, thresholds.get(0).doubleValue() - 1);
        ((ObjectNode) doc.get("rules").get(0).get("when").get(0)).put("feature", "likes");
        assertThat(problems(doc)).anySatisfy(p -> assertThat(p).startsWith("criteria[0].scorer: must be one of:"))
                .contains("ratingModel.weights.followers: unknown feature",
                        "ratingModel.thresholds: expected 4 increasing numbers",
                        "rules[0].when[0].feature: unknown feature");
    }

    @Test
    void theEngineScoresWithTheResourcesItWasBoundTo() {
        ScoringEngine engine = Engines.fromJson(V2);
        ScoringResult r = engine.score(Requests.of("I moderate r/Gardening and answer beginners' questions there every week."));
        assertThat(r.rubric().version()).isEqualTo(2);
        assertThat(r.claims()).anyMatch(c -> c.credited() && c.activity().equals("lead"));
    }
}
