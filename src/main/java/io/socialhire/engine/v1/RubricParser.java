package io.socialhire.engine.v1;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.socialhire.engine.Flags;
import io.socialhire.engine.Recommendation;
import io.socialhire.engine.Resources;
import io.socialhire.engine.RubricValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Parses and validates rubric JSON. Every problem found is reported (not only the first), each with the JSON
 * path of the offending value, e.g. {@code criteria[2].levels: expected levels 0..4, level 3 missing}.
 * Lexicons are referenced by classpath resource ({@code "en": "lexicons/en.json"}) or given inline as an object
 * with {@code categories}.
 */
public final class RubricParser {

    public static final String DEFAULT_RUBRIC_RESOURCE = "rubrics/participation/v1.json";
    public static final Set<String> SUPPORTED_LANGUAGES = Set.of("en", "es", "de", "fr", "pt");
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_-]{1,63}");
    private static final Pattern FOLLOW_UP_WHEN = Pattern.compile(
            "named_community|flag:[a-z_]+|criterionBelow:[a-z][a-z0-9_]*:[1-4]");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> TOP_LEVEL = Set.of("key", "version", "title", "description", "lexicons",
            "criteria", "signals", "breadthBonus", "interactionSignals", "broadcastSignals", "reach", "specificity",
            "ratingBands", "rules", "recommendations", "review", "followUps", "maxFollowUps");
    private static final Set<String> SPECIAL_CRITERIA = Set.of("relevant_reach", "specificity");

    private RubricParser() {
    }

    /** The shipped default rubric ({@code participation} v1). */
    public static RubricDefinition loadDefault() {
        return parse(Resources.read(DEFAULT_RUBRIC_RESOURCE));
    }

    /** Parses and validates; throws {@link RubricValidationException} listing every problem. */
    public static RubricDefinition parse(String json) {
        List<RubricValidationException.Problem> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = MAPPER.readTree(json == null ? "" : json);
        } catch (JsonProcessingException e) {
            String msg = e.getOriginalMessage();
            var loc = e.getLocation();
            throw new RubricValidationException(List.of(new RubricValidationException.Problem("",
                    "malformed JSON" + (loc != null ? " at line " + loc.getLineNr() + ", column " + loc.getColumnNr() : "")
                            + ": " + msg)));
        }
        if (root == null || !root.isObject()) {
            throw new RubricValidationException(List.of(new RubricValidationException.Problem("",
                    "expected a JSON object")));
        }
        Ctx c = new Ctx(problems);
        Iterator<String> names = root.fieldNames();
        List<String> unknown = new ArrayList<>();
        while (names.hasNext()) {
            String n = names.next();
            if (!TOP_LEVEL.contains(n)) {
                unknown.add(n);
            }
        }
        for (String n : unknown) {
            c.add(n, "unknown field");
        }
        String key = c.string(root, "key", "key", true);
        if (key != null && !KEY.matcher(key).matches()) {
            c.add("key", "must match [a-z][a-z0-9_-]{1,63}, got '" + key + "'");
        }
        int version = c.intIn(root, "version", "version", 1, Integer.MAX_VALUE, true, 0);
        String title = c.string(root, "title", "title", true);
        String description = c.string(root, "description", "description", false);

        // criteria
        List<RubricDefinition.Criterion> criteria = new ArrayList<>();
        JsonNode cs = root.get("criteria");
        Set<String> criterionKeys = new LinkedHashSet<>();
        if (cs == null || !cs.isArray() || cs.isEmpty()) {
            c.add("criteria", cs == null ? "required" : "expected a non-empty array");
        } else {
            for (int i = 0; i < cs.size(); i++) {
                String p = "criteria[" + i + "]";
                JsonNode cn = cs.get(i);
                if (!cn.isObject()) {
                    c.add(p, "expected an object");
                    continue;
                }
                String ck = c.string(cn, "key", p + ".key", true);
                if (ck != null) {
                    if (!KEY.matcher(ck).matches()) {
                        c.add(p + ".key", "must match [a-z][a-z0-9_-]{1,63}, got '" + ck + "'");
                    } else if (!criterionKeys.add(ck)) {
                        c.add(p + ".key", "duplicate criterion '" + ck + "'");
                    }
                }
                String ct = c.string(cn, "title", p + ".title", true);
                double w = c.number(cn, "weight", p + ".weight", true, 0);
                if (cn.has("weight") && cn.get("weight").isNumber() && !(w > 0 && w <= 1000)) {
                    c.add(p + ".weight", "must be > 0 and <= 1000, got " + cn.get("weight").asText());
                }
                boolean bb = cn.has("breadthBonus") && cn.get("breadthBonus").asBoolean(false);
                List<RubricDefinition.Level> levels = new ArrayList<>();
                JsonNode ls = cn.get("levels");
                if (ls == null || !ls.isArray()) {
                    c.add(p + ".levels", ls == null ? "required" : "expected an array");
                } else {
                    Map<Integer, String> byLevel = new LinkedHashMap<>();
                    for (int j = 0; j < ls.size(); j++) {
                        String lp = p + ".levels[" + j + "]";
                        JsonNode ln = ls.get(j);
                        if (!ln.isObject()) {
                            c.add(lp, "expected an object");
                            continue;
                        }
                        JsonNode lv = ln.get("level");
                        if (lv == null || !lv.canConvertToExactIntegral() || !lv.isNumber()) {
                            c.add(lp + ".level", lv == null ? "required" : "expected an integer 0..4");
                            continue;
                        }
                        int level = lv.asInt();
                        if (level < 0 || level > 4) {
                            c.add(lp + ".level", "expected 0..4, got " + level);
                            continue;
                        }
                        String d = c.string(ln, "descriptor", lp + ".descriptor", true);
                        if (byLevel.containsKey(level)) {
                            c.add(lp + ".level", "duplicate level " + level);
                        } else {
                            byLevel.put(level, d == null ? "" : d);
                        }
                    }
                    for (int l = 0; l <= 4; l++) {
                        if (!byLevel.containsKey(l)) {
                            c.add(p + ".levels", "expected levels 0..4, level " + l + " missing");
                        }
                    }
                    for (int l = 0; l <= 4; l++) {
                        if (byLevel.containsKey(l)) {
                            levels.add(new RubricDefinition.Level(l, byLevel.get(l)));
                        }
                    }
                }
                criteria.add(new RubricDefinition.Criterion(ck, ct, w, bb, List.copyOf(levels)));
            }
        }

        // signals
        Map<String, RubricDefinition.SignalSpec> signals = new LinkedHashMap<>();
        JsonNode sn = root.get("signals");
        if (sn == null || !sn.isObject() || sn.isEmpty()) {
            c.add("signals", sn == null ? "required" : "expected a non-empty object");
        } else {
            Iterator<Map.Entry<String, JsonNode>> it = sn.fields();
            while (it.hasNext()) {
                var e = it.next();
                String p = "signals." + e.getKey();
                if (!Lexicon.SIGNAL_CATEGORIES.contains(e.getKey())) {
                    c.add(p, "unknown signal '" + e.getKey() + "' (known: " + String.join(", ", Lexicon.SIGNAL_CATEGORIES) + ")");
                    continue;
                }
                JsonNode s = e.getValue();
                if (!s.isObject()) {
                    c.add(p, "expected an object");
                    continue;
                }
                int rung = c.intIn(s, "rung", p + ".rung", 0, 4, true, 0);
                Map<String, Integer> contributes = new LinkedHashMap<>();
                JsonNode con = s.get("contributes");
                if (con != null && !con.isObject()) {
                    c.add(p + ".contributes", "expected an object of criterion -> level 0..4");
                } else if (con != null) {
                    Iterator<Map.Entry<String, JsonNode>> ci = con.fields();
                    while (ci.hasNext()) {
                        var ce = ci.next();
                        String cp = p + ".contributes." + ce.getKey();
                        if (!criterionKeys.contains(ce.getKey())) {
                            c.add(cp, "unknown criterion '" + ce.getKey() + "'");
                        }
                        JsonNode v = ce.getValue();
                        if (!v.isIntegralNumber() || v.asInt() < 0 || v.asInt() > 4) {
                            c.add(cp, "expected an integer 0..4, got " + v);
                        } else {
                            contributes.put(ce.getKey(), v.asInt());
                        }
                    }
                }
                List<String> req = c.stringList(s, "requiresAny", p + ".requiresAny", false);
                for (int k = 0; k < req.size(); k++) {
                    if (!Lexicon.SIGNAL_CATEGORIES.contains(req.get(k))) {
                        c.add(p + ".requiresAny[" + k + "]", "unknown signal '" + req.get(k) + "'");
                    }
                }
                signals.put(e.getKey(), new RubricDefinition.SignalSpec(rung, Collections.unmodifiableMap(contributes), req));
            }
        }

        RubricDefinition.BreadthBonus breadth = new RubricDefinition.BreadthBonus(2, 3, 1);
        JsonNode bn = root.get("breadthBonus");
        if (bn != null) {
            if (!bn.isObject()) {
                c.add("breadthBonus", "expected an object");
            } else {
                breadth = new RubricDefinition.BreadthBonus(
                        c.intIn(bn, "minDistinctSignals", "breadthBonus.minDistinctSignals", 1, 20, true, 2),
                        c.intIn(bn, "minContribution", "breadthBonus.minContribution", 0, 4, true, 3),
                        c.intIn(bn, "bonus", "breadthBonus.bonus", 0, 4, true, 1));
            }
        }
        List<String> interaction = c.signalList(root, "interactionSignals");
        List<String> broadcast = c.signalList(root, "broadcastSignals");

        RubricDefinition.ReachSpec reach = null;
        JsonNode rn = root.get("reach");
        if (rn == null || !rn.isObject()) {
            c.add("reach", rn == null ? "required" : "expected an object");
        } else {
            reach = new RubricDefinition.ReachSpec(
                    c.numberIn(rn, "pointsPerCategory", "reach", 0, 4),
                    c.numberIn(rn, "maxCategoryPoints", "reach", 0, 4),
                    c.numberIn(rn, "communityBonus", "reach", 0, 4),
                    c.numberIn(rn, "focusBonus", "reach", 0, 4),
                    c.intIn(rn, "minRungForVenue", "reach.minRungForVenue", 0, 4, true, 1),
                    c.intIn(rn, "presenceOnlyMax", "reach.presenceOnlyMax", 0, 4, true, 1),
                    c.intIn(rn, "professionalOnlyMax", "reach.professionalOnlyMax", 0, 4, true, 1),
                    c.stringList(rn, "communityCategories", "reach.communityCategories", false));
        }
        RubricDefinition.SpecificitySpec spec = null;
        JsonNode spn = root.get("specificity");
        if (spn == null || !spn.isObject()) {
            c.add("specificity", spn == null ? "required" : "expected an object");
        } else {
            spec = new RubricDefinition.SpecificitySpec(
                    c.numberIn(spn, "namedCommunity", "specificity", 0, 4),
                    c.numberIn(spn, "maxNamedCommunity", "specificity", 0, 4),
                    c.numberIn(spn, "handleOrUrl", "specificity", 0, 4),
                    c.numberIn(spn, "frequency", "specificity", 0, 4),
                    c.numberIn(spn, "recency", "specificity", 0, 4),
                    c.numberIn(spn, "number", "specificity", 0, 4),
                    c.numberIn(spn, "platformNamed", "specificity", 0, 4),
                    c.numberIn(spn, "maxPlatformNamed", "specificity", 0, 4));
        }

        // rating bands
        List<RubricDefinition.RatingBand> bands = new ArrayList<>();
        JsonNode rb = root.get("ratingBands");
        if (rb == null || !rb.isArray()) {
            c.add("ratingBands", rb == null ? "required" : "expected an array");
        } else {
            Set<Integer> seen = new TreeSet<>();
            double prev = -1;
            for (int i = 0; i < rb.size(); i++) {
                String p = "ratingBands[" + i + "]";
                JsonNode b = rb.get(i);
                int r = c.intIn(b, "rating", p + ".rating", 1, 5, true, 0);
                double min = c.number(b, "minScore", p + ".minScore", true, 0);
                if (min < 0 || min > 100) {
                    c.add(p + ".minScore", "expected 0..100, got " + min);
                }
                if (r != 0 && !seen.add(r)) {
                    c.add(p + ".rating", "duplicate rating " + r);
                }
                if (r != i + 1 && r != 0) {
                    c.add(p + ".rating", "bands must be listed for ratings 1..5 in order, expected " + (i + 1) + " got " + r);
                }
                if (i == 0 && min != 0) {
                    c.add(p + ".minScore", "the band of rating 1 must start at 0");
                }
                if (i > 0 && min <= prev) {
                    c.add(p + ".minScore", "must be greater than the previous band's minScore " + prev);
                }
                prev = min;
                bands.add(new RubricDefinition.RatingBand(r, min));
            }
            for (int r = 1; r <= 5; r++) {
                if (!seen.contains(r)) {
                    c.add("ratingBands", "expected ratings 1..5, rating " + r + " missing");
                }
            }
        }

        // rules
        List<RubricDefinition.Rule> rules = new ArrayList<>();
        JsonNode rs = root.get("rules");
        if (rs != null && !rs.isArray()) {
            c.add("rules", "expected an array");
        } else if (rs != null) {
            Set<String> ids = new LinkedHashSet<>();
            for (int i = 0; i < rs.size(); i++) {
                String p = "rules[" + i + "]";
                JsonNode r = rs.get(i);
                String id = c.string(r, "id", p + ".id", true);
                if (id != null && !ids.add(id)) {
                    c.add(p + ".id", "duplicate rule id '" + id + "'");
                }
                String desc = c.string(r, "description", p + ".description", false);
                JsonNode w = r.get("when");
                RubricDefinition.Condition cond = null;
                if (w == null || !w.isObject() || w.isEmpty()) {
                    c.add(p + ".when", w == null ? "required" : "expected a non-empty object");
                } else {
                    Iterator<String> wn = w.fieldNames();
                    while (wn.hasNext()) {
                        String f = wn.next();
                        if (!Set.of("anyFlags", "noneFlags", "anyFacts", "criterionBelow").contains(f)) {
                            c.add(p + ".when." + f, "unknown condition (known: anyFlags, noneFlags, anyFacts, criterionBelow)");
                        }
                    }
                    List<String> any = c.stringList(w, "anyFlags", p + ".when.anyFlags", false);
                    List<String> none = c.stringList(w, "noneFlags", p + ".when.noneFlags", false);
                    List<String> facts = c.stringList(w, "anyFacts", p + ".when.anyFacts", false);
                    checkNames(c, any, Flags.ALL, p + ".when.anyFlags", "flag");
                    checkNames(c, none, Flags.ALL, p + ".when.noneFlags", "flag");
                    checkNames(c, facts, Flags.FACTS, p + ".when.anyFacts", "fact");
                    RubricDefinition.CriterionThreshold below = null;
                    JsonNode cb = w.get("criterionBelow");
                    if (cb != null) {
                        String crit = c.string(cb, "criterion", p + ".when.criterionBelow.criterion", true);
                        if (crit != null && !criterionKeys.contains(crit)) {
                            c.add(p + ".when.criterionBelow.criterion", "unknown criterion '" + crit + "'");
                        }
                        int lvl = c.intIn(cb, "level", p + ".when.criterionBelow.level", 1, 4, true, 1);
                        below = new RubricDefinition.CriterionThreshold(crit, lvl);
                    }
                    cond = new RubricDefinition.Condition(any, none, facts, below);
                }
                Integer min = r.has("minRating") ? c.intIn(r, "minRating", p + ".minRating", 1, 5, true, 1) : null;
                Integer max = r.has("maxRating") ? c.intIn(r, "maxRating", p + ".maxRating", 1, 5, true, 5) : null;
                if (min == null && max == null) {
                    c.add(p, "expected minRating or maxRating");
                }
                rules.add(new RubricDefinition.Rule(id, desc, cond, min, max));
            }
        }

        // recommendations
        List<RubricDefinition.RecommendationEntry> recs = new ArrayList<>();
        JsonNode rc = root.get("recommendations");
        if (rc == null || !rc.isArray()) {
            c.add("recommendations", rc == null ? "required" : "expected an array");
        } else {
            Set<Integer> seen = new TreeSet<>();
            for (int i = 0; i < rc.size(); i++) {
                String p = "recommendations[" + i + "]";
                JsonNode e = rc.get(i);
                int r = c.intIn(e, "rating", p + ".rating", 1, 5, true, 0);
                String v = c.string(e, "recommendation", p + ".recommendation", true);
                Recommendation rec = null;
                if (v != null) {
                    try {
                        rec = Recommendation.fromJson(v);
                    } catch (IllegalArgumentException ex) {
                        c.add(p + ".recommendation", "expected definitely_not|no|mixed|yes|strong_yes, got '" + v + "'");
                    }
                }
                if (r != 0 && !seen.add(r)) {
                    c.add(p + ".rating", "duplicate rating " + r);
                }
                recs.add(new RubricDefinition.RecommendationEntry(r, rec));
            }
            for (int r = 1; r <= 5; r++) {
                if (!seen.contains(r)) {
                    c.add("recommendations", "expected ratings 1..5, rating " + r + " missing");
                }
            }
        }

        RubricDefinition.ReviewSpec review = new RubricDefinition.ReviewSpec(2.5, 6, 3);
        JsonNode rv = root.get("review");
        if (rv != null) {
            review = new RubricDefinition.ReviewSpec(
                    c.numberIn(rv, "borderlineMargin", "review", 0, 50),
                    c.intIn(rv, "veryShortWords", "review.veryShortWords", 0, 1000, true, 6),
                    c.intIn(rv, "minWordsForLanguage", "review.minWordsForLanguage", 0, 1000, true, 3));
        }

        List<RubricDefinition.FollowUp> followUps = new ArrayList<>();
        JsonNode fu = root.get("followUps");
        if (fu != null && !fu.isArray()) {
            c.add("followUps", "expected an array");
        } else if (fu != null) {
            for (int i = 0; i < fu.size(); i++) {
                String p = "followUps[" + i + "]";
                JsonNode f = fu.get(i);
                String id = c.string(f, "id", p + ".id", true);
                String when = c.string(f, "when", p + ".when", true);
                String tpl = c.string(f, "template", p + ".template", true);
                if (when != null) {
                    if (!FOLLOW_UP_WHEN.matcher(when).matches()) {
                        c.add(p + ".when", "expected named_community, flag:<flag> or criterionBelow:<criterion>:<1..4>, got '" + when + "'");
                    } else if (when.startsWith("flag:") && !Flags.ALL.contains(when.substring(5))) {
                        c.add(p + ".when", "unknown flag '" + when.substring(5) + "'");
                    } else if (when.startsWith("criterionBelow:") && !criterionKeys.contains(when.split(":")[1])) {
                        c.add(p + ".when", "unknown criterion '" + when.split(":")[1] + "'");
                    }
                }
                followUps.add(new RubricDefinition.FollowUp(id, when, tpl));
            }
        }
        int maxFollowUps = root.has("maxFollowUps") ? c.intIn(root, "maxFollowUps", "maxFollowUps", 0, 20, true, 4) : 4;

        // lexicons
        Map<String, Lexicon> lexicons = new LinkedHashMap<>();
        JsonNode lx = root.get("lexicons");
        if (lx == null || !lx.isObject() || lx.isEmpty()) {
            c.add("lexicons", lx == null ? "required" : "expected a non-empty object of language -> resource or inline lexicon");
        } else {
            Iterator<Map.Entry<String, JsonNode>> it = lx.fields();
            while (it.hasNext()) {
                var e = it.next();
                String p = "lexicons." + e.getKey();
                if (!SUPPORTED_LANGUAGES.contains(e.getKey())) {
                    c.add(p, "unsupported language '" + e.getKey() + "' (supported: en, es, de, fr, pt)");
                    continue;
                }
                JsonNode v = e.getValue();
                JsonNode doc = null;
                if (v.isTextual()) {
                    try {
                        doc = MAPPER.readTree(V1Resources.lexicon(v.asText()));
                    } catch (IllegalArgumentException ex) {
                        c.add(p, "lexicon resource '" + v.asText() + "' not found");
                    } catch (JsonProcessingException ex) {
                        c.add(p, "lexicon resource '" + v.asText() + "' is not valid JSON");
                    }
                } else if (v.isObject()) {
                    doc = v;
                } else {
                    c.add(p, "expected a resource path or an inline lexicon object");
                }
                if (doc != null) {
                    Lexicon lex = parseLexicon(c, doc, e.getKey(), p);
                    if (lex != null) {
                        lexicons.put(e.getKey(), lex);
                    }
                }
            }
        }
        for (String ck : criterionKeys) {
            if (!SPECIAL_CRITERIA.contains(ck)) {
                boolean fed = signals.values().stream().anyMatch(s -> s.contributes().containsKey(ck));
                if (!fed) {
                    c.add("criteria", "criterion '" + ck + "' receives no contribution from any signal");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RubricValidationException(problems);
        }
        return new RubricDefinition(key, version, title, description, Collections.unmodifiableMap(lexicons),
                List.copyOf(criteria), Collections.unmodifiableMap(signals), breadth, interaction, broadcast, reach,
                spec, List.copyOf(bands), List.copyOf(rules), List.copyOf(recs), review, List.copyOf(followUps),
                maxFollowUps);
    }

    private static Lexicon parseLexicon(Ctx c, JsonNode doc, String lang, String p) {
        JsonNode cats = doc.get("categories");
        if (cats == null || !cats.isObject()) {
            c.add(p + ".categories", "required object of category -> list of phrases");
            return null;
        }
        Map<String, List<String>> map = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = cats.fields();
        while (it.hasNext()) {
            var e = it.next();
            String cp = p + ".categories." + e.getKey();
            if (!Lexicon.KNOWN_CATEGORIES.contains(e.getKey())) {
                c.add(cp, "unknown lexicon category '" + e.getKey() + "'");
                continue;
            }
            List<String> phrases = c.stringList(cats, e.getKey(), cp, true);
            for (int i = 0; i < phrases.size(); i++) {
                String ph = phrases.get(i);
                if (ph.isBlank() || ph.equals("*")) {
                    c.add(cp + "[" + i + "]", "empty phrase");
                }
            }
            map.put(e.getKey(), phrases);
        }
        String name = doc.has("name") ? doc.get("name").asText() : lang;
        return new Lexicon(lang, name, true, Collections.unmodifiableMap(map));
    }

    private static void checkNames(Ctx c, List<String> names, List<String> known, String path, String what) {
        for (int i = 0; i < names.size(); i++) {
            if (!known.contains(names.get(i))) {
                c.add(path + "[" + i + "]", "unknown " + what + " '" + names.get(i) + "'");
            }
        }
    }

    private static final class Ctx {
        final List<RubricValidationException.Problem> problems;

        Ctx(List<RubricValidationException.Problem> problems) {
            this.problems = problems;
        }

        void add(String path, String message) {
            problems.add(new RubricValidationException.Problem(path, message));
        }

        String string(JsonNode n, String field, String path, boolean required) {
            JsonNode v = n == null ? null : n.get(field);
            if (v == null || v.isNull()) {
                if (required) {
                    add(path, "required");
                }
                return null;
            }
            if (!v.isTextual()) {
                add(path, "expected a string");
                return null;
            }
            if (required && v.asText().isBlank()) {
                add(path, "must not be blank");
            }
            return v.asText();
        }

        double number(JsonNode n, String field, String path, boolean required, double dflt) {
            JsonNode v = n == null ? null : n.get(field);
            if (v == null || v.isNull()) {
                if (required) {
                    add(path, "required");
                }
                return dflt;
            }
            if (!v.isNumber()) {
                add(path, "expected a number");
                return dflt;
            }
            return v.asDouble();
        }

        double numberIn(JsonNode n, String field, String parent, double min, double max) {
            String path = parent + "." + field;
            double d = number(n, field, path, true, 0);
            if (n != null && n.has(field) && n.get(field).isNumber() && (d < min || d > max)) {
                add(path, "expected " + fmt(min) + ".." + fmt(max) + ", got " + n.get(field).asText());
            }
            return d;
        }

        int intIn(JsonNode n, String field, String path, int min, int max, boolean required, int dflt) {
            JsonNode v = n == null ? null : n.get(field);
            if (v == null || v.isNull()) {
                if (required) {
                    add(path, "required");
                }
                return dflt;
            }
            if (!v.isIntegralNumber()) {
                add(path, "expected an integer " + min + ".." + (max == Integer.MAX_VALUE ? "" : String.valueOf(max)));
                return dflt;
            }
            int i = v.asInt();
            if (i < min || i > max) {
                add(path, "expected " + min + ".." + (max == Integer.MAX_VALUE ? "" : String.valueOf(max)) + ", got " + i);
                return dflt;
            }
            return i;
        }

        List<String> stringList(JsonNode n, String field, String path, boolean required) {
            JsonNode v = n == null ? null : n.get(field);
            if (v == null || v.isNull()) {
                if (required) {
                    add(path, "required");
                }
                return List.of();
            }
            if (!v.isArray()) {
                add(path, "expected an array of strings");
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                if (!v.get(i).isTextual()) {
                    add(path + "[" + i + "]", "expected a string");
                } else {
                    out.add(v.get(i).asText());
                }
            }
            return List.copyOf(out);
        }

        List<String> signalList(JsonNode root, String field) {
            List<String> l = stringList(root, field, field, true);
            for (int i = 0; i < l.size(); i++) {
                if (!Lexicon.SIGNAL_CATEGORIES.contains(l.get(i))) {
                    add(field + "[" + i + "]", "unknown signal '" + l.get(i) + "'");
                }
            }
            return l;
        }

        private static String fmt(double d) {
            return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
        }
    }
}
