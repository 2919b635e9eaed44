package io.socialhire.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Dictionary of phrases matched at word starts of a folded text: one trie walk per word start, so a 150-word
 * answer costs a few thousand character comparisons. Exact entries must end at a word boundary; prefix entries
 * (lexicon {@code comment*}) extend to the end of the word they stop in. Immutable and thread-safe.
 */
final class PhraseIndex<T> {

    interface Sink<T> {
        void hit(int start, int end, T payload);
    }

    private static final class Node {
        char[] keys = new char[0];
        Node[] kids = new Node[0];
        Object[] exact;
        Object[] prefix;

        Node child(char c) {
            char[] k = keys;
            int lo = 0;
            int hi = k.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                char m = k[mid];
                if (m < c) {
                    lo = mid + 1;
                } else if (m > c) {
                    hi = mid - 1;
                } else {
                    return kids[mid];
                }
            }
            return null;
        }
    }

    private static final class Builder {
        final TreeMap<Character, Builder> kids = new TreeMap<>();
        final List<Object> exact = new ArrayList<>();
        final List<Object> prefix = new ArrayList<>();

        Node freeze() {
            Node n = new Node();
            n.keys = new char[kids.size()];
            n.kids = new Node[kids.size()];
            int i = 0;
            for (Map.Entry<Character, Builder> e : kids.entrySet()) {
                n.keys[i] = e.getKey();
                n.kids[i] = e.getValue().freeze();
                i++;
            }
            n.exact = exact.isEmpty() ? null : exact.toArray();
            n.prefix = prefix.isEmpty() ? null : prefix.toArray();
            return n;
        }
    }

    private final Node[] rootAscii = new Node[128];
    private final Node root;

    /** @param phrases folded phrase → payloads; {@code prefixOf} tells which payloads are prefix entries */
    PhraseIndex(Map<String, List<T>> phrases, java.util.function.Predicate<T> prefixOf) {
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
        for (int i = 0; i < root.keys.length; i++) {
            if (root.keys[i] < 128) {
                rootAscii[root.keys[i]] = root.kids[i];
            }
        }
    }

    @SuppressWarnings("unchecked")
    void match(char[] f, Sink<T> sink) {
        int n = f.length;
        for (int i = 0; i < n; i++) {
            char c0 = f[i];
            if (!TextFold.isWordChar(c0) || (i > 0 && TextFold.isWordChar(f[i - 1]))) {
                continue;
            }
            Node node = c0 < 128 ? rootAscii[c0] : root.child(c0);
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
