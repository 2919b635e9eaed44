package io.socialhire.engine.v1;

/**
 * Reads of the folded answer in place, without substrings: the callers look for a few short words at known
 * positions many times per answer.
 */
final class FoldedChars {

    private FoldedChars() {
    }

    /** Whether fc[from, to) contains x; the window is a few characters. */
    static boolean containsIn(char[] fc, int from, int to, String x) {
        for (int i = from, last = to - x.length(); i <= last; i++) {
            if (regionIs(fc, i, x)) {
                return true;
            }
        }
        return false;
    }

    /** Whether x is at fc[at] (which must leave room for it). */
    static boolean regionIs(char[] fc, int at, String x) {
        for (int k = 0; k < x.length(); k++) {
            if (fc[at + k] != x.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
