package io.socialhire.engine.claims;

import io.socialhire.engine.lang.Cue;
import io.socialhire.engine.lang.PhraseMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The cues found in one answer, by token: which cues cover a token and which phrases start there. Negation and modal
 * phrases covered by an exception phrase ("not just", "I'd say") are dropped here, once.
 *
 * <p>Everything is held as bits, built once per answer: per token the cues covering it (for membership tests), and
 * per cue the tokens it covers and the tokens where one of its phrases starts (for range questions: is there a cue in
 * this clause, how many phrases of it start in the answer). The matches themselves are one list sorted by first token
 * (longest first), with the offset of each token's run.
 */
final class CueIndex {
    private static final int CUES = Cue.values().length;
    private final int tokens;
    private final List<PhraseMatcher.Match<Cue>> matches;
    /** Matches starting at token {@code i} are {@code matches[startOffsets[i] .. startOffsets[i + 1])}. */
    private final int[] startOffsets;
    /** The covering cues as two words of bits per token, for the hot membership tests. */
    private final long[] bits;
    /** Words of bits per cue in {@link #covered} and {@link #starts}: one bit per token. */
    private final int words;
    /** Per cue ({@code ordinal * words}), the tokens it covers. */
    private final long[] covered;
    /** Per cue, the tokens where a phrase of it starts. */
    private final long[] starts;
    /** Whether two phrases of one cue start at one token, which the phrase matcher never gives: then count them. */
    private final boolean repeatedStarts;

    static {
        if (CUES > 2 * Long.SIZE) {
            throw new IllegalStateException("cue bits hold at most " + 2 * Long.SIZE + " cues");
        }
    }

    CueIndex(int tokens, List<PhraseMatcher.Match<Cue>> raw) {
        List<PhraseMatcher.Match<Cue>> exceptions = new ArrayList<>();
        List<PhraseMatcher.Match<Cue>> notActivities = new ArrayList<>();
        boolean owners = false;
        for (PhraseMatcher.Match<Cue> m : raw) {
            if (m.payload() == Cue.MODE_EXCEPTION) {
                exceptions.add(m);
            } else if (m.payload() == Cue.NOT_ACTIVITY) {
                notActivities.add(m);
            } else if (m.payload() == Cue.OWNER_EMPLOYER) {
                owners = true;
            }
        }
        List<PhraseMatcher.Match<Cue>> kept = new ArrayList<>(raw.size());
        for (PhraseMatcher.Match<Cue> m : raw) {
            if ((!exceptions.isEmpty() && cancelled(m, exceptions))
                    || (!notActivities.isEmpty() && m.payload().isActivity() && within(m, notActivities))
                    || (owners && m.payload() == Cue.OWNER_EMPLOYER && topicOf(raw, m))) {
                continue;
            }
            kept.add(m);
        }
        // by first token, longer first; a stable sort, as before, so equal keys keep the matcher's order
        sortByFirstLongerFirst(kept);
        this.tokens = tokens;
        this.matches = List.copyOf(kept);
        this.startOffsets = new int[tokens + 1];
        this.bits = new long[tokens * 2];
        this.words = (tokens + 63) >>> 6;
        this.covered = new long[CUES * words];
        this.starts = new long[CUES * words];
        boolean repeated = false;
        for (PhraseMatcher.Match<Cue> m : matches) {
            startOffsets[m.first() + 1]++;
            int ordinal = m.payload().ordinal();
            int row = ordinal * words;
            long startBit = 1L << m.first();
            repeated |= (starts[row + (m.first() >>> 6)] & startBit) != 0;
            starts[row + (m.first() >>> 6)] |= startBit;
            for (int i = m.first(); i <= m.last(); i++) {
                bits[2 * i + (ordinal >>> 6)] |= 1L << ordinal;
                covered[row + (i >>> 6)] |= 1L << i;
            }
        }
        for (int i = 0; i < tokens; i++) {
            startOffsets[i + 1] += startOffsets[i];
        }
        this.repeatedStarts = repeated;
    }

    private static final java.util.Comparator<PhraseMatcher.Match<Cue>> BY_FIRST_LONGER_FIRST = (a, b) ->
            a.first() != b.first() ? Integer.compare(a.first(), b.first())
                    : Integer.compare(-(a.last() - a.first()), -(b.last() - b.first()));

    /**
     * Sorts stably by {@link #BY_FIRST_LONGER_FIRST}. The matcher gives the matches of each first token together and
     * in order of first token, so only each token's few matches need ordering, by insertion (stable); a list in any
     * other order is sorted whole.
     */
    private static void sortByFirstLongerFirst(List<PhraseMatcher.Match<Cue>> list) {
        for (int k = 1; k < list.size(); k++) {
            if (list.get(k).first() < list.get(k - 1).first()) {
                list.sort(BY_FIRST_LONGER_FIRST);
                return;
            }
        }
        for (int k = 1; k < list.size(); k++) {
            PhraseMatcher.Match<Cue> m = list.get(k);
            int j = k - 1;
            while (j >= 0 && BY_FIRST_LONGER_FIRST.compare(list.get(j), m) > 0) {
                list.set(j + 1, list.get(j));
                j--;
            }
            list.set(j + 1, m);
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

    /** Every activity cue ({@link Cue#isActivity()}) as bits. */
    static long[] activityMask() {
        long[] mask = new long[2];
        for (Cue c : Cue.values()) {
            if (c.isActivity()) {
                mask[c.ordinal() >>> 6] |= 1L << c.ordinal();
            }
        }
        return mask;
    }

    /** The cues not in {@code mask}. */
    static long[] complement(long[] mask) {
        long[] all = new long[2];
        for (Cue c : Cue.values()) {
            all[c.ordinal() >>> 6] |= 1L << c.ordinal();
        }
        return new long[] {all[0] & ~mask[0], all[1] & ~mask[1]};
    }

    static long[] union(long[] a, long[] b) {
        return new long[] {a[0] | b[0], a[1] | b[1]};
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
        return token >= 0 && token < tokens
                && (bits[2 * token + (cue.ordinal() >>> 6)] & 1L << cue.ordinal()) != 0;
    }

    boolean coversAny(int token) {
        return token >= 0 && token < tokens && (bits[2 * token] | bits[2 * token + 1]) != 0;
    }

    List<PhraseMatcher.Match<Cue>> startingAt(int token) {
        int from = startOffsets[token];
        int to = startOffsets[token + 1];
        return from == to ? List.of() : matches.subList(from, to);
    }

    /** The index in {@link #match(int)} of the first match starting at {@code token}. */
    int startIndex(int token) {
        return startOffsets[token];
    }

    /** One past the index of the last match starting at {@code token}. */
    int endIndex(int token) {
        return startOffsets[token + 1];
    }

    PhraseMatcher.Match<Cue> match(int index) {
        return matches.get(index);
    }

    /** Whether a phrase of {@code cue} starts at {@code token}. */
    boolean starts(int token, Cue cue) {
        return token >= 0 && token < tokens
                && (starts[cue.ordinal() * words + (token >>> 6)] & 1L << token) != 0;
    }

    /** Whether a phrase of any cue of {@code mask} starts at {@code token}. */
    boolean startsAnyOf(int token, long[] mask) {
        int word = token >>> 6;
        long bit = 1L << token;
        long m = mask[0];
        while (m != 0) {
            int ordinal = Long.numberOfTrailingZeros(m);
            if ((starts[ordinal * words + word] & bit) != 0) {
                return true;
            }
            m &= m - 1;
        }
        m = mask[1];
        while (m != 0) {
            int ordinal = 64 + Long.numberOfTrailingZeros(m);
            if ((starts[ordinal * words + word] & bit) != 0) {
                return true;
            }
            m &= m - 1;
        }
        return false;
    }

    /** The first match of {@code cue} starting in {@code from..to} (inclusive), or null. */
    PhraseMatcher.Match<Cue> first(Cue cue, int from, int to) {
        int i = next(starts, cue, from, to);
        if (i < 0) {
            return null;
        }
        for (int k = startOffsets[i]; k < startOffsets[i + 1]; k++) {
            if (matches.get(k).payload() == cue) {
                return matches.get(k);
            }
        }
        return null;
    }

    /** Whether {@code cue} covers any token of {@code from..to} (inclusive). */
    boolean any(Cue cue, int from, int to) {
        return next(covered, cue, from, to) >= 0;
    }

    /** How many phrases of {@code cue} start in {@code from..to} (inclusive). */
    int count(Cue cue, int from, int to) {
        int lo = Math.max(0, from);
        int hi = Math.min(to, tokens - 1);
        if (lo > hi) {
            return 0;
        }
        if (repeatedStarts) {
            int n = 0;
            for (int k = startOffsets[lo]; k < startOffsets[hi + 1]; k++) {
                if (matches.get(k).payload() == cue) {
                    n++;
                }
            }
            return n;
        }
        int row = cue.ordinal() * words;
        int n = 0;
        for (int w = lo >>> 6; w <= hi >>> 6; w++) {
            n += Long.bitCount(starts[row + w] & range(w, lo, hi));
        }
        return n;
    }

    /** The first token of {@code from..to} set in the cue's row of {@code rows}, or -1. */
    private int next(long[] rows, Cue cue, int from, int to) {
        int lo = Math.max(0, from);
        int hi = Math.min(to, tokens - 1);
        if (lo > hi) {
            return -1;
        }
        int row = cue.ordinal() * words;
        for (int w = lo >>> 6; w <= hi >>> 6; w++) {
            long b = rows[row + w] & range(w, lo, hi);
            if (b != 0) {
                return (w << 6) + Long.numberOfTrailingZeros(b);
            }
        }
        return -1;
    }

    /** The bits of word {@code w} that stand for tokens {@code lo..hi}. */
    private static long range(int w, int lo, int hi) {
        long mask = -1L;
        if (w == lo >>> 6) {
            mask &= -1L << (lo & 63);
        }
        if (w == hi >>> 6) {
            mask &= -1L >>> (63 - (hi & 63));
        }
        return mask;
    }
}
