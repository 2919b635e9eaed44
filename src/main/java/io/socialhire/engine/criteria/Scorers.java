package io.socialhire.engine.criteria;

import io.socialhire.engine.RoleProfile;
import io.socialhire.engine.claims.Activity;
import io.socialhire.engine.claims.Claim;
import io.socialhire.engine.claims.Venue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The criterion scorers a rubric version can name, by name. */
public final class Scorers {
    private static final Activity[] INTERACTIVE = {Activity.COMMENT, Activity.CONVERSE, Activity.HELP, Activity.MENTOR,
        Activity.PROMOTE_OTHERS, Activity.ASK_FEEDBACK, Activity.LEAD};
    private static final Activity[] GIVING = {Activity.HELP, Activity.MENTOR, Activity.PROMOTE_OTHERS};

    private static final Map<String, CriterionScorer> BY_NAME = Map.of(
            "participation_ladder", Scorers::ladder,
            "two_way_interaction", Scorers::interaction,
            "giving_to_others", Scorers::giving,
            "learning_in_public", Scorers::learning,
            "relevant_reach", Scorers::reach,
            "specificity", Scorers::specificity);

    private Scorers() {
    }

    public static CriterionScorer byName(String name) {
        return BY_NAME.get(name);
    }

    public static Set<String> names() {
        return new java.util.TreeSet<>(BY_NAME.keySet());
    }

    private static List<Claim> with(Evidence e, Activity... kinds) {
        Set<Activity> wanted = Set.of(kinds);
        return e.credited().stream().filter(c -> wanted.contains(c.activity())).toList();
    }

    static CriterionScorer.Level ladder(Evidence e, RoleProfile role) {
        int rung = e.maxRung();
        if (rung <= 0) {
            return new CriterionScorer.Level(0, rung == 0 ? "Only reads or follows; no participation of their own."
                    : "No current public participation of their own.", with(e, Activity.CONSUME));
        }
        List<Claim> top = e.credited().stream().filter(c -> c.activity().rung() == rung).toList();
        String what = switch (rung) {
            case 1 -> "Present on platforms or reacting (accounts, likes, reshares), without contributing words.";
            case 2 -> "Posts their own content.";
            case 3 -> "Takes part in conversations: " + activities(top) + ".";
            default -> "Leads: " + activities(top) + ".";
        };
        return new CriterionScorer.Level(rung, what, top);
    }

    static CriterionScorer.Level interaction(Evidence e, RoleProfile role) {
        List<Claim> claims = with(e, INTERACTIVE);
        int kinds = e.distinctKinds(INTERACTIVE);
        boolean regular = e.anyRegular(INTERACTIVE);
        int level;
        String why;
        if (claims.isEmpty()) {
            boolean broadcast = e.has(Activity.POST);
            level = broadcast ? 1 : 0;
            why = broadcast ? "Publishes without describing any conversation with other people."
                    : "No interaction with other people is described.";
        } else if (kinds >= 3 || (kinds >= 2 && regular)) {
            level = 4;
            why = "Talks with people in several ways" + (regular ? ", regularly" : "") + ": " + activities(claims) + ".";
        } else if (regular || claims.size() >= 2) {
            level = 3;
            why = "Regularly talks with other people: " + activities(claims) + ".";
        } else {
            level = 2;
            why = "Some conversation with other people: " + activities(claims) + ".";
        }
        return new CriterionScorer.Level(level, why, claims);
    }

    static CriterionScorer.Level giving(Evidence e, RoleProfile role) {
        List<Claim> claims = with(e, GIVING);
        int kinds = e.distinctKinds(GIVING);
        if (kinds >= 2) {
            return new CriterionScorer.Level(4, "Gives to others in more than one way: " + activities(claims) + ".", claims);
        }
        if (kinds == 1) {
            return new CriterionScorer.Level(3, "Gives to others: " + activities(claims) + ".", claims);
        }
        if (e.has(Activity.LEAD)) {
            return new CriterionScorer.Level(2, "Looks after others as part of leading a community.",
                    with(e, Activity.LEAD));
        }
        if (e.has(Activity.REACT)) {
            return new CriterionScorer.Level(1, "Reshares or reacts to other people's content.", with(e, Activity.REACT));
        }
        return new CriterionScorer.Level(0, "Nothing about helping or promoting other people.", List.of());
    }

    static CriterionScorer.Level learning(Evidence e, RoleProfile role) {
        boolean shares = e.has(Activity.LEARN_IN_PUBLIC) || e.has(Activity.MENTOR);
        boolean asks = e.has(Activity.ASK_FEEDBACK);
        List<Claim> claims = with(e, Activity.LEARN_IN_PUBLIC, Activity.ASK_FEEDBACK, Activity.MENTOR);
        if (shares && asks) {
            return new CriterionScorer.Level(4, "Shares what they learn and asks for feedback on it.", claims);
        }
        if (shares || asks) {
            return new CriterionScorer.Level(3, shares ? "Shares what they learn in public." : "Asks for feedback in public.",
                    claims);
        }
        if (e.has(Activity.POST)) {
            return new CriterionScorer.Level(2, "Publishes their own writing or content.", with(e, Activity.POST));
        }
        if (e.has(Activity.CONSUME)) {
            return new CriterionScorer.Level(1, "Learns by reading and following, privately.", with(e, Activity.CONSUME));
        }
        return new CriterionScorer.Level(0, "Nothing shared about what they learn.", List.of());
    }

    static CriterionScorer.Level reach(Evidence e, RoleProfile role) {
        Map<String, Venue> venues = e.publicVenues();
        List<Claim> claims = e.credited().stream().filter(c -> c.activity().rung() >= 1 && !c.publicVenues().isEmpty()).toList();
        if (venues.isEmpty()) {
            boolean participates = e.maxRung() >= 2;
            return new CriterionScorer.Level(participates ? 1 : 0, participates
                    ? "Participates, but names no public venue." : "No current public venue.", List.of());
        }
        Set<String> categories = new LinkedHashSet<>();
        boolean audience = false;
        for (Venue v : venues.values()) {
            if (v.category() != null) {
                categories.add(v.category());
            }
            if ((v.platform() != null && role.focusPlatforms().contains(v.platform()))
                    || (v.category() != null && role.focusCategories().contains(v.category()))) {
                audience = true;
            }
        }
        boolean participates = e.maxRung() >= 2;
        String names = String.join(", ", venues.values().stream().map(Venue::name).limit(5).toList());
        if (e.onlyProfessionalNetwork() || !participates) {
            return new CriterionScorer.Level(1, e.onlyProfessionalNetwork() ? "A professional network only (" + names + ")."
                    : "Present on " + names + " without taking part.", claims);
        }
        if (categories.size() >= 2 && audience) {
            return new CriterionScorer.Level(4, "Takes part in several kinds of venues, including where the role's audience"
                    + " is: " + names + ".", claims);
        }
        if (categories.size() >= 2 || audience) {
            return new CriterionScorer.Level(3, (audience ? "Takes part where the role's audience is: "
                    : "Takes part in several kinds of venues: ") + names + ".", claims);
        }
        return new CriterionScorer.Level(2, "Takes part in one kind of venue: " + names + ".", claims);
    }

    static CriterionScorer.Level specificity(Evidence e, RoleProfile role) {
        double points = Math.min(2, e.communities().size());
        boolean handle = false;
        int platforms = 0;
        for (Venue v : e.publicVenues().values()) {
            handle |= v.handle() != null;
            platforms += v.platform() != null ? 1 : 0;
        }
        points += handle ? 1 : 0;
        points += e.anyRegular() ? 1 : 0;
        points += e.reading().recency() > 0 ? 1 : 0;
        points += e.reading().numbers() > 0 ? 0.5 : 0;
        points += Math.min(1, platforms * 0.5);
        int level = (int) Math.min(4, Math.floor(points + 1e-9));
        List<String> parts = new ArrayList<>();
        if (!e.communities().isEmpty()) {
            parts.add("names " + e.communities().size() + (e.communities().size() == 1 ? " community" : " communities"));
        }
        if (handle) {
            parts.add("gives a handle or link");
        }
        if (e.anyRegular()) {
            parts.add("says how often");
        }
        if (e.reading().recency() > 0) {
            parts.add("gives recent examples");
        }
        String why = parts.isEmpty() ? (level == 0 ? "Nothing specific." : "Names platforms only.")
                : Character.toUpperCase(String.join(", ", parts).charAt(0)) + String.join(", ", parts).substring(1) + ".";
        return new CriterionScorer.Level(level, why, e.credited().stream().filter(c -> !c.publicVenues().isEmpty()).toList());
    }

    /** "replies to others and helps or answers others": the distinct activities of claims, in plain words. */
    static String activities(List<Claim> claims) {
        Set<String> words = new LinkedHashSet<>();
        for (Claim c : claims) {
            words.add(c.activity().words());
        }
        return String.join("; ", words);
    }
}
