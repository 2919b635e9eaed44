package io.socialhire.engine.rating;

import io.socialhire.engine.claims.Activity;
import io.socialhire.engine.claims.Actor;
import io.socialhire.engine.claims.Claim;
import io.socialhire.engine.claims.Mode;
import io.socialhire.engine.claims.TimeFrame;
import io.socialhire.engine.criteria.Evidence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documented inputs of the rating model: each criterion's level ({@code level:<criterion>}) and counts over the
 * answer's claims. Every feature is defined here once; the rubric version's model names the ones it uses.
 */
public final class Features {
    /** Claim features and what they mean (the README's table is this map). */
    public static final Map<String, String> CLAIM_FEATURES = definitions();

    /**
     * The direction the rating guide says each feature may move a rating: +1 may only raise it, -1 only lower it, 0
     * either. Criterion levels (not listed) may only raise it. The fit holds every weight to its direction.
     */
    public static final Map<String, Integer> DIRECTION = Map.ofEntries(
            Map.entry("leads", 1), Map.entry("helps", 1), Map.entry("promotes", 1), Map.entry("learns_in_public", 1),
            Map.entry("interactions", 1), Map.entry("own_channel_only", -1), Map.entry("passive_share", -1),
            Map.entry("posts", 1), Map.entry("presence", 1), Map.entry("passive_only", 0),
            Map.entry("nothing_credited", -1), Map.entry("venues", 1), Map.entry("communities", 1),
            Map.entry("regular", 1), Map.entry("professional_only", -1), Map.entry("ended", -1),
            Map.entry("examples", 1), Map.entry("past_events", -1), Map.entry("not_actual", -1),
            Map.entry("about_others", -1), Map.entry("private_or_offline", -1), Map.entry("work_accounts", -1),
            Map.entry("vanity", -1), Map.entry("occasional", -1), Map.entry("buzzwords", -1),
            Map.entry("guide_tier", 1), Map.entry("keyword_lists", -1), Map.entry("buzzword_share", -1));

    /** The allowed sign of a feature's weight: +1, -1 or 0 (free). */
    public static int direction(String feature) {
        return feature.startsWith("level:") ? 1 : DIRECTION.getOrDefault(feature, 0);
    }

    private Features() {
    }

    private static Map<String, String> definitions() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("leads", "1 when the candidate currently moderates, hosts, organizes or founded a public community or event,"
                + " or organizes a recurring event offline while taking part in public online");
        d.put("helps", "credited claims of helping, answering or mentoring others (at most 3)");
        d.put("promotes", "1 when the candidate promotes or credits other people");
        d.put("learns_in_public", "1 when the candidate shares what they learn or asks for feedback in public");
        d.put("interactions", "log(1 + credited claims of talking with people: replies, conversations, help, feedback, leading)");
        d.put("own_channel_only", "1 when every credited conversation happens on the candidate's own channel (their posts, videos, blog)");
        d.put("passive_share", "share of the credited claims that are reading, reacting or having an account");
        d.put("posts", "1 when the candidate publishes their own content");
        d.put("presence", "1 when the candidate has a current public presence of their own: an account, or reading, reacting or posting on a named venue");
        d.put("passive_only", "1 when every credited claim is reading, reacting or having an account");
        d.put("nothing_credited", "1 when no claim is the candidate's own, current, public participation");
        d.put("venues", "distinct public venues of the credited claims (at most 4)");
        d.put("communities", "named communities of the credited claims (at most 3)");
        d.put("regular", "1 when a credited claim says it happens regularly (daily, weekly, most evenings)");
        d.put("professional_only", "1 when every public venue is a professional network (LinkedIn)");
        d.put("ended", "log(1 + the candidate's claims about past activity that has ended)");
        d.put("examples", "log(1 + past-tense examples not said to have ended), when the candidate also takes part now");
        d.put("past_events", "log(1 + past-tense statements not said to have ended), when nothing current is credited");
        d.put("not_actual", "log(1 + the candidate's hypothetical, wished, negated or supposed claims)");
        d.put("about_others", "log(1 + claims about what others, people in general or the employer do, or that were only read about)");
        d.put("private_or_offline", "log(1 + the candidate's claims in private channels or offline)");
        d.put("work_accounts", "log(1 + the candidate's claims on an employer's or client's account)");
        d.put("vanity", "log(1 + mentions of follower counts, views, reach and similar)");
        d.put("occasional", "1 when every credited conversation is said to happen only now and then");
        d.put("buzzwords", "log(1 + corporate buzzwords: leverage, foster, authentic, ecosystem...)");
        d.put("guide_tier", "the rating guide's tiers read off the claims, 1..5: nothing credited 1; presence, broadcasting"
                + " or a professional network only 2; conversation that is occasional, on one's own channel or without"
                + " helping 3; regular conversation with helping, learning in public or a named community 4; leading"
                + " together with helping, promoting or learning in public 5");
        d.put("keyword_lists", "1 when a sentence is a list of keywords rather than a statement");
        d.put("buzzword_share", "corporate buzzwords per word of the answer (a resume of buzzwords runs above 0.1)");
        return d;
    }

    /**
     * Every feature of one answer.
     *
     * @param levels criterion key to level, in rubric order
     */
    public static Map<String, Double> of(Evidence e, Map<String, Integer> levels) {
        Map<String, Double> f = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> l : levels.entrySet()) {
            f.put("level:" + l.getKey(), (double) l.getValue());
        }
        List<Claim> credited = e.credited();
        f.put("leads", e.has(Activity.LEAD) || (offlineLead(e) && credited.stream().anyMatch(c -> c.activity().interactive()))
                ? 1.0 : 0.0);
        f.put("helps", (double) Math.min(3, e.count(Activity.HELP, Activity.MENTOR)));
        f.put("promotes", e.has(Activity.PROMOTE_OTHERS) ? 1.0 : 0.0);
        f.put("learns_in_public", e.has(Activity.LEARN_IN_PUBLIC) || e.has(Activity.ASK_FEEDBACK) ? 1.0 : 0.0);
        f.put("interactions", Math.log1p(credited.stream().filter(c -> c.activity().interactive()).count()));
        List<Claim> talking = credited.stream().filter(c -> c.activity().interactive()).toList();
        f.put("own_channel_only", !talking.isEmpty() && talking.stream().allMatch(Claim::ownChannel) ? 1.0 : 0.0);
        f.put("passive_share", credited.isEmpty() ? 0.0
                : credited.stream().filter(c -> c.activity().rung() <= 1).count() / (double) credited.size());
        f.put("posts", e.has(Activity.POST) ? 1.0 : 0.0);
        f.put("presence", credited.stream().anyMatch(c -> c.activity() == Activity.ACCOUNT || c.activity() == Activity.REACT
                || !c.publicVenues().isEmpty()) ? 1.0 : 0.0);
        f.put("passive_only", !credited.isEmpty() && e.maxRung() <= 1 ? 1.0 : 0.0);
        f.put("nothing_credited", credited.isEmpty() ? 1.0 : 0.0);
        f.put("venues", (double) Math.min(4, e.publicVenues().size()));
        f.put("communities", (double) Math.min(3, e.communities().size()));
        f.put("regular", e.anyRegular() ? 1.0 : 0.0);
        f.put("professional_only", e.onlyProfessionalNetwork() ? 1.0 : 0.0);
        f.put("ended", Math.log1p(e.discounted(c -> own(c) && c.time() == TimeFrame.PAST && !c.pastEvent()
                && c.mode() == Mode.ACTUAL)));
        double pastEvents = Math.log1p(e.discounted(c -> own(c) && c.pastEvent() && c.mode() == Mode.ACTUAL));
        boolean current = credited.stream().anyMatch(c -> c.activity().rung() >= 2);
        f.put("examples", current ? pastEvents : 0.0);
        f.put("past_events", current ? 0.0 : pastEvents);
        f.put("not_actual", Math.log1p(e.discounted(c -> own(c) && c.mode() != Mode.ACTUAL && c.mode() != Mode.REPORTED)));
        f.put("about_others", Math.log1p(e.discounted(c -> !own(c) || c.mode() == Mode.REPORTED)));
        f.put("private_or_offline", Math.log1p(e.discounted(c -> own(c) && c.mode() == Mode.ACTUAL
                && c.time() == TimeFrame.CURRENT && !c.workAccount() && c.reason() != null
                && (c.reason().contains("private") || c.reason().contains("offline")))));
        f.put("work_accounts", Math.log1p(e.discounted(c -> c.workAccount() || c.actor() == Actor.EMPLOYER_OR_CLIENTS)));
        f.put("vanity", Math.log1p(e.reading().vanity()));
        f.put("occasional", !talking.isEmpty() && talking.stream().allMatch(c -> "occasional".equals(c.frequency()))
                ? 1.0 : 0.0);
        f.put("buzzwords", Math.log1p(e.reading().buzzwords()));
        f.put("guide_tier", (double) guideTier(e, talking));
        f.put("keyword_lists", e.reading().saladSentences() > 0 ? 1.0 : 0.0);
        f.put("buzzword_share", e.reading().buzzwords() / (double) Math.max(1, e.reading().words()));
        return f;
    }

    /** The candidate currently organizes or hosts something offline (a meetup, a club night). */
    static boolean offlineLead(Evidence e) {
        return e.reading().claims().stream().anyMatch(c -> !c.credited() && c.activity() == Activity.LEAD
                && c.actor().isCandidate() && c.mode() == Mode.ACTUAL && c.time() == TimeFrame.CURRENT
                && c.reason() != null && c.reason().startsWith("offline"));
    }

    static int guideTier(Evidence e, List<Claim> talking) {
        if (e.credited().isEmpty()) {
            return 1;
        }
        boolean giving = e.has(Activity.HELP) || e.has(Activity.MENTOR) || e.has(Activity.PROMOTE_OTHERS);
        boolean learning = e.has(Activity.LEARN_IN_PUBLIC) || e.has(Activity.ASK_FEEDBACK);
        boolean leads = e.has(Activity.LEAD) || (offlineLead(e) && !talking.isEmpty());
        if (leads && (giving || learning || talking.size() >= 2)) {
            return 5;
        }
        if (talking.isEmpty() || e.onlyProfessionalNetwork()) {
            return leads ? 3 : 2;
        }
        boolean regular = talking.stream().anyMatch(Claim::regular);
        boolean occasional = talking.stream().allMatch(c -> "occasional".equals(c.frequency()));
        boolean ownOnly = talking.stream().allMatch(Claim::ownChannel);
        if (!occasional && !ownOnly && (giving || learning || !e.communities().isEmpty()) && (regular || talking.size() >= 2)) {
            return 4;
        }
        return 3;
    }

    private static boolean own(Claim c) {
        return c.actor().isCandidate();
    }
}
