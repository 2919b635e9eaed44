package io.socialhire.engine.v1;

import io.socialhire.engine.text.TextFold;
import io.socialhire.engine.v1.TextAnalyzer.Hit;
import io.socialhire.engine.v1.TextAnalyzer.Kind;
import java.util.Arrays;
import java.util.List;

/**
 * Finds sentences that game keyword counting. Salad: five words or more with few function words of the answer's
 * language and many keywords (platforms, signals, community nouns, social objects), or a few more function words,
 * fewer keywords and a word used three times. Repeat: a sentence of a dozen characters or more whose words equal an
 * earlier sentence's (compared by hash).
 */
final class SaladAndRepeatDetector {

    private SaladAndRepeatDetector() {
    }

    /**
     * Marks the sentences that are keyword salad and those that repeat an earlier one.
     *
     * @param sent the sentences as {start, end}
     * @param all every hit but function words, of any language
     * @param fwHits function-word hits as {@link LexiconMatcher.HitCollector} packs them, {@code fwN} of them
     * @param saladSentence set per sentence: keyword salad
     * @param repeatSentence set per sentence: repeats an earlier sentence
     * @return {anySalad, anyRepeat}
     */
    static boolean[] mark(List<int[]> sent, List<Hit> all, char[] fc, int[] fwHits, int fwN, int languageId,
                          String language, boolean[] saladSentence, boolean[] repeatSentence) {
        boolean anySalad = false;
        boolean anyRepeat = false;
        LongSet seenSentences = new LongSet(sent.size());
        int[] fwPerSentence = new int[sent.size()];
        int[] kwPerSentence = new int[sent.size()];
        {
            int si = 0;
            int coveredTo = -1;
            for (Hit h : all) {
                while (si < sent.size() && sent.get(si)[1] <= h.start()) {
                    si++;
                }
                if (si >= sent.size()) {
                    break;
                }
                if (h.start() < sent.get(si)[0]) {
                    continue;
                }
                Kind kind = h.kind();
                String l = h.entry().lang();
                if ((kind == Kind.PLATFORM || h.entry().signal() || kind == Kind.COMMUNITY_NOUNS
                        || kind == Kind.SOCIAL_OBJECTS) && (l == null || l.equals(language))
                        && h.start() >= coveredTo) {
                    kwPerSentence[si]++;
                    coveredTo = h.end();
                }
            }
        }
        {
            int si = 0;
            for (int k = 0; k < fwN; k++) {
                int st = fwHits[k] >>> 4;
                if ((fwHits[k] & 15) != languageId) {
                    continue;
                }
                while (si < sent.size() && sent.get(si)[1] <= st) {
                    si++;
                }
                if (si < sent.size() && st >= sent.get(si)[0]) {
                    fwPerSentence[si]++;
                }
            }
        }
        for (int si = 0; si < sent.size(); si++) {
            int a = sent.get(si)[0];
            int z = sent.get(si)[1];
            long hash = 1125899906842597L;
            int keyLen = 0;
            int tokens = 0;
            boolean prevWord = false;
            for (int i = a; i < z; i++) {
                char ch = fc[i];
                boolean word = TextFold.isWordChar(ch);
                if (word) {
                    if (!prevWord) {
                        tokens++;
                        hash = 31 * hash + ' ';
                        keyLen++;
                    }
                    hash = 31 * hash + ch;
                    keyLen++;
                }
                prevWord = word;
            }
            if (keyLen >= 12 && !seenSentences.add(hash)) {
                repeatSentence[si] = true;
                anyRepeat = true;
            }
            if (tokens >= 5) {
                double fwRatio = fwPerSentence[si] / (double) tokens;
                double kwRatio = kwPerSentence[si] / (double) tokens;
                boolean salad = fwRatio < 0.12 && kwRatio >= 0.3;
                if (!salad && fwRatio < 0.2 && kwRatio >= 0.2) {
                    salad = someWordThrice(fc, a, z, tokens);
                }
                if (salad) {
                    saladSentence[si] = true;
                    anySalad = true;
                }
            }
        }
        return new boolean[] {anySalad, anyRepeat};
    }

    /**
     * Whether a word occurs three times or more in fc[a, z), which holds {@code words} words. Words are compared in
     * place through an open-addressing table of word numbers: no substring, no map, no boxing (this runs for many
     * sentences of answers in languages with few function words).
     */
    private static boolean someWordThrice(char[] fc, int a, int z, int words) {
        int mask = Integer.highestOneBit(words * 2) * 2 - 1; // at most half full
        int[] table = new int[mask + 1]; // 1 + word number, 0 when free
        int[] starts = new int[words];
        int[] lengths = new int[words];
        int[] counts = new int[words];
        int count = 0;
        int i = a;
        while (i < z) {
            if (!TextFold.isWordChar(fc[i])) {
                i++;
                continue;
            }
            int j = i;
            int h = 0;
            while (j < z && TextFold.isWordChar(fc[j])) {
                h = 31 * h + fc[j];
                j++;
            }
            int len = j - i;
            int slot = (h ^ (h >>> 16)) & mask;
            while (true) {
                int w = table[slot] - 1;
                if (w < 0) {
                    table[slot] = count + 1;
                    starts[count] = i;
                    lengths[count] = len;
                    counts[count++] = 1;
                    break;
                }
                if (lengths[w] == len && Arrays.equals(fc, starts[w], starts[w] + len, fc, i, j)) {
                    if (++counts[w] == 3) {
                        return true;
                    }
                    break;
                }
                slot = (slot + 1) & mask;
            }
            i = j;
        }
        return false;
    }

    /** Insert-only set of longs for at most {@code max} values: open addressing, no boxing. */
    private static final class LongSet {
        private final long[] keys;
        private final boolean[] used;

        LongSet(int max) {
            int size = Integer.highestOneBit(Math.max(2, max) * 2) * 2; // power of two, at most a quarter full
            keys = new long[size];
            used = new boolean[size];
        }

        /** @return whether {@code v} was not in the set yet */
        boolean add(long v) {
            int mask = keys.length - 1;
            int h = Long.hashCode(v) * 0x9E3779B9;
            int i = (h ^ (h >>> 16)) & mask;
            while (used[i]) {
                if (keys[i] == v) {
                    return false;
                }
                i = (i + 1) & mask;
            }
            used[i] = true;
            keys[i] = v;
            return true;
        }
    }
}
