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
        Map<String, Node<T>> byStem = Map.of();
        Map<String, Node<T>> byForm = Map.of();
        List<Map.Entry<String, Node<T>>> byPrefix = List.of();
        List<Match<T>> ends = List.of();

        Node<T> childByStem(String stem) {
            if (byStem.isEmpty()) {
                byStem = new HashMap<>(4);
            }
            return byStem.computeIfAbsent(stem, k -> new Node<>());
        }

        Node<T> childByForm(String form) {
            if (byForm.isEmpty()) {
                byForm = new HashMap<>(4);
            }
            return byForm.computeIfAbsent(form, k -> new Node<>());
        }

        Node<T> childByPrefix(String prefix) {
            for (Map.Entry<String, Node<T>> e : byPrefix) {
                if (e.getKey().equals(prefix)) {
                    return e.getValue();
                }
            }
            if (byPrefix.isEmpty()) {
                byPrefix = new ArrayList<>(2);
            }
            Node<T> next = new Node<>();
            byPrefix.add(Map.entry(prefix, next));
            return next;
        }

        void end(Match<T> m) {
            if (ends.isEmpty()) {
                ends = new ArrayList<>(1);
            }
            ends.add(m);
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
            into.addAll(n.byStem.keySet());
            into.addAll(n.byForm.keySet());
            todo.addAll(n.byStem.values());
            todo.addAll(n.byForm.values());
            n.byPrefix.forEach(e -> todo.add(e.getValue()));
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
    public List<Match<T>> match(List<Token> tokens, String[] stems) {
        List<Match<T>> out = new ArrayList<>();
        int n = tokens.size();
        List<Node<T>> frontier = new ArrayList<>();
        List<Node<T>> next = new ArrayList<>();
        for (int start = 0; start < n; start++) {
            if (!matchable(tokens.get(start))) {
                continue;
            }
            frontier.clear();
            frontier.add(root);
            int outBefore = out.size();
            for (int i = start; i < n && !frontier.isEmpty(); i++) {
                Token t = tokens.get(i);
                if (t.kind() == Token.Kind.HYPHEN && i > start) {
                    continue;
                }
                if (!matchable(t)) {
                    break;
                }
                next.clear();
                for (Node<T> node : frontier) {
                    step(node, t, stems[i], next);
                }
                for (Node<T> node : next) {
                    for (Match<T> end : node.ends) {
                        keepLongest(out, outBefore, new Match<>(end.payload(), start, i, end.phrase()));
                    }
                }
                List<Node<T>> swap = frontier;
                frontier = next;
                next = swap;
            }
        }
        return out;
    }

    private static boolean matchable(Token t) {
        return t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.NUMBER || t.kind() == Token.Kind.HYPHEN;
    }

    private void step(Node<T> node, Token t, String stem, List<Node<T>> next) {
        Node<T> byForm = node.byForm.get(t.form());
        if (byForm != null) {
            next.add(byForm);
        }
        if (stem != null) {
            Node<T> byStem = node.byStem.get(stem);
            if (byStem != null && byStem != byForm) {
                next.add(byStem);
            }
        }
        for (Map.Entry<String, Node<T>> e : node.byPrefix) {
            if (t.form().startsWith(e.getKey()) && (!e.getKey().isEmpty() || t.kind() == Token.Kind.WORD)) {
                next.add(e.getValue());
            }
        }
    }

    private static <T> void keepLongest(List<Match<T>> out, int from, Match<T> m) {
        for (int k = from; k < out.size(); k++) {
            Match<T> o = out.get(k);
            if (o.payload().equals(m.payload())) {
                if (m.last() > o.last()) {
                    out.set(k, m);
                }
                return;
            }
        }
        out.add(m);
    }
}
