package io.socialhire.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.socialhire.engine.criteria.Scorers;
import io.socialhire.engine.rating.Features;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads and validates a {@code claims/1} rubric document, reporting every problem with its JSON path. Resources are
 * checked here too: each must exist and have the hash the document names.
 */
public final class ClaimsRubricParser {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_-]{1,63}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern FOLLOW_UP_WHEN = Pattern.compile(
            "always|named_community|flag:[a-z_]+|criterionBelow:[a-z][a-z0-9_]*:[1-4]");

    private ClaimsRubricParser() {
    }

    public static ClaimsRubric parse(String json) {
        ClaimsRubric r;
        try {
            r = MAPPER.readValue(json == null ? "" : json, ClaimsRubric.class);
        } catch (JsonMappingException e) {
            String path = e.getPath().stream().map(ref -> ref.getFieldName() != null ? ref.getFieldName()
                    : "[" + ref.getIndex() + "]").collect(Collectors.joining(".")).replace(".[", "[");
            throw new RubricValidationException(List.of(new RubricValidationException.Problem(path,
                    "invalid value: " + e.getOriginalMessage().replaceAll("\\(class [^)]*\\)", "").replaceAll(
                            "[a-z]+(\\.[a-zA-Z$]+)+", "").trim())));
        } catch (JsonProcessingException e) {
            throw new RubricValidationException(List.of(new RubricValidationException.Problem("", "malformed JSON")));
        }
        List<RubricValidationException.Problem> problems = new ArrayList<>();
        check(problems, r.key() != null && KEY.matcher(r.key()).matches(), "key", "required: 2-64 lower-case letters, digits, '-' or '_'");
        check(problems, r.version() >= 1, "version", "required: 1 or more");
        check(problems, ClaimsRubric.FORMAT.equals(r.format()), "format", "must be '" + ClaimsRubric.FORMAT + "'");
        check(problems, r.title() != null && !r.title().isBlank() && r.title().length() <= 200, "title", "required, at most 200 characters");
        resources(r, problems);
        criteria(r, problems);
        model(r, problems);
        rules(r, problems);
        List<ClaimsRubric.RecommendationEntry> rec = r.recommendations() == null ? List.of() : r.recommendations();
        for (int rating = 1; rating <= 5; rating++) {
            int rr = rating;
            check(problems, rec.stream().filter(e -> e.rating() == rr && e.recommendation() != null).count() == 1,
                    "recommendations", "expected exactly one recommendation for rating " + rating);
        }
        check(problems, r.review() != null, "review", "required");
        if (r.review() != null) {
            check(problems, r.review().modelDisagreement() >= 1 && r.review().modelDisagreement() <= 4,
                    "review.modelDisagreement", "must be 1..4");
            check(problems, r.review().borderlineProbability() >= 0 && r.review().borderlineProbability() <= 1,
                    "review.borderlineProbability", "must be 0..1");
        }
        List<ClaimsRubric.FollowUp> followUps = r.followUps() == null ? List.of() : r.followUps();
        for (int i = 0; i < followUps.size(); i++) {
            ClaimsRubric.FollowUp f = followUps.get(i);
            check(problems, f.when() != null && FOLLOW_UP_WHEN.matcher(f.when()).matches(), "followUps[" + i + "].when",
                    "expected always, named_community, flag:<flag> or criterionBelow:<criterion>:<1-4>");
            check(problems, f.template() != null && !f.template().isBlank(), "followUps[" + i + "].template", "required");
        }
        check(problems, r.maxFollowUps() >= 0 && r.maxFollowUps() <= 20, "maxFollowUps", "must be 0..20");
        if (!problems.isEmpty()) {
            throw new RubricValidationException(problems);
        }
        return r;
    }

    private static void resources(ClaimsRubric r, List<RubricValidationException.Problem> problems) {
        if (r.resources() == null) {
            problems.add(new RubricValidationException.Problem("resources", "required"));
            return;
        }
        List<ClaimsRubric.Bound> languages = r.resources().languages() == null ? List.of() : r.resources().languages();
        check(problems, !languages.isEmpty(), "resources.languages", "at least one language is required");
        for (int i = 0; i < languages.size(); i++) {
            bound(languages.get(i), "resources.languages[" + i + "]", problems, true);
        }
        bound(r.resources().venues(), "resources.venues", problems, true);
        bound(r.resources().recognisedLanguages(), "resources.recognisedLanguages", problems, true);
        bound(r.resources().textModel(), "resources.textModel", problems, false);
    }

    private static void bound(ClaimsRubric.Bound b, String path, List<RubricValidationException.Problem> problems,
                              boolean required) {
        if (b == null) {
            check(problems, !required, path, "required");
            return;
        }
        if (b.path() == null || !b.path().startsWith("engine/") || b.path().contains("..")) {
            problems.add(new RubricValidationException.Problem(path + ".path", "must name a resource under engine/"));
            return;
        }
        if (b.sha256() == null || !SHA256.matcher(b.sha256()).matches()) {
            problems.add(new RubricValidationException.Problem(path + ".sha256", "must be 64 lower-case hex digits"));
            return;
        }
        try {
            Resources.readBoundBytes(b.path(), b.sha256());
        } catch (IllegalArgumentException e) {
            problems.add(new RubricValidationException.Problem(path + ".path", "no such resource"));
        } catch (IllegalStateException e) {
            problems.add(new RubricValidationException.Problem(path + ".sha256", "does not match the resource's content"));
        }
    }

    private static void criteria(ClaimsRubric r, List<RubricValidationException.Problem> problems) {
        List<ClaimsRubric.Criterion> criteria = r.criteria() == null ? List.of() : r.criteria();
        check(problems, !criteria.isEmpty(), "criteria", "at least one criterion is required");
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < criteria.size(); i++) {
            ClaimsRubric.Criterion c = criteria.get(i);
            String p = "criteria[" + i + "]";
            check(problems, c.key() != null && KEY.matcher(c.key()).matches() && keys.add(c.key()), p + ".key",
                    "required, unique, lower_snake_case");
            check(problems, c.scorer() != null && Scorers.byName(c.scorer()) != null, p + ".scorer",
                    "must be one of: " + String.join(", ", Scorers.names()));
            List<ClaimsRubric.Level> levels = c.levels() == null ? List.of() : c.levels();
            for (int level = 0; level <= 4; level++) {
                int l = level;
                check(problems, levels.stream().filter(x -> x.level() == l && x.descriptor() != null
                        && !x.descriptor().isBlank()).count() == 1, p + ".levels", "expected one descriptor for level " + level);
            }
        }
    }

    private static void model(ClaimsRubric r, List<RubricValidationException.Problem> problems) {
        ClaimsRubric.RatingModel m = r.ratingModel();
        if (m == null) {
            problems.add(new RubricValidationException.Problem("ratingModel", "required"));
            return;
        }
        check(problems, "cumulative_logit".equals(m.type()), "ratingModel.type", "must be cumulative_logit");
        Set<String> known = knownFeatures(r);
        if (m.weights() == null || m.weights().isEmpty()) {
            problems.add(new RubricValidationException.Problem("ratingModel.weights", "required"));
        } else {
            for (String f : m.weights().keySet()) {
                check(problems, known.contains(f), "ratingModel.weights." + f, "unknown feature");
            }
        }
        List<Double> t = m.thresholds() == null ? List.of() : m.thresholds();
        boolean increasing = t.size() == 4;
        for (int k = 1; increasing && k < 4; k++) {
            increasing = t.get(k) > t.get(k - 1);
        }
        check(problems, increasing, "ratingModel.thresholds", "expected 4 increasing numbers");
    }

    private static void rules(ClaimsRubric r, List<RubricValidationException.Problem> problems) {
        Set<String> known = knownFeatures(r);
        List<ClaimsRubric.Rule> rules = r.rules() == null ? List.of() : r.rules();
        for (int i = 0; i < rules.size(); i++) {
            ClaimsRubric.Rule rule = rules.get(i);
            String p = "rules[" + i + "]";
            check(problems, rule.id() != null && KEY.matcher(rule.id()).matches(), p + ".id", "required, lower_snake_case");
            check(problems, rule.when() != null && !rule.when().isEmpty(), p + ".when", "at least one condition");
            check(problems, (rule.maxRating() == null) != (rule.minRating() == null), p,
                    "exactly one of maxRating and minRating");
            Integer bound = rule.maxRating() != null ? rule.maxRating() : rule.minRating();
            check(problems, bound == null || (bound >= 1 && bound <= 5), p, "the rating bound must be 1..5");
            List<ClaimsRubric.Condition> when = rule.when() == null ? List.of() : rule.when();
            for (int j = 0; j < when.size(); j++) {
                ClaimsRubric.Condition c = when.get(j);
                check(problems, c.feature() != null && known.contains(c.feature()), p + ".when[" + j + "].feature", "unknown feature");
                check(problems, c.below() != null || c.atLeast() != null, p + ".when[" + j + "]", "give below or atLeast");
            }
        }
    }

    private static Set<String> knownFeatures(ClaimsRubric r) {
        Set<String> known = new HashSet<>(Features.CLAIM_FEATURES.keySet());
        if (r.criteria() != null) {
            r.criteria().forEach(c -> known.add("level:" + c.key()));
        }
        return known;
    }

    private static void check(List<RubricValidationException.Problem> problems, boolean ok, String path, String message) {
        if (!ok) {
            problems.add(new RubricValidationException.Problem(path, message));
        }
    }
}
