package io.socialhire.engine.v1;

import io.socialhire.engine.text.TextFold;
import io.socialhire.engine.v1.TextAnalyzer.Clause;
import io.socialhire.engine.v1.TextAnalyzer.Hit;
import io.socialhire.engine.v1.TextAnalyzer.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts an answer into sentences and clauses. Sentences end at '!', '?', ';', a newline, an ellipsis or a '.' before
 * white space, a quote or the end; within a sentence a clause starts at a {@code clause_break} phrase, or at a
 * subject pronoun right after a comma, colon, bracket or coordinating conjunction, so that "I post on Reddit, but
 * I'm not on TikTok" is judged clause by clause.
 */
final class ClauseSplitter {

    private static final String[] CONJUNCTIONS = {"and", "so", "while", "y", "und", "et", "e", "mientras"};

    private ClauseSplitter() {
    }

    /**
     * Splits the folded answer {@code fc} into sentences, adding each as {start, end} to {@code sent}, and the
     * sentences into clauses, and gives each clause the hits (in text order) that start in it.
     */
    static List<Clause> split(char[] fc, List<Hit> hits, List<int[]> sent) {
        final int n = fc.length;
        int sStart = 0;
        for (int i = 0; i < n; i++) {
            char c = fc[i];
            // every cut character but '\u2026' is at most '?': letters fail the first comparison
            boolean cut = (c <= '?' || c == '\u2026')
                    && (c == '!' || c == '?' || c == ';' || c == '\n' || c == '\u2026'
                    || (c == '.' && (i + 1 >= n || Character.isWhitespace(fc[i + 1]) || fc[i + 1] == '"')));
            if (cut) {
                addTrimmedSentence(fc, sStart, i, sent);
                sStart = i + 1;
            }
        }
        addTrimmedSentence(fc, sStart, n, sent);
        List<Clause> clauses = new ArrayList<>(sent.size() * 2);
        int hi = 0;
        int[] cuts = new int[8];
        for (int si = 0; si < sent.size(); si++) {
            int a = sent.get(si)[0];
            int z = sent.get(si)[1];
            int cutN = 0;
            while (hi < hits.size() && hits.get(hi).start() < a) {
                hi++;
            }
            for (int k = hi; k < hits.size() && hits.get(k).start() < z; k++) {
                Hit h = hits.get(k);
                if (h.kind() == Kind.CLAUSE_BREAK && h.start() > a + 1) {
                    cuts = push(cuts, cutN++, h.start());
                } else if (h.kind() == Kind.SUBJECT_PRONOUNS) {
                    // a comma shortly before a subject pronoun starts a new clause
                    boolean cutDone = false;
                    for (int q = h.start() - 1; q >= Math.max(a, h.start() - 7); q--) {
                        if (fc[q] == ',' || fc[q] == ':' || fc[q] == '(') {
                            cuts = push(cuts, cutN++, q + 1);
                            cutDone = true;
                            break;
                        }
                    }
                    if (!cutDone) {
                        // "... and I'm not on TikTok": a coordinating conjunction right before a new subject
                        int q = h.start() - 1;
                        while (q > a && fc[q] == ' ') {
                            q--;
                        }
                        int we = q + 1;
                        while (q >= a && TextFold.isWordChar(fc[q])) {
                            q--;
                        }
                        int ws = q + 1;
                        if (ws > a && we > ws && isConjunction(fc, ws, we)) {
                            cuts = push(cuts, cutN++, ws);
                        }
                    }
                }
            }
            Arrays.sort(cuts, 0, cutN);
            int cs = a;
            for (int ci = 0; ci < cutN; ci++) {
                int cut = cuts[ci];
                if (cut > cs + 1 && cut < z) {
                    Clause cl = new Clause();
                    cl.start = cs;
                    cl.end = cut;
                    cl.sentence = si;
                    clauses.add(cl);
                    cs = cut;
                }
            }
            Clause cl = new Clause();
            cl.start = cs;
            cl.end = z;
            cl.sentence = si;
            clauses.add(cl);
        }
        // assign hits
        int ci = 0;
        for (Hit h : hits) {
            while (ci < clauses.size() && clauses.get(ci).end <= h.start()) {
                ci++;
            }
            if (ci < clauses.size() && h.start() >= clauses.get(ci).start) {
                clauses.get(ci).hits.add(h);
            }
        }
        return clauses;
    }

    /** Adds sentence [a, z) without its leading punctuation and trailing space, unless nothing is left. */
    private static void addTrimmedSentence(char[] fc, int a, int z, List<int[]> sent) {
        while (a < z && !TextFold.isWordChar(fc[a]) && fc[a] != '@' && fc[a] != '#' && fc[a] != '/') {
            a++;
        }
        while (z > a && Character.isWhitespace(fc[z - 1])) {
            z--;
        }
        if (z > a) {
            sent.add(new int[] {a, z});
        }
    }

    /** Stores {@code v} at {@code at}, growing the array when full. */
    private static int[] push(int[] a, int at, int v) {
        int[] out = at < a.length ? a : Arrays.copyOf(a, a.length * 2);
        out[at] = v;
        return out;
    }

    private static boolean isConjunction(char[] fc, int s, int e) {
        for (String c : CONJUNCTIONS) {
            if (c.length() == e - s && FoldedChars.regionIs(fc, s, c)) {
                return true;
            }
        }
        return false;
    }
}
