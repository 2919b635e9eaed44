package io.socialhire.engine.lang;

import io.socialhire.engine.text.Token;
import java.util.LinkedHashMap;
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
    private final Map<String, Set<String>> unsupported;

    public LanguageDetector(List<LanguagePack> packs, Map<String, Set<String>> unsupported) {
        if (packs.isEmpty()) {
            throw new IllegalArgumentException("at least one language is needed");
        }
        this.packs = List.copyOf(packs);
        this.unsupported = new LinkedHashMap<>(unsupported);
    }

    public List<LanguagePack> packs() {
        return packs;
    }

    public Detected detect(List<Token> tokens) {
        int[] counts = new int[packs.size()];
        Map<String, Integer> other = new LinkedHashMap<>();
        int words = 0;
        for (Token t : tokens) {
            if (t.kind() != Token.Kind.WORD) {
                continue;
            }
            words++;
            String f = t.form();
            int apostrophe = f.indexOf('\'');
            String head = apostrophe > 0 ? f.substring(0, apostrophe + 1) : f;
            for (int i = 0; i < counts.length; i++) {
                if (packs.get(i).isFunctionWord(f) || (apostrophe > 0 && packs.get(i).isFunctionWord(head))) {
                    counts[i]++;
                }
            }
            for (Map.Entry<String, Set<String>> e : unsupported.entrySet()) {
                if (e.getValue().contains(f)) {
                    other.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        int best = 0;
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        String bestOther = null;
        int otherCount = 0;
        for (Map.Entry<String, Integer> e : other.entrySet()) {
            if (e.getValue() > otherCount) {
                bestOther = e.getKey();
                otherCount = e.getValue();
            }
        }
        // a recognised-only language wins only when it clearly outnumbers every scored one
        if (bestOther != null && otherCount >= 3 && otherCount > 2 * counts[best] && words >= 4) {
            return new Detected(null, bestOther);
        }
        return new Detected(packs.get(best), null);
    }
}
