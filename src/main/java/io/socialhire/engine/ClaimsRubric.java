package io.socialhire.engine;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A rubric version read by claims (format {@code claims/1}): the resources it binds (with content hashes), its
 * criteria and the scorer of each, the fitted rating model, the guide's caps and floors, recommendations, review
 * thresholds and follow-up questions. Immutable data; {@link ClaimsRubricParser} builds and validates it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClaimsRubric(String key, int version, String format, String title, String description,
                           ResourceSet resources, List<Criterion> criteria, RatingModel ratingModel, List<Rule> rules,
                           List<RecommendationEntry> recommendations, Review review, List<FollowUp> followUps,
                           int maxFollowUps) {

    public static final String FORMAT = "claims/1";

    /** A classpath resource and the SHA-256 its version was published with. */
    public record Bound(String path, String sha256) {
    }

    /**
     * @param languages           one lexicon per scored language
     * @param venues              the platforms recognised by name
     * @param recognisedLanguages function words of languages recognised but not scored
     * @param textModel           the text model giving the second opinion (optional)
     */
    public record ResourceSet(List<Bound> languages, Bound venues, Bound recognisedLanguages, Bound textModel) {
    }

    /** {@code scorer}: the name of the criterion scorer that computes the level (see the engine's Scorers). */
    public record Criterion(String key, String title, String scorer, List<Level> levels) {
        public String descriptor(int level) {
            for (Level l : levels) {
                if (l.level() == level) {
                    return l.descriptor();
                }
            }
            return "";
        }
    }

    public record Level(int level, String descriptor) {
    }

    /**
     * A cumulative-link model: P(rating <= k) = sigmoid(thresholds[k] - sum(weights[f] * feature f)). {@code fitted}
     * records how it was fitted (corpus, split, answers, penalty, cross-validated agreement).
     */
    public record RatingModel(String type, Map<String, Double> weights, List<Double> thresholds, Map<String, Object> fitted) {
    }

    /** A condition on one feature: it holds when the feature is below {@code below} or at least {@code atLeast}. */
    public record Condition(String feature, Double below, Double atLeast) {
        boolean holds(Map<String, Double> features) {
            double v = features.getOrDefault(feature, 0.0);
            return (below == null || v < below) && (atLeast == null || v >= atLeast);
        }
    }

    /** A cap or floor from the rating guide: when every condition holds, the rating is bounded. */
    public record Rule(String id, String description, List<Condition> when, Integer maxRating, Integer minRating) {
        public boolean applies(Map<String, Double> features) {
            for (Condition c : when) {
                if (!c.holds(features)) {
                    return false;
                }
            }
            return true;
        }
    }

    public record RecommendationEntry(int rating, Recommendation recommendation) {
    }

    /**
     * @param modelDisagreement     the text model's rating this far from the engine's asks for a human review
     * @param borderlineProbability below this probability of the chosen rating, the rating is borderline
     * @param veryShortWords        answers shorter than this are flagged for review
     */
    public record Review(int modelDisagreement, double borderlineProbability, int veryShortWords) {
    }

    /**
     * {@code when}: {@code named_community}, {@code flag:<flag>}, {@code criterionBelow:<criterion>:<level>} or
     * {@code always}; the template may use {community}, {platform} and {role}.
     */
    public record FollowUp(String id, String when, String template) {
    }

    public Recommendation recommendationFor(int rating) {
        for (RecommendationEntry e : recommendations) {
            if (e.rating() == rating) {
                return e.recommendation();
            }
        }
        throw new IllegalStateException("no recommendation for rating " + rating);
    }
}
