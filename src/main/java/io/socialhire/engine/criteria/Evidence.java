package io.socialhire.engine.criteria;

import io.socialhire.engine.claims.Activity;
import io.socialhire.engine.claims.Claim;
import io.socialhire.engine.claims.Reading;
import io.socialhire.engine.claims.Venue;
import io.socialhire.engine.claims.VenueKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facts about one answer that criteria and the rating model read: credited claims, deduplicated (the same
 * activity in the same venue counts once however often it is repeated), and the discounted ones by reason.
 */
public final class Evidence {
    private final Reading reading;
    private final List<Claim> credited;
    private final Set<Activity> activities = EnumSet.noneOf(Activity.class);
    private final Map<String, Venue> publicVenues = new LinkedHashMap<>();
    private final Set<String> communities = new LinkedHashSet<>();

    public Evidence(Reading reading) {
        this.reading = reading;
        Set<String> seen = new LinkedHashSet<>();
        List<Claim> distinct = new ArrayList<>();
        for (Claim c : reading.claims()) {
            if (!c.credited()) {
                continue;
            }
            String venueKey = c.venues().isEmpty() ? "" : c.venues().get(0).key();
            if (seen.add(c.activity() + "|" + venueKey)) {
                distinct.add(c);
            }
            activities.add(c.activity());
            if (c.activity().rung() >= 1) {
                for (Venue v : c.venues()) {
                    if (v.kind() == VenueKind.PUBLIC) {
                        publicVenues.putIfAbsent(v.platform() != null ? v.platform() : v.key(), v);
                        if (v.community() != null) {
                            communities.add(v.community().toLowerCase(java.util.Locale.ROOT));
                        }
                    }
                }
            }
        }
        this.credited = List.copyOf(distinct);
    }

    public Reading reading() {
        return reading;
    }

    /** Credited claims, one per activity and venue. */
    public List<Claim> credited() {
        return credited;
    }

    public boolean has(Activity a) {
        return activities.contains(a);
    }

    public int count(Activity... kinds) {
        Set<Activity> wanted = EnumSet.noneOf(Activity.class);
        wanted.addAll(List.of(kinds));
        int n = 0;
        for (Claim c : credited) {
            if (wanted.contains(c.activity())) {
                n++;
            }
        }
        return n;
    }

    public int distinctKinds(Activity... kinds) {
        int n = 0;
        for (Activity a : kinds) {
            if (activities.contains(a)) {
                n++;
            }
        }
        return n;
    }

    public int maxRung() {
        int max = -1;
        for (Activity a : activities) {
            max = Math.max(max, a.rung());
        }
        return max;
    }

    /** Public venues of credited claims above reading, by platform (or generic kind). */
    public Map<String, Venue> publicVenues() {
        return publicVenues;
    }

    public Set<String> communities() {
        return communities;
    }

    public boolean anyRegular(Activity... kinds) {
        Set<Activity> wanted = kinds.length == 0 ? EnumSet.allOf(Activity.class) : EnumSet.copyOf(List.of(kinds));
        for (Claim c : credited) {
            if (c.regular() && wanted.contains(c.activity())) {
                return true;
            }
        }
        return false;
    }

    public boolean onlyProfessionalNetwork() {
        return !publicVenues.isEmpty() && publicVenues.values().stream().allMatch(Venue::professionalNetwork);
    }

    /**
     * Discounted claims that match; repeated sentences and keyword lists count for nothing, here as in the credit.
     */
    public int discounted(java.util.function.Predicate<Claim> which) {
        int n = 0;
        for (Claim c : reading.claims()) {
            if (!c.credited() && !c.reason().startsWith("repeats") && !c.reason().startsWith("a list of keywords")
                    && which.test(c)) {
                n++;
            }
        }
        return n;
    }
}
