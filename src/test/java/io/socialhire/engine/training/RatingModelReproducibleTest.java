package io.socialhire.engine.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.socialhire.engine.ClaimsEngine;
import io.socialhire.engine.ClaimsRubric;
import io.socialhire.engine.ClaimsRubricParser;
import io.socialhire.engine.Resources;
import io.socialhire.engine.corpus.Corpus;
import io.socialhire.engine.rating.OrdinalModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rating model stored in participation v2 is what the fitting tool makes from the train split of the corpus
 * sources it was fitted on: anyone can rebuild it, and nothing else (no test answer, no external set) went into it.
 */
class RatingModelReproducibleTest {
    @Test
    void refittingOnTheTrainSplitGivesTheStoredModel() {
        ClaimsRubric rubric = ClaimsRubricParser.parse(Resources.read("rubrics/participation/v2.json"));
        ClaimsRubric.RatingModel stored = rubric.ratingModel();
        // version 2 was fitted before the corpus grew; its file cannot change, so its sources are named in Corpus
        List<String> sources = Corpus.VERSION_2_SOURCES;
        List<Corpus.Item> train = Corpus.train().stream().filter(i -> sources.contains(i.source())).toList();
        assertThat(stored.fitted()).containsEntry("split", "train").containsEntry("answers", train.size());
        double penalty = ((Number) stored.fitted().get("penalty")).doubleValue();

        List<Map<String, Double>> features = FitParticipation.features(new ClaimsEngine(rubric), train);
        List<String> names = new ArrayList<>(stored.weights().keySet()); // the features the fit chose, in its order
        int[] ratings = train.stream().mapToInt(Corpus.Item::tier).toArray();
        OrdinalModel refit = OrdinalFit.fit(names, FitParticipation.matrix(features, names), ratings, penalty);

        assertThat(refit.weights().keySet()).containsExactlyInAnyOrderElementsOf(stored.weights().keySet());
        refit.weights().forEach((feature, weight) ->
                assertThat(weight).as(feature).isCloseTo(stored.weights().get(feature), within(1e-4)));
        double[] thresholds = refit.thresholds();
        for (int k = 0; k < thresholds.length; k++) {
            assertThat(thresholds[k]).as("threshold %d", k).isCloseTo(stored.thresholds().get(k), within(1e-4));
        }
    }
}
