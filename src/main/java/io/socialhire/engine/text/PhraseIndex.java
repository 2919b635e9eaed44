package io.socialhire.engine.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Dictionary of phrases matched at word starts of a folded text: one trie walk per word start, so a 150-word
 * answer costs a few thousand character comparisons. Exact entries must end at a word boundary; prefix entries
 * (lexicon {@code comment*}) extend to the end of the word they stop in. Immutable and thread-safe.
 */
public final class PhraseIndex<T> {

    public interface Sink<T> {
        void hit(int start, int end, T payload);
    }

    /**
     * Children sit in a table indexed by {@code c - lo}, so a step of the walk is one subtraction, one bounds check
     * and one load. Keys more than {@link #MAX_SPAN} above the smallest go to a sorted overflow array, which bounds
     * the table size whatever the lexicons contain.
     */
    private static final class Node {
        static final int MAX_SPAN = 256;
        private static final Node[] NONE = new Node[0];

        final char lo;
        final Node[] table;
        final char[] wideKeys;
        final Node[] wideKids;
        final Object[] exact;
        final Object[] prefix;

        Node(char[] keys, Node[] kids, Object[] exact, Object[] prefix) {
            this.exact = exact;
            this.prefix = prefix;
            int dense = 0;
            while (dense < keys.length && keys[dense] - keys[0] < MAX_SPAN) {
                dense++;
            }
            if (dense == 0) {
                lo = 0;
                table = NONE;
            } else {
                lo = keys[0];
                table = new Node[keys[dense - 1] - lo + 1];
                for (int i = 0; i < dense; i++) {
                    table[keys[i] - lo] = kids[i];
                }
            }
            wideKeys = dense == keys.length ? null : Arrays.copyOfRange(keys, dense, keys.length);
            wideKids = dense == keys.length ? null : Arrays.copyOfRange(kids, dense, kids.length);
        }

        Node child(char c) {
            int i = (char) (c - lo); // below lo wraps to a large index
            Node[] t = table;
            if (i < t.length) {
                return t[i];
            }
            if (wideKeys == null) {
                return null;
            }
            int k = Arrays.binarySearch(wideKeys, c);
            return k >= 0 ? wideKids[k] : null;
        }
    }

    private static final class Builder {
        final TreeMap<Character, Builder> kids = new TreeMap<>();
        final List<Object> exact = new ArrayList<>();
        final List<Object> prefix = new ArrayList<>();

        Node freeze() {
            char[] keys = new char[kids.size()];
            Node[] frozen = new Node[kids.size()];
            int i = 0;
            for (Map.Entry<Character, Builder> e : kids.entrySet()) {
                keys[i] = e.getKey();
                frozen[i] = e.getValue().freeze();
                i++;
            }
            return new Node(keys, frozen, exact.isEmpty() ? null : exact.toArray(),
                    prefix.isEmpty() ? null : prefix.toArray());
        }
    }

    private final Node root;

    /** @param phrases folded phrase → payloads; {@code prefixOf} tells which payloads are prefix entries */
    public PhraseIndex(Map<String, List<T>> phrases, java.util.function.Predicate<T> prefixOf) {
        Builder b = new Builder();
        for (Map.Entry<String, List<T>> e : phrases.entrySet()) {
            Builder n = b;
            for (int i = 0; i < e.getKey().length(); i++) {
                n = n.kids.computeIfAbsent(e.getKey().charAt(i), k -> new Builder());
            }
            for (T p : e.getValue()) {
                (prefixOf.test(p) ? n.prefix : n.exact).add(p);
            }
        }
        root = b.freeze();
    }

    @SuppressWarnings("unchecked")
    public void match(char[] f, Sink<T> sink) {
        int n = f.length;
        boolean prevWord = false; // whether f[i - 1] is a word character: each character is tested once
        for (int i = 0; i < n; i++) {
            char c0 = f[i];
            boolean word = TextFold.isWordChar(c0);
            boolean wordStart = word && !prevWord;
            prevWord = word;
            if (!wordStart) {
                continue;
            }
            Node node = root.child(c0);
            int j = i + 1;
            int wordEnd = -1;
            while (node != null) {
                if (node.exact != null && (j >= n || !TextFold.isWordChar(f[j])
                        || !TextFold.isWordChar(f[j - 1]))) {
                    for (Object p : node.exact) {
                        sink.hit(i, j, (T) p);
                    }
                }
                if (node.prefix != null) {
                    if (wordEnd < j) {
                        wordEnd = j;
                        while (wordEnd < n && TextFold.isWordChar(f[wordEnd])) {
                            wordEnd++;
                        }
                    }
                    for (Object p : node.prefix) {
                        sink.hit(i, wordEnd, (T) p);
                    }
                }
                if (j >= n) {
                    break;
                }
                node = node.child(f[j]);
                j++;
            }
        }
    }
}
