package io.socialhire.engine.v1;

import io.socialhire.engine.text.TextFold;
import java.util.List;
import java.util.Set;

/**
 * Tells the answer's language from the function words {@link LexiconMatcher} found, per language, and from its
 * script: mostly non-Latin letters make it unknown, an unsupported language wins only by a clear margin.
 * Immutable and thread-safe after construction.
 */
final class LanguageDetector {

    /** Languages known to detection, in tie-break order (supported first). */
    static final List<String> LANGS = List.of("en", "es", "de", "fr", "pt", "it", "nl", "pl", "sv", "tr");

    private static final List<String> SUPPORTED_ORDER = List.of("en", "es", "de", "fr", "pt");

    /**
     * {@code words} is counted here as the same pass over the characters counts the scripts.
     * {@code languageId} is the index of {@code language} in {@link #LANGS}, -1 when unknown.
     */
    record Result(int words, String language, boolean supported, boolean noFunctionWords, int languageId) {
    }

    private final Set<String> unsupportedLanguages;

    LanguageDetector(Set<String> unsupportedLanguages) {
        this.unsupportedLanguages = Set.copyOf(unsupportedLanguages);
    }

    static int langId(String lang) {
        return lang == null ? -1 : LANGS.indexOf(lang);
    }

    /**
     * @param fc the folded answer
     * @param fwHits function-word hits as {@link LexiconMatcher.HitCollector} packs them, in text order
     * @param fwN how many of {@code fwHits} are set
     */
    Result detect(char[] fc, int[] fwHits, int fwN) {
        final int n = fc.length;
        // tokens and scripts
        int words = 0;
        int latin = 0;
        int other = 0;
        boolean prevWord = false;
        for (int i = 0; i < n; i++) {
            char c = fc[i];
            boolean word = TextFold.isWordChar(c);
            if (word && !prevWord) {
                words++;
            }
            prevWord = word;
            if (c < 0x250) {
                if (c >= 'a' && c <= 'z' || c >= 0xC0) {
                    latin++;
                }
            } else if (Character.isLetter(c)) {
                if (false) {
                    latin++;
                } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                    latin++;
                } else {
                    other++;
                }
            }
        }

        // count function words per language (a token counts once per language)
        int[] fwPerLang = new int[LANGS.size()];
        for (int k = 0; k < fwN; k++) {
            int v = fwHits[k];
            int lid = v & 15;
            int st = v >>> 4;
            boolean dup = false;
            for (int q = k - 1; q >= 0 && (fwHits[q] >>> 4) == st; q--) {
                if ((fwHits[q] & 15) == lid) {
                    dup = true;
                    break;
                }
            }
            if (!dup) {
                fwPerLang[lid]++;
            }
        }
        String bestSup = "en";
        int bestSupCount = 0;
        for (String l : SUPPORTED_ORDER) {
            int c = fwPerLang[LANGS.indexOf(l)];
            if (c > bestSupCount) {
                bestSupCount = c;
                bestSup = l;
            }
        }
        int bestUnsCount = 0;
        String bestUns = null;
        for (int li = 0; li < LANGS.size(); li++) {
            if (unsupportedLanguages.contains(LANGS.get(li)) && fwPerLang[li] > bestUnsCount) {
                bestUnsCount = fwPerLang[li];
                bestUns = LANGS.get(li);
            }
        }
        String language = bestSup;
        boolean supported = true;
        if (other > latin && other > 3) {
            language = "unknown";
            supported = false;
        } else if (bestUns != null && bestUnsCount >= 2 && bestUnsCount > bestSupCount + 1) {
            language = bestUns;
            supported = false;
        }
        boolean noFunctionWords = bestSupCount == 0;
        return new Result(words, language, supported, noFunctionWords, LANGS.indexOf(language));
    }
}
