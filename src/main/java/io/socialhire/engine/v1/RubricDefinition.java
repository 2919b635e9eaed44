package io.socialhire.engine.v1;

import io.socialhire.engine.Recommendation;
import java.util.List;
import java.util.Map;

/**
 * A parsed, validated rubric version (see README-engine.md for the JSON structure). Immutable; all maps are
 * ordered (insertion order of the JSON document) so iteration is deterministic.
 */
public record RubricDefinition(
        String key,
        int version,
        String title,
        String description,
        Map<String, Lexicon> lexicons,
        List<Criterion> criteria,
        Map<String, SignalSpec> signals,
        BreadthBonus breadthBonus,
        List<String> interactionSignals,
        List<String> broadcastSignals,
        ReachSpec reach,
        SpecificitySpec specificity,
        List<RatingBand> ratingBands,
        List<Rule> rules,
        List<RecommendationEntry> recommendations,
        ReviewSpec review,
        List<FollowUp> followUps,
        int maxFollowUps) {

    public record Level(int level, String descriptor) {
    }

    public record Criterion(String key, String title, double weight, boolean breadthBonus, List<Level> levels) {
        public String descriptor(int level) {
            if (level >= 0 && level < levels.size() && levels.get(level).level() == level) {
                return levels.get(level).descriptor();
            }
            for (Level l : levels) {
                if (l.level() == level) {
                    return l.descriptor();
                }
            }
            return "";
        }
    }

    /** A signal kind (lexicon category): its participation rung and what it contributes to which criterion. */
    public record SignalSpec(int rung, Map<String, Integer> contributes, List<String> requiresAny) {
    }

    public record BreadthBonus(int minDistinctSignals, int minContribution, int bonus) {
    }

    public record ReachSpec(double pointsPerCategory, double maxCategoryPoints, double communityBonus,
                            double focusBonus, int minRungForVenue, int presenceOnlyMax, int professionalOnlyMax,
                            List<String> communityCategories) {
    }

    public record SpecificitySpec(double namedCommunity, double maxNamedCommunity, double handleOrUrl,
                                  double frequency, double recency, double number, double platformNamed,
                                  double maxPlatformNamed) {
    }

    public record RatingBand(int rating, double minScore) {
    }

    /** A cap or floor; it applies when every present part of {@code when} holds. */
    public record Rule(String id, String description, Condition when, Integer minRating, Integer maxRating) {
    }

    public record Condition(List<String> anyFlags, List<String> noneFlags, List<String> anyFacts,
                            CriterionThreshold criterionBelow) {
    }

    public record CriterionThreshold(String criterion, int level) {
    }

    public record RecommendationEntry(int rating, Recommendation recommendation) {
    }

    public record ReviewSpec(double borderlineMargin, int veryShortWords, int minWordsForLanguage) {
    }

    /** {@code when}: {@code named_community}, {@code flag:<flag>} or {@code criterionBelow:<criterion>:<level>}. */
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
