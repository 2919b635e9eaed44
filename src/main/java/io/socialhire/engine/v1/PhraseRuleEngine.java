package io.socialhire.engine.v1;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.socialhire.engine.DeclaredChannel;
import io.socialhire.engine.Flags;
import io.socialhire.engine.RatingScale;
import io.socialhire.engine.Recommendation;
import io.socialhire.engine.RoleProfile;
import io.socialhire.engine.ScoringEngine;
import io.socialhire.engine.ScoringRequest;
import io.socialhire.engine.ScoringResult.ChannelResult;
import io.socialhire.engine.ScoringResult.CriterionResult;
import io.socialhire.engine.ScoringResult.Evidence;
import io.socialhire.engine.ScoringResult;
import io.socialhire.engine.v1.TextAnalyzer.Analysis;
import io.socialhire.engine.v1.TextAnalyzer.Clause;
import io.socialhire.engine.v1.TextAnalyzer.Hit;
import io.socialhire.engine.v1.TextAnalyzer.Kind;
import io.socialhire.engine.v1.TextAnalyzer.Status;
import io.socialhire.engine.v1.TextAnalyzer.Venue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Version 1 of the participation rubric: phrase lexicons, weighted criterion levels, rating bands, then caps and
 * floors. Frozen: stored v1 assessments re-score identically, so its code and the resources bound in
 * {@link V1Resources} do not change (a golden test holds it to the outputs it has always given).
 * {@link #score(ScoringRequest)} is thread-safe and deterministic.
 */
public final class PhraseRuleEngine implements ScoringEngine {
    public static final String ENGINE_VERSION = "participation-engine/1.0.0";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final RubricDefinition rubric;
    private final TextAnalyzer analyzer;
    private final Map<String, VenuePlatform> platforms;
    private final int criterionCount;
    private final Map<String, int[]> contributionTable;
    private final double weightSum;

    /** @param rubric a parsed version-1-format rubric */
    public PhraseRuleEngine(RubricDefinition rubric) {
        this.rubric = rubric;
        List<VenuePlatform> platforms = V1Resources.platforms();
        Map<String, VenuePlatform> byId = new LinkedHashMap<>();
        for (VenuePlatform p : platforms) {
            byId.put(p.id(), p);
        }
        this.platforms = byId;
        this.analyzer = new TextAnalyzer(platforms, rubric.lexicons(), loadUnsupported(), loadExtras());
        this.criterionCount = rubric.criteria().size();
        Map<String, int[]> table = new LinkedHashMap<>();
        for (Map.Entry<String, RubricDefinition.SignalSpec> e : rubric.signals().entrySet()) {
            int[] row = new int[criterionCount];
            for (int i = 0; i < criterionCount; i++) {
                Integer v = e.getValue().contributes().get(rubric.criteria().get(i).key());
                row[i] = v == null ? 0 : v;
            }
            table.put(e.getKey(), row);
        }
        this.contributionTable = table;
        double w = 0;
        for (RubricDefinition.Criterion c : rubric.criteria()) {
            w += c.weight();
        }
        this.weightSum = w;
    }

    /** The shipped participation v1. */
    public static PhraseRuleEngine createDefault() {
        return new PhraseRuleEngine(RubricParser.loadDefault());
    }

    public RubricDefinition rubric() {
        return rubric;
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

    private static Map<String, List<String>> loadUnsupported() {
        try {
            JsonNode n = MAPPER.readTree(V1Resources.read(V1Resources.DETECTION)).get("unsupported");
            return MAPPER.convertValue(n, new TypeReference<LinkedHashMap<String, List<String>>>() { });
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + V1Resources.DETECTION, e);
        }
    }

    private static Map<String, List<String>> loadExtras() {
        try {
            JsonNode n = MAPPER.readTree(V1Resources.read(V1Resources.EXTRAS)).get("textAliases");
            return MAPPER.convertValue(n, new TypeReference<LinkedHashMap<String, List<String>>>() { });
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + V1Resources.EXTRAS, e);
        }
    }

    private record Contribution(String kind, int value, Hit hit) {
    }

    /** Scores one answer. Never throws for any answer text (null is treated as empty). */
    @Override
    public ScoringResult score(ScoringRequest request) {
        String answer = request.answer() == null ? "" : request.answer();
        RoleProfile role = request.role();
        ScoringResult.RoleRef roleRef = new ScoringResult.RoleRef(role.id(), role.title(), request.roleMatchedFrom());
        ScoringResult.RubricRef rubricRef = new ScoringResult.RubricRef(rubric.key(), rubric.version());

        Analysis an = analyzer.analyze(answer);
        if (!an.languageSupported() || !rubric.lexicons().containsKey(an.language())) {
            return new ScoringResult(null, null, null, List.of(), List.of(), List.of(Flags.LANGUAGE_NOT_SUPPORTED),
                    List.of(), true, List.of(Flags.REVIEW_LANGUAGE), an.language(), rubricRef, ENGINE_VERSION, roleRef,
                    "Not rated: the answer's language is not one this rubric scores.", List.of(), List.of(), List.of(), null);
        }
        // the steps are separate methods so that each stays small enough for the JIT to compile and inline well
        Credit credit = credit(an);
        Reach reach = reach(an, role);
        List<Evidence> specEvidence = new ArrayList<>();
        int specLevel = specificity(an, answer, specEvidence);

        // ---- criterion levels
        int[] levels = new int[criterionCount];
        List<CriterionResult> criteria = new ArrayList<>(criterionCount);
        double weighted = 0;
        for (int i = 0; i < criterionCount; i++) {
            CriterionResult cr = criterion(i, credit.contributions.get(i), reach, specLevel, specEvidence, answer, role);
            levels[i] = cr.level();
            weighted += cr.weight() * cr.level() / 4.0;
            criteria.add(cr);
        }
        double raw = weightSum > 0 ? 100.0 * weighted / weightSum : 0;
        // non-credited statements are explained on the first criterion
        String notCredited = notCreditedSummary(an);
        if (!notCredited.isEmpty() && !criteria.isEmpty()) {
            CriterionResult c0 = criteria.get(0);
            criteria.set(0, new CriterionResult(c0.criterion(), c0.level(), c0.min(), c0.max(), c0.weight(),
                    c0.rationale() + " Not credited: " + notCredited + ".", c0.evidence()));
        }

        Findings found = findings(an, credit, reach, request);

        // ---- rating: bands, then floors and caps from the rubric rules
        int bandRating = 1;
        for (RubricDefinition.RatingBand b : rubric.ratingBands()) {
            if (raw + 1e-9 >= b.minScore()) {
                bandRating = b.rating();
            }
        }
        int minR = 1;
        int maxR = 5;
        List<ScoringResult.AppliedRule> applied = new ArrayList<>();
        for (RubricDefinition.Rule r : rubric.rules()) {
            if (applies(r.when(), found.flags(), found.facts(), levels)) {
                if (r.minRating() != null) {
                    minR = Math.max(minR, r.minRating());
                }
                if (r.maxRating() != null) {
                    maxR = Math.min(maxR, r.maxRating());
                }
                applied.add(new ScoringResult.AppliedRule(r.id(), r.description(), r.maxRating() != null
                        ? "rating at most " + r.maxRating() : "rating at least " + r.minRating()));
            }
        }
        int rating = Math.min(Math.max(bandRating, minR), maxR);
        double lo = bandMin(rating);
        double hi = rating == 5 ? 100 : bandMin(rating + 1) - 1;
        int score = (int) Math.floor(raw + 1e-9);
        score = (int) Math.max(Math.ceil(lo), Math.min(hi, score));
        Recommendation recommendation = rubric.recommendationFor(rating);

        List<String> reasons = reviewReasons(an, raw, rating == bandRating, found);

        // ---- channels
        List<ChannelResult> channels = channels(answer, an);

        // ---- follow-up questions
        List<String> followUps = followUps(an, found.flags(), levels, channels, found.declaredMissing(), role);

        String summary = "Rated " + rating + " (" + RatingScale.label(rating) + ") by phrase rules: score " + score
                + " of 100 from weighted criterion levels" + (applied.isEmpty() ? "." : ", bounded by " + applied.size()
                + (applied.size() == 1 ? " rule." : " rules."));
        return new ScoringResult(rating, score, recommendation, criteria, channels, List.copyOf(found.flags()), followUps,
                !reasons.isEmpty(), reasons, an.language(), rubricRef, ENGINE_VERSION, roleRef, summary, List.of(), applied,
                List.of(), null);
    }

    /** What the credited clauses' signals give: contributions per criterion, and facts the flags need. */
    private static final class Credit {
        final List<List<Contribution>> contributions;
        final Set<String> kinds = new TreeSet<>();
        boolean currentParticipation;
        boolean consumeSeen;

        Credit(int criterionCount) {
            contributions = new ArrayList<>(criterionCount);
            for (int i = 0; i < criterionCount; i++) {
                contributions.add(new ArrayList<>());
            }
        }
    }

    /** Signals of credited clauses; sets each credited clause's {@code maxRung}. */
    private Credit credit(Analysis an) {
        Credit credit = new Credit(criterionCount);
        for (Clause c : an.clauses()) {
            if (c.status != Status.CREDITED) {
                continue;
            }
            for (Hit h : c.signals) {
                RubricDefinition.SignalSpec spec = rubric.signals().get(h.category());
                if (spec == null) {
                    continue;
                }
                if (!spec.requiresAny().isEmpty() && !hasAnySignal(c, spec.requiresAny())) {
                    continue;
                }
                c.maxRung = Math.max(c.maxRung, spec.rung());
                if (h.kind() == Kind.CONSUME) {
                    credit.consumeSeen = true;
                }
                if (spec.rung() >= 1) {
                    credit.currentParticipation = true;
                    credit.kinds.add(h.category());
                }
                int[] contrib = contributionTable.get(h.category());
                for (int i = 0; i < criterionCount; i++) {
                    if (contrib[i] > 0) {
                        credit.contributions.get(i).add(new Contribution(h.category(), contrib[i], h));
                    }
                }
            }
        }
        return credit;
    }

    /** Whether the clause has a signal of one of {@code kinds} (read in place: clauses hold a few signals). */
    private static boolean hasAnySignal(Clause c, List<String> kinds) {
        for (String kind : kinds) {
            for (Hit h : c.signals) {
                if (h.category().equals(kind)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Venues of credited clauses that count for relevant_reach, and the level they give. */
    private record Reach(List<Venue> venues, Set<String> categories, boolean community, boolean focus,
                         boolean allProfessional, int level) {
    }

    private Reach reach(Analysis an, RoleProfile role) {
        RubricDefinition.ReachSpec rs = rubric.reach();
        List<Venue> reachVenues = new ArrayList<>();
        int reachMaxRung = -1;
        for (Clause c : an.clauses()) {
            if (c.status == Status.CREDITED && c.maxRung >= rs.minRungForVenue()) {
                for (Venue v : c.effectiveVenues) {
                    if (v.category() != null && !"offline_events".equals(v.category())) {
                        reachVenues.add(v);
                        reachMaxRung = Math.max(reachMaxRung, c.maxRung);
                    }
                }
            }
        }
        Set<String> categories = new TreeSet<>();
        boolean community = false;
        boolean focus = false;
        boolean allProfessional = !reachVenues.isEmpty();
        for (Venue v : reachVenues) {
            categories.add(v.category());
            if (rs.communityCategories().contains(v.category()) || "community".equals(v.kind())) {
                community = true;
            }
            if ((v.platformId() != null && role.focusPlatforms().contains(v.platformId()))
                    || role.focusCategories().contains(v.category())) {
                focus = true;
            }
            if (!"professional_network".equals(v.category())) {
                allProfessional = false;
            }
        }
        double reachPoints = 0;
        if (!reachVenues.isEmpty()) {
            reachPoints = Math.min(rs.maxCategoryPoints(), categories.size() * rs.pointsPerCategory())
                    + (community ? rs.communityBonus() : 0) + (focus && reachMaxRung >= 2 ? rs.focusBonus() : 0);
            if (allProfessional) {
                reachPoints = Math.min(reachPoints, rs.professionalOnlyMax());
            }
            if (reachMaxRung <= 1) {
                reachPoints = Math.min(reachPoints, rs.presenceOnlyMax());
            }
        }
        int reachLevel = (int) Math.min(4, Math.floor(reachPoints + 1e-9));
        return new Reach(reachVenues, categories, community, focus, allProfessional, reachLevel);
    }

    /** Level, rationale and evidence of criterion {@code i}. */
    private CriterionResult criterion(int i, List<Contribution> cs, Reach reach, int specLevel,
                                      List<Evidence> specEvidence, String answer, RoleProfile role) {
        RubricDefinition.BreadthBonus bb = rubric.breadthBonus();
        RubricDefinition.Criterion crit = rubric.criteria().get(i);
        int level = 0;
        Set<String> strong = new TreeSet<>();
        for (Contribution c : cs) {
            level = Math.max(level, c.value());
            if (c.value() >= bb.minContribution()) {
                strong.add(c.kind());
            }
        }
        boolean bonus = crit.breadthBonus() && strong.size() >= bb.minDistinctSignals();
        if (bonus) {
            level = Math.min(4, level + bb.bonus());
        }
        List<Evidence> evidence = new ArrayList<>();
        String extra = "";
        if (crit.key().equals("relevant_reach")) {
            level = Math.max(level, reach.level());
            Set<String> seen = new TreeSet<>();
            for (Venue v : reach.venues()) {
                if (seen.add(v.key()) && evidence.size() < 6) {
                    evidence.add(ev(answer, v.start(), v.end(), "venue:" + v.category()));
                }
            }
            extra = " Venue kinds: " + (reach.categories().isEmpty() ? "none" : String.join(", ", reach.categories()))
                    + (reach.community() ? "; includes a community" : "")
                    + (reach.focus() ? "; matches the " + role.title() + " focus" : "")
                    + (reach.allProfessional() ? "; professional network only" : "") + ".";
        } else if (crit.key().equals("specificity")) {
            level = Math.max(level, specLevel);
            for (Evidence e : specEvidence) {
                if (evidence.size() < 6) {
                    evidence.add(e);
                }
            }
        }
        if (!crit.key().equals("relevant_reach") && !crit.key().equals("specificity")) {
            int base = bonus ? level - bb.bonus() : level;
            for (Contribution c : cs) {
                boolean relevant = c.value() >= base || (bonus && c.value() >= bb.minContribution());
                if (relevant && evidence.size() < 6 && !hasSpan(evidence, c.hit().start(), c.hit().end())) {
                    evidence.add(ev(answer, c.hit().start(), c.hit().end(), c.kind()));
                }
            }
            evidence.sort((a, b) -> Integer.compare(a.start(), b.start()));
            if (bonus) {
                extra = " Breadth bonus: " + String.join(", ", strong) + ".";
            }
        }
        if (level == 0) {
            evidence.clear();
        }
        String descriptor = crit.descriptor(level);
        int capacity = 32 + descriptor.length() + extra.length(); // sized up front: no copy while appending
        for (Evidence e : evidence) {
            capacity += e.signal().length() + e.text().length() + 5;
        }
        StringBuilder rb = new StringBuilder(capacity).append("Level ").append(level).append(" of 4: ")
                .append(descriptor).append(extra);
        if (!evidence.isEmpty()) {
            rb.append(" Evidence: ");
            for (int k = 0; k < evidence.size(); k++) {
                Evidence e = evidence.get(k);
                rb.append(k == 0 ? "" : "; ").append(e.signal()).append(" \"").append(e.text()).append('"');
            }
            rb.append('.');
        }
        return new CriterionResult(crit.key(), level, 0, 4, crit.weight(), rb.toString(), evidence);
    }

    /** Flags (in the order they are reported) and facts of an answer, and the declared channels it leaves out. */
    private record Findings(Set<String> flags, Set<String> facts, List<String> declaredMissing, boolean contradiction) {
    }

    private Findings findings(Analysis an, Credit credit, Reach reach, ScoringRequest request) {
        // ---- flags and facts
        Set<String> flags = new LinkedHashSet<>();
        Set<String> facts = new TreeSet<>();
        boolean pastSomething = false;
        boolean futureSomething = false;
        boolean privateSomething = false;
        boolean offlineSomething = false;
        boolean generalSomething = false;
        boolean vanity = false;
        for (Clause c : an.clauses()) {
            boolean content = !c.signals.isEmpty() || !c.venues.isEmpty();
            switch (c.status) {
                case PAST -> pastSomething |= content;
                case HYPOTHETICAL -> futureSomething |= content;
                case PRIVATE -> privateSomething |= content;
                case OFFLINE -> offlineSomething |= content;
                case GENERAL -> generalSomething = true;
                case VANITY -> vanity = true;
                default -> { }
            }
            if (c.status != Status.NEGATED && c.status != Status.SALAD && c.status != Status.REPEAT
                    && c.status != Status.GENERAL && !c.venues.isEmpty()) {
                for (Venue v : c.venues) {
                    if (!"hashtag".equals(v.kind())) {
                        facts.add(Flags.FACT_VENUE_MENTIONED);
                    }
                }
            }
            if (c.status == Status.CREDITED && !c.effectiveVenues.isEmpty()) {
                facts.add(Flags.FACT_CURRENT_PUBLIC_VENUE);
            }
        }
        boolean nothingFound = !an.anySignal() && !an.anyVenue();
        boolean empty = an.words() == 0;
        boolean gibberish = !empty && an.noFunctionWords() && nothingFound && an.words() >= 2;
        boolean offTopic = !empty && nothingFound && !gibberish && an.words() >= 8;
        boolean evasive = empty || (!credit.currentParticipation && !facts.contains(Flags.FACT_VENUE_MENTIONED)
                && (an.evasive() || nothingFound || an.words() < 4));
        if (evasive) {
            flags.add(Flags.EMPTY_OR_EVASIVE);
        }
        if (offTopic) {
            flags.add(Flags.OFF_TOPIC);
        }
        if (gibberish) {
            flags.add(Flags.GIBBERISH);
        }
        if (an.salad()) {
            flags.add(Flags.KEYWORD_STUFFING);
        }
        if (an.repeat()) {
            flags.add(Flags.REPETITION);
        }
        if (vanity) {
            flags.add(Flags.VANITY_METRICS);
        }
        if (!credit.currentParticipation && !empty && !nothingFound) {
            flags.add(Flags.NO_CURRENT_PARTICIPATION);
            if (pastSomething) {
                flags.add(Flags.PAST_PARTICIPATION_ONLY);
            }
            if (futureSomething) {
                flags.add(Flags.FUTURE_PLANS_ONLY);
            }
            if (credit.consumeSeen) {
                flags.add(Flags.CONSUMING_ONLY);
            }
            if (privateSomething) {
                flags.add(Flags.PRIVATE_CHANNELS_ONLY);
            }
            if (offlineSomething) {
                flags.add(Flags.OFFLINE_ONLY);
            }
            if (generalSomething) {
                flags.add(Flags.GENERAL_TALK);
            }
        }
        if (credit.currentParticipation) {
            boolean broadcast = false;
            boolean interaction = false;
            for (String k : credit.kinds) {
                broadcast |= rubric.broadcastSignals().contains(k);
                interaction |= rubric.interactionSignals().contains(k);
            }
            if (broadcast && !interaction) {
                flags.add(Flags.BROADCAST_ONLY);
            }
            if (reach.allProfessional()) {
                flags.add(Flags.PROFESSIONAL_NETWORK_ONLY);
            }
        }
        List<String> declaredMissing = new ArrayList<>();
        boolean contradiction = declaredChannels(an, request.declaredChannels(), declaredMissing);
        if (!declaredMissing.isEmpty()) {
            flags.add(Flags.DECLARED_NOT_MENTIONED);
        }
        if (contradiction) {
            flags.add(Flags.CONTRADICTS_DECLARED_CHANNELS);
        }
        return new Findings(flags, facts, declaredMissing, contradiction);
    }

    /**
     * Adds to {@code missing} the declared platforms the answer never mentions (outside salad and repeats); true
     * when a declared platform is mentioned only in negated or past statements.
     */
    private static boolean declaredChannels(Analysis an, List<DeclaredChannel> declared, List<String> missing) {
        boolean contradiction = false;
        for (DeclaredChannel d : declared) {
            boolean mentioned = false;
            boolean positive = false;
            for (Clause c : an.clauses()) {
                if (c.status == Status.SALAD || c.status == Status.REPEAT) {
                    continue;
                }
                for (Venue v : c.venues) {
                    if (d.platformId().equals(v.platformId())) {
                        mentioned = true;
                        if (c.status != Status.NEGATED && c.status != Status.PAST) {
                            positive = true;
                        }
                    }
                }
            }
            if (!mentioned) {
                if (!missing.contains(d.platformId())) {
                    missing.add(d.platformId());
                }
            } else if (!positive) {
                contradiction = true;
            }
        }
        return contradiction;
    }

    private List<String> reviewReasons(Analysis an, double raw, boolean ratingFromBand, Findings found) {
        List<String> reasons = new ArrayList<>();
        RubricDefinition.ReviewSpec rv = rubric.review();
        if (ratingFromBand && !found.flags().contains(Flags.EMPTY_OR_EVASIVE)) {
            for (RubricDefinition.RatingBand b : rubric.ratingBands()) {
                if (b.minScore() > 0 && Math.abs(raw - b.minScore()) < rv.borderlineMargin()) {
                    reasons.add(Flags.REVIEW_BORDERLINE);
                    break;
                }
            }
        }
        if (an.words() > 0 && an.words() < rv.veryShortWords()) {
            reasons.add(Flags.REVIEW_VERY_SHORT);
        }
        if (found.contradiction()) {
            reasons.add(Flags.REVIEW_CONTRADICTION);
        }
        if (an.salad()) {
            reasons.add(Flags.REVIEW_KEYWORD_STUFFING);
        }
        return reasons;
    }

    /** Specificity level from credited clauses; fills {@code specEvidence}. */
    private int specificity(Analysis an, String answer, List<Evidence> specEvidence) {
        // ---- specificity
        RubricDefinition.SpecificitySpec sp = rubric.specificity();
        Set<String> namedCommunities = new TreeSet<>();
        Set<String> namedPlatforms = new TreeSet<>();
        boolean handleOrUrl = false;
        boolean freq = false;
        boolean rec = false;
        boolean num = false;
        for (Clause c : an.clauses()) {
            if (c.status != Status.CREDITED || c.maxRung < 1) {
                continue;
            }
            for (Venue v : c.venues) {
                switch (v.kind()) {
                    case "community", "hashtag" -> {
                        if (namedCommunities.add(v.community().toLowerCase(Locale.ROOT))) {
                            specEvidence.add(ev(answer, v.start(), v.end(), "named_community"));
                        }
                    }
                    case "handle", "url" -> {
                        if (!handleOrUrl) {
                            specEvidence.add(ev(answer, v.start(), v.end(), v.kind()));
                        }
                        handleOrUrl = true;
                    }
                    case "platform" -> {
                        if (namedPlatforms.add(v.platformId())) {
                            specEvidence.add(ev(answer, v.start(), v.end(), "platform"));
                        }
                    }
                    default -> { }
                }
                if (v.platformId() != null) {
                    namedPlatforms.add(v.platformId());
                }
            }
            for (Hit h : c.hits) {
                if (h.kind() == Kind.FREQUENCY && !freq) {
                    freq = true;
                    specEvidence.add(ev(answer, h.start(), h.end(), "frequency"));
                } else if (h.kind() == Kind.RECENCY && !rec) {
                    rec = true;
                    specEvidence.add(ev(answer, h.start(), h.end(), "recency"));
                }
            }
            num |= c.number;
        }
        double specPoints = Math.min(sp.maxNamedCommunity(), namedCommunities.size() * sp.namedCommunity())
                + (handleOrUrl ? sp.handleOrUrl() : 0) + (freq ? sp.frequency() : 0) + (rec ? sp.recency() : 0)
                + (num ? sp.number() : 0) + Math.min(sp.maxPlatformNamed(), namedPlatforms.size() * sp.platformNamed());
        return (int) Math.min(4, Math.floor(specPoints + 1e-9));

    }

    private double bandMin(int rating) {
        for (RubricDefinition.RatingBand b : rubric.ratingBands()) {
            if (b.rating() == rating) {
                return b.minScore();
            }
        }
        return 0;
    }

    private boolean applies(RubricDefinition.Condition w, Set<String> flags, Set<String> facts, int[] levels) {
        if (w == null) {
            return false;
        }
        if (!w.anyFlags().isEmpty() && !containsAny(flags, w.anyFlags())) {
            return false;
        }
        if (containsAny(flags, w.noneFlags())) {
            return false;
        }
        if (!w.anyFacts().isEmpty() && !containsAny(facts, w.anyFacts())) {
            return false;
        }
        if (w.criterionBelow() != null) {
            int idx = criterionIndex(w.criterionBelow().criterion());
            if (idx < 0 || levels[idx] >= w.criterionBelow().level()) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsAny(Set<String> set, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            if (set.contains(names.get(i))) {
                return true;
            }
        }
        return false;
    }

    private int criterionIndex(String key) {
        for (int i = 0; i < criterionCount; i++) {
            if (rubric.criteria().get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasSpan(List<Evidence> evidence, int start, int end) {
        for (int i = 0; i < evidence.size(); i++) {
            if (evidence.get(i).start() == start && evidence.get(i).end() == end) {
                return true;
            }
        }
        return false;
    }

    private static Evidence ev(String answer, int start, int end, String signal) {
        return new Evidence(start, end, answer.substring(start, end), signal);
    }

    private static String notCreditedSummary(Analysis an) {
        int[] counts = new int[STATUSES.length];
        boolean any = false;
        for (Clause c : an.clauses()) {
            if (c.status != Status.CREDITED && (!c.signals.isEmpty() || !c.venues.isEmpty())) {
                counts[c.status.ordinal()]++;
                any = true;
            }
        }
        if (!any) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                b.append(b.length() == 0 ? "" : ", ").append(counts[i]).append(' ').append(describe(STATUSES[i]));
            }
        }
        return b.toString();
    }

    private static final Status[] STATUSES = Status.values();

    private static String describe(Status s) {
        return switch (s) {
            case PAST -> "past-tense statement(s)";
            case NEGATED -> "negated statement(s)";
            case HYPOTHETICAL -> "plan(s) or hypothetical statement(s)";
            case GENERAL -> "general statement(s) about social media";
            case PRIVATE -> "statement(s) about private work channels";
            case OFFLINE -> "statement(s) about offline-only activity";
            case VANITY -> "statement(s) about follower counts or other vanity metrics";
            case UNANCHORED -> "statement(s) not tied to any venue";
            case SALAD -> "keyword-salad sentence(s)";
            case REPEAT -> "repeated sentence(s)";
            case CREDITED -> "credited";
        };
    }

    private static String engagementLabel(String kind) {
        return switch (kind) {
            case "consume" -> "consuming";
            case "presence" -> "present";
            case "react" -> "reacting";
            case "promote_others" -> "sharing";
            case "broadcast" -> "broadcasting";
            case "comment", "help", "mentor" -> "commenting";
            case "create", "learn_share" -> "creating";
            case "converse", "ask_feedback" -> "conversing";
            case "lead" -> "leading";
            default -> "none";
        };
    }

    private static final class ChannelAcc {
        String platform;
        String community;
        String handle;
        int rung = -1;
        String kind;
        boolean current;
        final List<Evidence> evidence = new ArrayList<>();
    }

    private List<ChannelResult> channels(String answer, Analysis an) {
        Map<String, ChannelAcc> acc = new LinkedHashMap<>();
        for (Clause c : an.clauses()) {
            if (c.status == Status.NEGATED || c.status == Status.SALAD || c.status == Status.REPEAT
                    || c.status == Status.GENERAL) {
                continue;
            }
            String bestKind = null;
            int bestRung = -1;
            if (c.status == Status.CREDITED) {
                for (Hit h : c.signals) {
                    RubricDefinition.SignalSpec spec = rubric.signals().get(h.category());
                    if (spec != null && spec.rung() > bestRung) {
                        bestRung = spec.rung();
                        bestKind = h.category();
                    }
                }
            }
            for (Venue v : c.venues) {
                if ("hashtag".equals(v.kind())) {
                    continue;
                }
                String key = "handle".equals(v.kind()) && v.platformId() != null
                        ? v.platformId() + "|" : v.key();
                if ("handle".equals(v.kind()) && v.platformId() == null) {
                    key = "handle|" + v.handle().toLowerCase(Locale.ROOT);
                }
                ChannelAcc a = acc.computeIfAbsent(key, k -> new ChannelAcc());
                a.platform = v.platformId();
                if (v.community() != null) {
                    a.community = v.community();
                } else if (a.community == null && "generic".equals(v.kind())) {
                    a.community = null;
                }
                if (v.handle() != null && a.handle == null) {
                    a.handle = v.handle();
                }
                if (c.status == Status.CREDITED && bestRung > a.rung) {
                    a.rung = bestRung;
                    a.kind = bestKind;
                }
                if (c.status == Status.CREDITED && bestRung >= 1) {
                    a.current = true;
                }
                if (a.evidence.size() < 5) {
                    a.evidence.add(ev(answer, v.start(), v.end(), "venue"));
                }
            }
        }
        List<ChannelResult> out = new ArrayList<>();
        for (ChannelAcc a : acc.values()) {
            out.add(new ChannelResult(a.platform, a.community, a.handle,
                    a.kind == null ? "none" : engagementLabel(a.kind), a.current, a.evidence));
        }
        return out;
    }

    private List<String> followUps(Analysis an, Set<String> flags, int[] levels, List<ChannelResult> channels,
                                   List<String> declaredMissing, RoleProfile role) {
        List<String> out = new ArrayList<>();
        boolean evasive = flags.contains(Flags.EMPTY_OR_EVASIVE);
        for (RubricDefinition.FollowUp f : rubric.followUps()) {
            if (out.size() >= rubric.maxFollowUps()) {
                break;
            }
            String when = f.when();
            String community = null;
            String platform = null;
            boolean ok;
            if (when.equals("named_community")) {
                for (ChannelResult c : channels) {
                    if (c.community() != null && c.current()) {
                        community = c.community();
                        break;
                    }
                }
                ok = community != null;
            } else if (when.startsWith("flag:")) {
                String flag = when.substring(5);
                ok = flags.contains(flag);
                if (ok && flag.equals(Flags.DECLARED_NOT_MENTIONED) && !declaredMissing.isEmpty()) {
                    platform = platformName(declaredMissing.get(0));
                } else if (ok && flag.equals(Flags.NO_CURRENT_PARTICIPATION)) {
                    for (Clause c : an.clauses()) {
                        if ((c.status == Status.PAST || c.status == Status.HYPOTHETICAL) && platform == null) {
                            for (Venue v : c.venues) {
                                if (v.platformId() != null) {
                                    platform = platformName(v.platformId());
                                    break;
                                }
                            }
                        }
                    }
                }
            } else {
                String[] p = when.split(":");
                int idx = criterionIndex(p[1]);
                ok = !evasive && idx >= 0 && levels[idx] < Integer.parseInt(p[2]);
            }
            if (!ok) {
                continue;
            }
            String t = f.template();
            if (t.contains("{community}")) {
                if (community == null) {
                    continue;
                }
                t = t.replace("{community}", community);
            }
            if (t.contains("{platform}")) {
                if (platform == null) {
                    continue;
                }
                t = t.replace("{platform}", platform);
            }
            if (t.contains("{role}")) { // the role's name is built only for templates that use it
                t = t.replace("{role}", role.id().equals(RoleProfile.GENERIC_ID) ? "social media role"
                        : role.title().toLowerCase(Locale.ROOT));
            }
            if (!out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    private String platformName(String id) {
        VenuePlatform p = platforms.get(id);
        return p == null ? id : p.name();
    }
}
