package io.socialhire.engine.claims;

import io.socialhire.engine.lang.Cue;
import io.socialhire.engine.lang.PhraseMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The cues found in one answer, by token: which cues cover a token and which phrases start there. Negation and modal
 * phrases covered by an exception phrase ("not just", "I'd say") are dropped here, once.
 */
final class CueIndex {
    private final List<PhraseMatcher.Match<Cue>> matches;
    private final List<EnumSet<Cue>> covering;
    private final List<List<PhraseMatcher.Match<Cue>>> starting;
    /** The covering cues again as two words of bits per token, for the hot membership tests. */
    private final long[] bits;

    static {
        if (Cue.values().length > 2 * Long.SIZE) {
            throw new IllegalStateException("cue bits hold at most " + 2 * Long.SIZE + " cues");
        }
    }

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
        this.bits = new long[tokens * 2];
        for (PhraseMatcher.Match<Cue> m : matches) {
            starting.get(m.first()).add(m);
            int ordinal = m.payload().ordinal();
            for (int i = m.first(); i <= m.last(); i++) {
                covering.get(i).add(m.payload());
                bits[2 * i + (ordinal >>> 6)] |= 1L << ordinal;
            }
        }
    }

    /** A set of cues as bits, to test with {@link #coversAnyOf}. */
    static long[] mask(Set<Cue> cues) {
        long[] mask = new long[2];
        for (Cue c : cues) {
            mask[c.ordinal() >>> 6] |= 1L << c.ordinal();
        }
        return mask;
    }

    boolean coversAnyOf(int token, long[] mask) {
        return (bits[2 * token] & mask[0]) != 0 || (bits[2 * token + 1] & mask[1]) != 0;
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
        return token >= 0 && token < covering.size()
                && (bits[2 * token + (cue.ordinal() >>> 6)] & 1L << cue.ordinal()) != 0;
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
        int word = cue.ordinal() >>> 6;
        long bit = 1L << cue.ordinal();
        for (int i = Math.max(0, from); i <= to && i < covering.size(); i++) {
            if ((bits[2 * i + word] & bit) != 0) {
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
