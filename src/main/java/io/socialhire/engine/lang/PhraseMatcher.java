package io.socialhire.engine.lang;

import io.socialhire.engine.text.TextFold;
import io.socialhire.engine.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds lexicon phrases in a token sequence. A phrase is a sequence of word patterns: {@code word} matches any token
 * with the same stem, {@code =word} only that exact form, {@code word*} any form starting with it. Hyphen tokens are
 * transparent, so {@code co-host} matches "co-host" and "co host". Immutable after construction; thread-safe.
 *
 * @param <T> what a phrase stands for (a cue, a platform...)
 */
public final class PhraseMatcher<T> {

    /** A phrase found at tokens {@code first..last} (inclusive). */
    public record Match<T>(T payload, int first, int last, String phrase) {
    }

    private static final class Node<T> {
        final Map<String, Node<T>> byStem = new HashMap<>();
        final Map<String, Node<T>> byForm = new HashMap<>();
        final List<Map.Entry<String, Node<T>>> byPrefix = new ArrayList<>();
        final List<Match<T>> ends = new ArrayList<>();
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
                node = node.byForm.computeIfAbsent(raw.substring(1), k -> new Node<>());
            } else if (raw.endsWith("*") && raw.length() > 1) {
                String prefix = raw.substring(0, raw.length() - 1);
                Node<T> next = null;
                for (Map.Entry<String, Node<T>> e : node.byPrefix) {
                    if (e.getKey().equals(prefix)) {
                        next = e.getValue();
                    }
                }
                if (next == null) {
                    next = new Node<>();
                    node.byPrefix.add(Map.entry(prefix, next));
                }
                node = next;
            } else {
                node = node.byStem.computeIfAbsent(stem(raw), k -> new Node<>());
            }
        }
        if (count == 0) {
            return false;
        }
        node.ends.add(new Match<>(payload, -1, -1, phrase));
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
            if (t.form().startsWith(e.getKey())) {
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
