package io.socialhire.engine.lang;

import io.socialhire.engine.text.TextFold;
import io.socialhire.engine.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds lexicon phrases in a token sequence. A phrase is a sequence of word patterns: {@code word} matches any token
 * with the same stem, {@code =word} only that exact form, {@code word*} any form starting with it, {@code *} any one word. Hyphen tokens are
 * transparent, so {@code co-host} matches "co-host" and "co host". Immutable after construction; thread-safe.
 *
 * @param <T> what a phrase stands for (a cue, a platform...)
 */
public final class PhraseMatcher<T> {

    /** A phrase found at tokens {@code first..last} (inclusive). */
    public record Match<T>(T payload, int first, int last, String phrase) {
    }

    /** A trie node; its maps are made on first use, as most nodes are leaves (half a million in a large lexicon). */
    private static final class Node<T> {
        Map<String, Node<T>> byStem;
        Map<String, Node<T>> byForm;
        /** Prefix words ({@code word*}, {@code *}) and their nodes, or null: few nodes have any. */
        Prefixes<T> prefixes;
        List<Match<T>> ends = List.of();

        Node<T> childByStem(String stem) {
            if (byStem == null) {
                byStem = new HashMap<>(4);
            }
            return byStem.computeIfAbsent(stem, k -> new Node<>());
        }

        Node<T> childByForm(String form) {
            if (byForm == null) {
                byForm = new HashMap<>(4);
            }
            return byForm.computeIfAbsent(form, k -> new Node<>());
        }

        Node<T> childByPrefix(String prefix) {
            if (prefixes == null) {
                prefixes = new Prefixes<>();
            }
            return prefixes.child(prefix);
        }

        void end(Match<T> m) {
            if (ends.isEmpty()) {
                ends = new ArrayList<>(1);
            }
            ends.add(m);
        }
    }

    /** A node's prefix words in the order they were added, with their nodes. */
    private static final class Prefixes<T> {
        String[] words = new String[2];
        @SuppressWarnings("unchecked")
        Node<T>[] nodes = (Node<T>[]) new Node<?>[2];
        int count;
        /**
         * The first characters of the non-empty prefixes below 128, as bits: a word whose first character is not among
         * them starts no prefix here, unless {@link #anyFirst} (an empty prefix, or one starting above 127).
         */
        long firstLow;
        long firstHigh;
        boolean anyFirst;

        Node<T> child(String prefix) {
            for (int k = 0; k < count; k++) {
                if (words[k].equals(prefix)) {
                    return nodes[k];
                }
            }
            if (count == words.length) {
                words = java.util.Arrays.copyOf(words, count * 2);
                nodes = java.util.Arrays.copyOf(nodes, count * 2);
            }
            Node<T> next = new Node<>();
            words[count] = prefix;
            nodes[count] = next;
            count++;
            if (prefix.isEmpty() || prefix.charAt(0) >= 128) {
                anyFirst = true;
            } else if (prefix.charAt(0) < 64) {
                firstLow |= 1L << prefix.charAt(0);
            } else {
                firstHigh |= 1L << (prefix.charAt(0) - 64);
            }
            return next;
        }

        /** Whether some prefix here may start the word: false only when none can. */
        boolean mayStart(String form) {
            if (anyFirst || form.isEmpty()) {
                return true;
            }
            char c = form.charAt(0);
            return c >= 128 || (c < 64 ? (firstLow & 1L << c) != 0 : (firstHigh & 1L << (c - 64)) != 0);
        }
    }

    private final Node<T> root = new Node<>();
    private final Stemmer stemmer;

    public PhraseMatcher(Stemmer stemmer) {
        this.stemmer = stemmer;
    }

    /**
     * Adds a phrase; its words are split on spaces and hyphens.
     *
     * @return false when the phrase has no words
     */
    public boolean add(String phrase, T payload) {
        String[] words = TextFold.fold(phrase.trim()).split("[\\s\\-/]+");
        Node<T> node = root;
        int count = 0;
        for (String raw : words) {
            if (raw.isEmpty()) {
                continue;
            }
            count++;
            if (raw.startsWith("=") && raw.length() > 1) {
                node = node.childByForm(raw.substring(1));
            } else if (raw.endsWith("*")) {
                node = node.childByPrefix(raw.substring(0, raw.length() - 1)); // "*" alone: any one word
            } else {
                node = node.childByStem(stem(raw));
            }
        }
        if (count == 0) {
            return false;
        }
        node.end(new Match<>(payload, -1, -1, phrase));
        return true;
    }

    /** Adds every stem and exact form the phrases contain to {@code into}. */
    public void collectWords(java.util.Set<String> into) {
        java.util.ArrayDeque<Node<T>> todo = new java.util.ArrayDeque<>();
        todo.add(root);
        while (!todo.isEmpty()) {
            Node<T> n = todo.poll();
            if (n.byStem != null) {
                into.addAll(n.byStem.keySet());
            }
            if (n.byForm != null) {
                into.addAll(n.byForm.keySet());
            }
            if (n.byStem != null) {
                todo.addAll(n.byStem.values());
            }
            if (n.byForm != null) {
                todo.addAll(n.byForm.values());
            }
            for (int k = 0; n.prefixes != null && k < n.prefixes.count; k++) {
                todo.add(n.prefixes.nodes[k]);
            }
        }
    }

    private String stem(String word) {
        return stemmer == null ? word : stemmer.stem(word);
    }

    /**
     * Every phrase occurrence, as (payload, first token, last token). For one start and payload only the longest
     * match is kept.
     *
     * @param stems the stem of each token (same indexes as {@code tokens}); null entries for non-words
     */
    @SuppressWarnings("unchecked")
    public List<Match<T>> match(List<Token> tokens, String[] stems) {
        List<Match<T>> out = new ArrayList<>();
        int n = tokens.size();
        // the nodes reached so far from one start, and those the next token reaches from them
        Node<T>[] frontier = (Node<T>[]) new Node<?>[8];
        Node<T>[] next = (Node<T>[]) new Node<?>[8];
        for (int start = 0; start < n; start++) {
            if (!matchable(tokens.get(start))) {
                continue;
            }
            frontier[0] = root;
            int reached = 1;
            int outBefore = out.size();
            for (int i = start; i < n && reached > 0; i++) {
                Token t = tokens.get(i);
                if (t.kind() == Token.Kind.HYPHEN && i > start) {
                    continue;
                }
                if (!matchable(t)) {
                    break;
                }
                String form = t.form();
                String stem = stems[i];
                boolean word = t.kind() == Token.Kind.WORD;
                int found = 0;
                for (int k = 0; k < reached; k++) {
                    Node<T> node = frontier[k];
                    Prefixes<T> prefixes = node.prefixes;
                    // at most 2 + the node's prefixes children: room for them first
                    int room = found + 2 + (prefixes == null ? 0 : prefixes.count);
                    if (room > next.length) {
                        next = java.util.Arrays.copyOf(next, Math.max(room, next.length * 2));
                    }
                    Node<T> byForm = node.byForm == null ? null : node.byForm.get(form);
                    if (byForm != null) {
                        next[found++] = byForm;
                    }
                    if (stem != null && node.byStem != null) {
                        Node<T> byStem = node.byStem.get(stem);
                        if (byStem != null && byStem != byForm) {
                            next[found++] = byStem;
                        }
                    }
                    if (prefixes != null && prefixes.mayStart(form)) {
                        for (int p = 0; p < prefixes.count; p++) {
                            String prefix = prefixes.words[p];
                            if (form.startsWith(prefix) && (!prefix.isEmpty() || word)) {
                                next[found++] = prefixes.nodes[p];
                            }
                        }
                    }
                }
                for (int k = 0; k < found; k++) {
                    List<Match<T>> ends = next[k].ends;
                    for (int e = 0; e < ends.size(); e++) {
                        keepLongest(out, outBefore, ends.get(e), start, i);
                    }
                }
                Node<T>[] swap = frontier;
                frontier = next;
                next = swap;
                reached = found;
            }
        }
        return out;
    }

    private static boolean matchable(Token t) {
        return t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.NUMBER || t.kind() == Token.Kind.HYPHEN;
    }

    /** Adds the phrase {@code end} found at {@code first..last}, unless a match of its payload from here is as long. */
    private static <T> void keepLongest(List<Match<T>> out, int from, Match<T> end, int first, int last) {
        T payload = end.payload();
        for (int k = from; k < out.size(); k++) {
            Match<T> o = out.get(k);
            if (o.payload() == payload || o.payload().equals(payload)) {
                if (last > o.last()) {
                    out.set(k, new Match<>(payload, first, last, end.phrase()));
                }
                return;
            }
        }
        out.add(new Match<>(payload, first, last, end.phrase()));
    }
}
