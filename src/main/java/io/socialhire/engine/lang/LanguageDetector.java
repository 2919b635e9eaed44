package io.socialhire.engine.lang;

import io.socialhire.engine.text.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks the language of an answer by counting function words of every known language (the scored ones from their
 * packs, the recognised-only ones from the detection file). Short answers with too few function words default to
 * the first pack. Immutable.
 */
public final class LanguageDetector {
    /** The result: a scored pack, or the code of a recognised language that is not scored. */
    public record Detected(LanguagePack pack, String unsupportedCode) {
        public boolean supported() {
            return pack != null;
        }

        public String code() {
            return pack != null ? pack.code() : unsupportedCode;
        }
    }

    private final List<LanguagePack> packs;
    /** Codes of the recognised-only languages, after the packs in the membership bits. */
    private final List<String> others;
    /** Each function word with a bit per language it belongs to: packs first, then the recognised-only languages. */
    private final Map<String, Long> membership = new HashMap<>();

    public LanguageDetector(List<LanguagePack> packs, Map<String, Set<String>> unsupported) {
        if (packs.isEmpty()) {
            throw new IllegalArgumentException("at least one language is needed");
        }
        if (packs.size() + unsupported.size() > Long.SIZE) {
            throw new IllegalArgumentException("at most " + Long.SIZE + " languages are supported");
        }
        this.packs = List.copyOf(packs);
        this.others = List.copyOf(unsupported.keySet());
        for (int i = 0; i < packs.size(); i++) {
            addAll(packs.get(i).functionWords(), i);
        }
        for (int i = 0; i < others.size(); i++) {
            addAll(unsupported.get(others.get(i)), packs.size() + i);
        }
    }

    private void addAll(Set<String> words, int bit) {
        for (String w : words) {
            membership.merge(w, 1L << bit, (a, b) -> a | b);
        }
    }

    public List<LanguagePack> packs() {
        return packs;
    }

    public Detected detect(List<Token> tokens) {
        int[] counts = new int[packs.size() + others.size()];
        int words = 0;
        for (Token t : tokens) {
            if (t.kind() != Token.Kind.WORD) {
                continue;
            }
            words++;
            String f = t.form();
            long bits = membership.getOrDefault(f, 0L);
            int apostrophe = f.indexOf('\'');
            if (apostrophe > 0) {
                // an elided article or pronoun ("l'", "j'") counts for the packs only, as it always did
                bits |= membership.getOrDefault(f.substring(0, apostrophe + 1), 0L) & ((1L << packs.size()) - 1);
            }
            while (bits != 0) {
                counts[Long.numberOfTrailingZeros(bits)]++;
                bits &= bits - 1;
            }
        }
        int best = 0;
        for (int i = 1; i < packs.size(); i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        int bestOther = -1;
        for (int i = packs.size(); i < counts.length; i++) {
            if (counts[i] > 0 && (bestOther < 0 || counts[i] > counts[bestOther])) {
                bestOther = i;
            }
        }
        // a recognised-only language wins only when it clearly outnumbers every scored one
        if (bestOther >= 0 && counts[bestOther] >= 3 && counts[bestOther] > 2 * counts[best] && words >= 4) {
            return new Detected(null, others.get(bestOther - packs.size()));
        }
        return new Detected(packs.get(best), null);
    }
}
