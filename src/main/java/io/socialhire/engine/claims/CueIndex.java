package io.socialhire.engine.claims;

import io.socialhire.engine.lang.Cue;
import io.socialhire.engine.lang.PhraseMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * The cues found in one answer, by token: which cues cover a token and which phrases start there. Negation and modal
 * phrases covered by an exception phrase ("not just", "I'd say") are dropped here, once.
 */
final class CueIndex {
    private final List<PhraseMatcher.Match<Cue>> matches;
    private final List<EnumSet<Cue>> covering;
    private final List<List<PhraseMatcher.Match<Cue>>> starting;

    CueIndex(int tokens, List<PhraseMatcher.Match<Cue>> raw) {
        List<PhraseMatcher.Match<Cue>> exceptions = new ArrayList<>();
        List<PhraseMatcher.Match<Cue>> notActivities = new ArrayList<>();
        for (PhraseMatcher.Match<Cue> m : raw) {
            if (m.payload() == Cue.MODE_EXCEPTION) {
                exceptions.add(m);
            } else if (m.payload() == Cue.NOT_ACTIVITY) {
                notActivities.add(m);
            }
        }
        List<PhraseMatcher.Match<Cue>> kept = new ArrayList<>(raw.size());
        for (PhraseMatcher.Match<Cue> m : raw) {
            if (cancelled(m, exceptions) || (m.payload().isActivity() && within(m, notActivities))
                    || (m.payload() == Cue.OWNER_EMPLOYER && topicOf(raw, m))) {
                continue;
            }
            kept.add(m);
        }
        kept.sort(Comparator.comparingInt((PhraseMatcher.Match<Cue> m) -> m.first())
                .thenComparing(m -> -(m.last() - m.first())));
        this.matches = List.copyOf(kept);
        this.covering = new ArrayList<>(tokens);
        this.starting = new ArrayList<>(tokens);
        for (int i = 0; i < tokens; i++) {
            covering.add(EnumSet.noneOf(Cue.class));
            starting.add(new ArrayList<>(2));
        }
        for (PhraseMatcher.Match<Cue> m : matches) {
            starting.get(m.first()).add(m);
            for (int i = m.first(); i <= m.last(); i++) {
                covering.get(i).add(m.payload());
            }
        }
    }

    private static boolean cancelled(PhraseMatcher.Match<Cue> m, List<PhraseMatcher.Match<Cue>> exceptions) {
        Cue c = m.payload();
        if (c != Cue.NEGATION && c != Cue.MODAL_HYPOTHETICAL && c != Cue.MODAL_WISH && c != Cue.MODAL_OBLIGATION
                && c != Cue.CONDITIONAL) {
            return false;
        }
        for (PhraseMatcher.Match<Cue> e : exceptions) {
            if (e.first() <= m.first() && e.last() >= m.last()) {
                return true;
            }
        }
        return false;
    }

    /** "hot takes about brand accounts": an owner phrase right after "about" is what is talked about, not where. */
    private static boolean topicOf(List<PhraseMatcher.Match<Cue>> raw, PhraseMatcher.Match<Cue> owner) {
        for (PhraseMatcher.Match<Cue> m : raw) {
            if (m.payload() == Cue.CONTENT_OPENER && m.last() == owner.first() - 1) {
                return true;
            }
        }
        return false;
    }

    private static boolean within(PhraseMatcher.Match<Cue> m, List<PhraseMatcher.Match<Cue>> spans) {
        for (PhraseMatcher.Match<Cue> s : spans) {
            if (s.first() <= m.first() && s.last() >= m.first()) {
                return true;
            }
        }
        return false;
    }

    boolean covers(int token, Cue cue) {
        return token >= 0 && token < covering.size() && covering.get(token).contains(cue);
    }

    boolean coversAny(int token) {
        return token >= 0 && token < covering.size() && !covering.get(token).isEmpty();
    }

    EnumSet<Cue> at(int token) {
        return covering.get(token);
    }

    List<PhraseMatcher.Match<Cue>> startingAt(int token) {
        return starting.get(token);
    }

    /** The first match of {@code cue} starting in {@code from..to} (inclusive), or null. */
    PhraseMatcher.Match<Cue> first(Cue cue, int from, int to) {
        for (int i = Math.max(0, from); i <= to && i < starting.size(); i++) {
            for (PhraseMatcher.Match<Cue> m : starting.get(i)) {
                if (m.payload() == cue) {
                    return m;
                }
            }
        }
        return null;
    }

    boolean any(Cue cue, int from, int to) {
        for (int i = Math.max(0, from); i <= to && i < covering.size(); i++) {
            if (covering.get(i).contains(cue)) {
                return true;
            }
        }
        return false;
    }

    int count(Cue cue, int from, int to) {
        int n = 0;
        for (int i = Math.max(0, from); i <= to && i < starting.size(); i++) {
            for (PhraseMatcher.Match<Cue> m : starting.get(i)) {
                if (m.payload() == cue) {
                    n++;
                }
            }
        }
        return n;
    }
}
