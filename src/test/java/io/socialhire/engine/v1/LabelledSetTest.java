package io.socialhire.engine.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.socialhire.engine.Agreement;
import io.socialhire.engine.Requests;
import io.socialhire.engine.Resources;
import io.socialhire.engine.ScoringResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quadratic weighted kappa of the engine against human labels (src/test/resources/labelled/answers.json).
 * Items with split "holdout" were not looked at while tuning; only their aggregate figures are printed.
 */
class LabelledSetTest {
    record Item(String id, String split, int rating, List<String> tags, String answer) {
    }

    static List<Item> items;
    static PhraseRuleEngine engine;

    @BeforeAll
    static void load() throws Exception {
        items = new ObjectMapper().readValue(Resources.read("labelled/answers.json"),
                new TypeReference<List<Item>>() { });
        engine = PhraseRuleEngine.createDefault();
    }

    private static Agreement agreement(String split, boolean printMisses) {
        List<Agreement.Pair> pairs = new ArrayList<>();
        for (Item it : items) {
            if (split != null && !it.split().equals(split)) {
                continue;
            }
            ScoringResult r = engine.score(Requests.of(it.answer()));
            int got = r.rating() == null ? 1 : r.rating();
            pairs.add(new Agreement.Pair(got, it.rating()));
            if (printMisses && Boolean.getBoolean("labelled.dump")) {
                System.out.printf("DUMP %s label=%d got=%d score=%d%n", it.id(), it.rating(), got, r.score());
            }
            if (printMisses && got != it.rating()) {
                System.out.printf("MISS %s expected=%d got=%d score=%d flags=%s levels=%s%n", it.id(), it.rating(), got,
                        r.score(), r.flags(), r.criteria().stream().map(c -> c.criterion().substring(0, 4) + "=" + c.level()).toList());
            }
        }
        return Agreement.of(pairs, 1, 5);
    }

    @Test
    void labelledSetReachesKappa() {
        assertThat(items.size()).isGreaterThanOrEqualTo(90);
        for (int r = 1; r <= 5; r++) {
            int rr = r;
            assertThat(items.stream().filter(i -> i.rating() == rr).count()).as("rating %d covered", r).isGreaterThan(0);
        }
        Agreement tune = agreement("tune", Boolean.getBoolean("labelled.verbose"));
        Agreement holdout = agreement("holdout", false);
        Agreement all = agreement(null, false);
        System.out.printf("LABELLED SET tune: n=%d QWK=%.3f exact=%.2f adjacent=%.2f meanDiff=%.2f%n", tune.count(),
                tune.quadraticWeightedKappa(), tune.exactAgreement(), tune.adjacentAgreement(), tune.meanDifference());
        System.out.printf("LABELLED SET holdout: n=%d QWK=%.3f exact=%.2f adjacent=%.2f meanDiff=%.2f%n", holdout.count(),
                holdout.quadraticWeightedKappa(), holdout.exactAgreement(), holdout.adjacentAgreement(), holdout.meanDifference());
        System.out.printf("LABELLED SET all: n=%d QWK=%.3f exact=%.2f adjacent=%.2f meanDiff=%.2f%n", all.count(),
                all.quadraticWeightedKappa(), all.exactAgreement(), all.adjacentAgreement(), all.meanDifference());
        assertThat(all.quadraticWeightedKappa()).isGreaterThanOrEqualTo(0.80);
        assertThat(tune.quadraticWeightedKappa()).isGreaterThanOrEqualTo(0.80);
    }
}
