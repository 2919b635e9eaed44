package io.socialhire.engine;

import io.socialhire.engine.claims.Activity;
import io.socialhire.engine.claims.Actor;
import io.socialhire.engine.claims.Claim;
import io.socialhire.engine.claims.Mode;
import io.socialhire.engine.claims.Reading;
import io.socialhire.engine.claims.TimeFrame;
import io.socialhire.engine.claims.Venue;
import io.socialhire.engine.claims.VenueCatalog;
import io.socialhire.engine.criteria.CriterionScorer;
import io.socialhire.engine.criteria.Evidence;
import io.socialhire.engine.rating.OrdinalModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Shapes an assessment into the result a hiring manager reads: criterion levels with evidence in plain words, the
 * claims (credited or with the reason they are not), detected channels merged by platform, flags, review reasons,
 * follow-up questions and a one-sentence summary.
 */
final class Explanation {
    private final ClaimsRubric rubric;
    private final VenueCatalog venues;
    /** Compiled once: String.replaceAll compiles its pattern on every call. */
    private static final java.util.regex.Pattern FINAL_DOT = java.util.regex.Pattern.compile("\\.$");

    Explanation(ClaimsRubric rubric, VenueCatalog venues) {
        this.rubric = rubric;
        this.venues = venues;
    }

    ScoringResult result(String answer, ScoringRequest request, ClaimsEngine.Assessment a, ScoringResult.RoleRef roleRef,
                         ScoringResult.RubricRef rubricRef, ScoringResult.SecondOpinion second) {
        Reading reading = a.reading();
        List<ScoringResult.CriterionResult> criteria = new ArrayList<>();
        for (ClaimsRubric.Criterion c : rubric.criteria()) {
            CriterionScorer.Level level = a.levels().get(c.key());
            List<ScoringResult.Evidence> evidence = new ArrayList<>();
            for (Claim claim : level.support()) {
                if (evidence.size() < 6) {
                    evidence.add(new ScoringResult.Evidence(claim.start(), claim.end(),
                            answer.substring(claim.start(), claim.end()), claim.activity().words()));
                }
            }
            double weight = rubric.ratingModel().weights().getOrDefault("level:" + c.key(), 0.0);
            // the scorer's reason names what was found; the level's anchored descriptor stands in when it has none
            String rationale = level.rationale() == null || level.rationale().isBlank() ? c.descriptor(level.level())
                    : level.rationale();
            criteria.add(new ScoringResult.CriterionResult(c.key(), level.level(), 0, 4,
                    Math.round(weight * 1000) / 1000.0, rationale, evidence));
        }
        int rating = a.rating();
        double expected = OrdinalModel.expected(a.probabilities());
        int score = (int) Math.round(25 * (expected - 1));
        int low = rating == 1 ? 0 : 25 * (rating - 1) - 12;
        int high = rating == 5 ? 100 : 25 * (rating - 1) + 12;
        score = Math.max(low, Math.min(high, score));
        List<String> declaredMissing = new ArrayList<>();
        boolean contradiction = declared(request.declaredChannels(), reading, declaredMissing);
        List<String> flags = flags(a, !declaredMissing.isEmpty(), contradiction);
        List<String> reasons = new ArrayList<>();
        if (reading.words() > 0 && reading.words() < rubric.review().veryShortWords()) {
            reasons.add(Flags.REVIEW_VERY_SHORT);
        }
        if (a.probabilities()[rating - 1] < rubric.review().borderlineProbability()) {
            reasons.add(Flags.REVIEW_BORDERLINE);
        }
        if (second != null && Math.abs(second.rating() - rating) >= rubric.review().modelDisagreement()) {
            reasons.add(Flags.REVIEW_MODEL_DISAGREEMENT);
        }
        if (contradiction) {
            reasons.add(Flags.REVIEW_CONTRADICTION);
        }
        if (reading.saladSentences() > 0) {
            reasons.add(Flags.REVIEW_KEYWORD_STUFFING);
        }
        List<Double> probabilities = new ArrayList<>();
        for (double p : a.probabilities()) {
            probabilities.add(Math.round(p * 1000) / 1000.0);
        }
        List<ScoringResult.ChannelResult> channels = channels(answer, reading);
        return new ScoringResult(rating, score, rubric.recommendationFor(rating), criteria, channels, flags,
                followUps(a, flags, channels, declaredMissing, request.role()), !reasons.isEmpty(), reasons,
                reading.language(), rubricRef, ClaimsEngine.ENGINE_VERSION, roleRef, summary(a), claims(answer, reading),
                a.appliedRules(), probabilities, second);
    }

    // ---------------------------------------------------------------- summary

    String summary(ClaimsEngine.Assessment a) {
        int rating = a.rating();
        Evidence e = a.evidence();
        StringBuilder s = new StringBuilder("Rated ").append(rating).append(" (").append(RatingScale.label(rating))
                .append("): ");
        Set<String> doing = new LinkedHashSet<>();
        e.credited().stream().sorted((x, y) -> y.activity().rung() - x.activity().rung())
                .forEach(c -> doing.add(c.activity().words()));
        if (doing.isEmpty()) {
            s.append("no current, public participation of the candidate's own");
            Set<String> instead = new LinkedHashSet<>();
            for (Claim c : a.reading().claims()) {
                if (c.reason() != null && instead.size() < 2) {
                    instead.add(shortReason(c));
                }
            }
            if (!instead.isEmpty()) {
                s.append(" (the answer describes ").append(String.join(" and ", instead)).append(")");
            }
        } else {
            s.append(String.join(", ", doing.stream().limit(3).toList()));
            List<String> venues = ClaimsEngine.creditedVenueNames(e, 3);
            if (!venues.isEmpty()) {
                s.append(" in ").append(String.join(", ", venues));
            }
            List<String> missing = new ArrayList<>();
            if (rating < 5 && a.features().getOrDefault("leads", 0.0) < 0.5) {
                missing.add("leads nothing (no hosting, moderating or organizing)");
            }
            if (rating < 4 && a.features().getOrDefault("helps", 0.0) < 0.5
                    && a.features().getOrDefault("promotes", 0.0) < 0.5) {
                missing.add("little helping or promoting of others");
            }
            if (rating < 4 && a.features().getOrDefault("communities", 0.0) < 0.5) {
                missing.add("no named community");
            }
            if (!missing.isEmpty()) {
                s.append("; ").append(String.join("; ", missing.stream().limit(2).toList()));
            }
        }
        if (!a.appliedRules().isEmpty()) {
            s.append("; ").append(FINAL_DOT.matcher(a.appliedRules().get(0).description()).replaceAll("").toLowerCase(Locale.ROOT));
        }
        return s.append('.').toString();
    }

    private static String shortReason(Claim c) {
        if (!c.actor().isCandidate()) {
            return c.actor() == Actor.EMPLOYER_OR_CLIENTS ? "an employer's or clients' activity" : "what others do";
        }
        if (c.mode() == Mode.REPORTED) {
            return "reading or studying about it";
        }
        if (c.mode() != Mode.ACTUAL || c.time() == TimeFrame.FUTURE) {
            return "plans or hypotheticals";
        }
        if (c.time() == TimeFrame.PAST) {
            return "past activity";
        }
        if (c.workAccount()) {
            return "work on an employer's accounts";
        }
        String r = c.reason();
        if (r.contains("private")) {
            return "private channels";
        }
        if (r.contains("offline")) {
            return "offline events";
        }
        if (r.contains("reads or studies")) {
            return "reading";
        }
        return r.contains("keywords") ? "keywords" : "statements that do not count";
    }

    // ---------------------------------------------------------------- claims and channels

    private static List<ScoringResult.ClaimResult> claims(String answer, Reading reading) {
        List<ScoringResult.ClaimResult> out = new ArrayList<>();
        for (Claim c : reading.claims()) {
            List<ScoringResult.ClaimVenue> venues = c.venues().stream().map(v -> new ScoringResult.ClaimVenue(v.name(),
                    v.platform(), v.community(), v.kind().jsonName())).toList();
            out.add(new ScoringResult.ClaimResult(answer.substring(c.start(), c.end()), c.start(), c.end(),
                    c.actor().jsonName(), c.activity().jsonName(), c.activity().words(), venues, c.time().jsonName(),
                    c.mode().jsonName(), c.frequency(), c.credited(), c.reason()));
        }
        return out;
    }

    private static String engagement(Activity a) {
        return switch (a) {
            case CONSUME -> "consuming";
            case ACCOUNT -> "present";
            case REACT -> "reacting";
            case POST, LEARN_IN_PUBLIC -> "creating";
            case LEAD -> "leading";
            default -> "commenting";
        };
    }

    /** One channel per platform and community; a platform named alone folds into its first named community. */
    private static List<ScoringResult.ChannelResult> channels(String answer, Reading reading) {
        final class Acc {
            String platform;
            String community;
            String handle;
            Activity best;
            boolean current;
            final List<ScoringResult.Evidence> evidence = new ArrayList<>();
        }
        Map<String, String> firstCommunity = new LinkedHashMap<>();
        for (Venue v : reading.venues()) {
            if (v.community() != null) {
                firstCommunity.putIfAbsent(place(v), v.community().toLowerCase(Locale.ROOT));
            }
        }
        Map<String, Acc> byKey = new LinkedHashMap<>();
        for (Venue v : reading.venues()) {
            String community = v.community() != null ? v.community().toLowerCase(Locale.ROOT)
                    : firstCommunity.getOrDefault(place(v), "");
            Acc acc = byKey.computeIfAbsent(place(v) + "|" + community, k -> new Acc());
            acc.platform = v.platform();
            if (v.community() != null && acc.community == null) {
                acc.community = v.community();
            }
            if (v.handle() != null && acc.handle == null) {
                acc.handle = v.handle();
            }
            if (acc.evidence.size() < 5) {
                acc.evidence.add(new ScoringResult.Evidence(v.start(), v.end(), answer.substring(v.start(), v.end()),
                        "names this venue"));
            }
            for (Claim c : reading.claims()) {
                if (c.credited() && c.venues().contains(v)) {
                    acc.current = true;
                    if (acc.best == null || c.activity().rung() > acc.best.rung()) {
                        acc.best = c.activity();
                    }
                }
            }
        }
        List<ScoringResult.ChannelResult> out = new ArrayList<>();
        for (Acc acc : byKey.values()) {
            out.add(new ScoringResult.ChannelResult(acc.platform, acc.community, acc.handle,
                    acc.best == null ? "none" : engagement(acc.best), acc.current, acc.evidence));
        }
        return out;
    }

    private static String place(Venue v) {
        return v.platform() != null ? v.platform() : v.name().toLowerCase(Locale.ROOT);
    }

    // ---------------------------------------------------------------- flags, declared channels, follow-ups

    private static List<String> flags(ClaimsEngine.Assessment a, boolean declaredMissing, boolean contradiction) {
        Map<String, Double> f = a.features();
        Reading reading = a.reading();
        boolean none = f.get("nothing_credited") > 0.5;
        List<String> flags = new ArrayList<>();
        if (none) {
            flags.add(Flags.NO_CURRENT_PARTICIPATION);
            if (has(reading, c -> c.actor().isCandidate() && c.time() == TimeFrame.PAST)) {
                flags.add(Flags.PAST_PARTICIPATION_ONLY);
            }
            if (has(reading, c -> c.actor().isCandidate() && (c.mode() == Mode.HYPOTHETICAL || c.mode() == Mode.WISH))) {
                flags.add(Flags.FUTURE_PLANS_ONLY);
            }
            if (has(reading, c -> c.reason() != null && c.reason().contains("private"))) {
                flags.add(Flags.PRIVATE_CHANNELS_ONLY);
            }
            if (has(reading, c -> c.reason() != null && c.reason().contains("offline"))) {
                flags.add(Flags.OFFLINE_ONLY);
            }
            if (has(reading, c -> c.workAccount() || c.actor() == Actor.EMPLOYER_OR_CLIENTS)) {
                flags.add(Flags.EMPLOYER_ACCOUNTS_ONLY);
            }
            if (has(reading, c -> !c.actor().isCandidate() || c.mode() == Mode.REPORTED)) {
                flags.add(Flags.GENERAL_TALK);
            }
        } else {
            if (a.evidence().credited().stream().allMatch(c -> c.activity() == Activity.CONSUME)) {
                flags.add(Flags.CONSUMING_ONLY);
            }
            if (f.get("professional_only") > 0.5) {
                flags.add(Flags.PROFESSIONAL_NETWORK_ONLY);
            }
            if (f.get("posts") > 0.5 && f.get("interactions") == 0.0) {
                flags.add(Flags.BROADCAST_ONLY);
            }
        }
        if (reading.vanity() > 0 && f.get("interactions") == 0.0) {
            flags.add(Flags.VANITY_METRICS);
        }
        if (reading.saladSentences() > 0) {
            flags.add(Flags.KEYWORD_STUFFING);
        }
        if (reading.repeatedSentences() > 0) {
            flags.add(Flags.REPETITION);
        }
        if (reading.words() < 3 || (none && reading.evasive() > 0)) {
            flags.add(Flags.EMPTY_OR_EVASIVE);
        }
        if (declaredMissing) {
            flags.add(Flags.DECLARED_NOT_MENTIONED);
        }
        if (contradiction) {
            flags.add(Flags.CONTRADICTS_DECLARED_CHANNELS);
        }
        return flags;
    }

    private static boolean has(Reading r, java.util.function.Predicate<Claim> which) {
        return r.claims().stream().anyMatch(c -> !c.credited() && which.test(c));
    }

    /**
     * Adds to {@code missing} the declared platforms the answer never names; true when a declared platform appears only
     * in claims that are not credited (negated, past, planned).
     */
    private static boolean declared(List<DeclaredChannel> declared, Reading reading, List<String> missing) {
        boolean contradiction = false;
        for (DeclaredChannel d : declared) {
            boolean named = reading.venues().stream().anyMatch(v -> d.platformId().equals(v.platform()));
            boolean credited = reading.claims().stream().anyMatch(c -> c.credited()
                    && c.venues().stream().anyMatch(v -> d.platformId().equals(v.platform())));
            boolean denied = reading.claims().stream().anyMatch(c -> !c.credited() && c.actor().isCandidate()
                    && (c.mode() == Mode.NEGATED || c.time() == TimeFrame.PAST)
                    && c.venues().stream().anyMatch(v -> d.platformId().equals(v.platform())));
            if (!named) {
                if (!missing.contains(d.platformId())) {
                    missing.add(d.platformId());
                }
            } else if (denied && !credited) {
                contradiction = true;
            }
        }
        return contradiction;
    }

    private List<String> followUps(ClaimsEngine.Assessment a, List<String> flags, List<ScoringResult.ChannelResult> channels,
                                   List<String> declaredMissing, RoleProfile role) {
        List<String> out = new ArrayList<>();
        String community = null;
        for (ScoringResult.ChannelResult c : channels) {
            if (c.current() && c.community() != null) {
                community = c.community();
                break;
            }
        }
        String platform = declaredMissing.isEmpty() ? pastPlatform(a.reading()) : platformName(declaredMissing.get(0));
        for (ClaimsRubric.FollowUp f : rubric.followUps()) {
            if (out.size() >= rubric.maxFollowUps()) {
                break;
            }
            String when = f.when();
            boolean ok;
            if (when.equals("always")) {
                ok = true;
            } else if (when.equals("named_community")) {
                ok = community != null;
            } else if (when.startsWith("flag:")) {
                ok = flags.contains(when.substring(5));
            } else {
                String[] p = when.split(":");
                CriterionScorer.Level level = a.levels().get(p[1]);
                ok = level != null && level.level() < Integer.parseInt(p[2]) && !flags.contains(Flags.EMPTY_OR_EVASIVE);
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
            t = t.replace("{role}", role.id().equals(RoleProfile.GENERIC_ID) ? "social media role"
                    : role.title().toLowerCase(Locale.ROOT));
            if (!out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** A platform as people name it ("X (Twitter)"), not its id. */
    private String platformName(String id) {
        VenueCatalog.Platform p = venues.platform(id);
        return p == null ? id : p.name();
    }

    private static String pastPlatform(Reading reading) {
        for (Claim c : reading.claims()) {
            if (!c.credited() && c.actor().isCandidate() && c.time() == TimeFrame.PAST) {
                for (Venue v : c.venues()) {
                    return v.name();
                }
            }
        }
        return null;
    }
}
