package io.socialhire.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.socialhire.engine.claims.Activity;
import io.socialhire.engine.claims.Claim;
import io.socialhire.engine.claims.ClaimReader;
import io.socialhire.engine.claims.Reading;
import io.socialhire.engine.claims.Venue;
import io.socialhire.engine.claims.VenueCatalog;
import io.socialhire.engine.criteria.CriterionScorer;
import io.socialhire.engine.criteria.Evidence;
import io.socialhire.engine.criteria.Scorers;
import io.socialhire.engine.lang.LanguageDetector;
import io.socialhire.engine.lang.LanguagePack;
import io.socialhire.engine.rating.Features;
import io.socialhire.engine.rating.OrdinalModel;
import io.socialhire.engine.rating.TextModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Participation read as claims: detect the language, read the claims, compute each criterion's level with its
 * scorer, rate with the fitted ordinal model, bound the rating with the guide's rules, then explain. Built once per
 * rubric version; {@link #score(ScoringRequest)} is thread-safe and deterministic.
 */
public final class ClaimsEngine implements ScoringEngine {
    public static final String ENGINE_VERSION = "participation-claims/2.0.0";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ClaimsRubric rubric;
    private final ClaimReader reader;
    private final List<CriterionScorer> scorers;
    private final OrdinalModel model;
    private final TextModel textModel;
    private final Explanation explanation;

    public ClaimsEngine(ClaimsRubric rubric) {
        this.rubric = rubric;
        List<String> problems = new ArrayList<>();
        List<LanguagePack> packs = new ArrayList<>();
        for (ClaimsRubric.Bound b : rubric.resources().languages()) {
            LanguagePack pack = LanguagePack.parse(json(b), b.path(), problems);
            if (pack != null) {
                packs.add(pack);
            }
        }
        VenueCatalog venues = VenueCatalog.parse(json(rubric.resources().venues()), rubric.resources().venues().path(),
                problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("rubric " + rubric.key() + " v" + rubric.version() + " resources are invalid: "
                    + String.join("; ", problems));
        }
        LanguageDetector detector = new LanguageDetector(packs,
                LanguagePack.unsupported(json(rubric.resources().recognisedLanguages())));
        this.reader = new ClaimReader(detector, venues);
        this.scorers = rubric.criteria().stream().map(c -> Scorers.byName(c.scorer())).toList();
        List<Double> t = rubric.ratingModel().thresholds();
        this.model = new OrdinalModel(rubric.ratingModel().weights(),
                new double[] {t.get(0), t.get(1), t.get(2), t.get(3)});
        ClaimsRubric.Bound text = rubric.resources().textModel();
        this.textModel = text == null ? null : TextModel.fromBytes(Resources.readBoundBytes(text.path(), text.sha256()));
        this.explanation = new Explanation(rubric, venues);
    }

    /** Parses, validates and builds; throws {@link RubricValidationException} for an invalid document. */
    public static ClaimsEngine fromJson(String json) {
        return new ClaimsEngine(ClaimsRubricParser.parse(json));
    }

    private static JsonNode json(ClaimsRubric.Bound b) {
        try {
            return MAPPER.readTree(Resources.readBound(b.path(), b.sha256()));
        } catch (IOException e) {
            throw new UncheckedIOException(b.path() + " is not JSON", e);
        }
    }

    public ClaimsRubric rubric() {
        return rubric;
    }

    public ClaimReader reader() {
        return reader;
    }

    public TextModel textModel() {
        return textModel;
    }

    @Override
    public String rubricKey() {
        return rubric.key();
    }

    @Override
    public int rubricVersion() {
        return rubric.version();
    }

    @Override
    public Recommendation recommendationFor(int rating) {
        return rubric.recommendationFor(rating);
    }

    /** What the engine read and computed for one answer, before it is shaped into a result. */
    public record Assessment(Reading reading, Evidence evidence, Map<String, CriterionScorer.Level> levels,
                             Map<String, Double> features, double[] probabilities, int modelRating, int rating,
                             List<ScoringResult.AppliedRule> appliedRules) {
    }

    /** Reads and rates an answer (null when its language is not scored). */
    public Assessment assess(String answer, RoleProfile role) {
        Reading reading = reader.read(answer == null ? "" : answer);
        if (!reading.supported()) {
            return null;
        }
        Evidence evidence = new Evidence(reading);
        Map<String, CriterionScorer.Level> levels = new LinkedHashMap<>();
        Map<String, Integer> numeric = new LinkedHashMap<>();
        for (int i = 0; i < scorers.size(); i++) {
            CriterionScorer.Level level = scorers.get(i).score(evidence, role);
            levels.put(rubric.criteria().get(i).key(), level);
            numeric.put(rubric.criteria().get(i).key(), level.level());
        }
        Map<String, Double> features = Features.of(evidence, numeric);
        double[] p = model.probabilities(features);
        int modelRating = OrdinalModel.mostLikely(p);
        int min = 1;
        int max = 5;
        List<ScoringResult.AppliedRule> applied = new ArrayList<>();
        for (ClaimsRubric.Rule rule : rubric.rules()) {
            if (!rule.applies(features)) {
                continue;
            }
            if (rule.maxRating() != null && modelRating > rule.maxRating()) {
                applied.add(new ScoringResult.AppliedRule(rule.id(), rule.description(),
                        "capped the rating at " + rule.maxRating() + " (the model gave " + modelRating + ")"));
            } else if (rule.minRating() != null && modelRating < rule.minRating()) {
                applied.add(new ScoringResult.AppliedRule(rule.id(), rule.description(),
                        "raised the rating to " + rule.minRating() + " (the model gave " + modelRating + ")"));
            }
            if (rule.maxRating() != null) {
                max = Math.min(max, rule.maxRating());
            }
            if (rule.minRating() != null) {
                min = Math.max(min, rule.minRating());
            }
        }
        int rating = Math.max(min, Math.min(max, modelRating));
        return new Assessment(reading, evidence, levels, features, p, modelRating, rating, applied);
    }

    @Override
    public ScoringResult score(ScoringRequest request) {
        String answer = request.answer() == null ? "" : request.answer();
        ScoringResult.RoleRef roleRef = new ScoringResult.RoleRef(request.role().id(), request.role().title(),
                request.roleMatchedFrom());
        ScoringResult.RubricRef rubricRef = new ScoringResult.RubricRef(rubric.key(), rubric.version());
        Assessment a = assess(answer, request.role());
        if (a == null) {
            String language = reader.read(answer).language();
            return new ScoringResult(null, null, null, List.of(), List.of(), List.of(Flags.LANGUAGE_NOT_SUPPORTED),
                    List.of(), true, List.of(Flags.REVIEW_LANGUAGE), language, rubricRef, ENGINE_VERSION, roleRef,
                    "Not rated: the answer is in a language this rubric does not score, so a person should read it.",
                    List.of(), List.of(), List.of(), null);
        }
        ScoringResult.SecondOpinion second = textModel == null ? null
                : new ScoringResult.SecondOpinion("text", textModel.rating(answer));
        return explanation.result(answer, request, a, roleRef, rubricRef, second);
    }

    /** Venues of credited claims, by name: used for summaries and follow-ups. */
    static List<String> creditedVenueNames(Evidence e, int limit) {
        List<String> names = new ArrayList<>();
        java.util.Set<String> platformsNamedByCommunity = new java.util.HashSet<>();
        for (Claim c : e.credited()) {
            for (Venue v : c.publicVenues()) {
                if (v.community() != null && v.platform() != null) {
                    platformsNamedByCommunity.add(v.platform());
                }
            }
        }
        for (Claim c : e.credited()) {
            if (c.activity().rung() < Activity.POST.rung()) {
                continue;
            }
            for (Venue v : c.publicVenues()) {
                // "r/CommunityManager" already says Reddit
                boolean implied = v.community() == null && v.platform() != null
                        && platformsNamedByCommunity.contains(v.platform());
                if (!implied && !names.contains(v.name()) && names.size() < limit) {
                    names.add(v.name());
                }
            }
        }
        return names;
    }
}
