package io.socialhire.engine.v1;

import io.socialhire.engine.text.PhraseIndex;
import io.socialhire.engine.text.TextFold;
import io.socialhire.engine.v1.TextAnalyzer.Entry;
import io.socialhire.engine.v1.TextAnalyzer.Hit;
import io.socialhire.engine.v1.TextAnalyzer.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One phrase index over every lexicon phrase, platform alias and function word of the supported and unsupported
 * languages, so a single pass over the folded answer finds them all; then the choice of which hits count once the
 * language is known. Immutable and thread-safe after construction.
 */
final class LexiconMatcher {

    private final PhraseIndex<Entry> index;

    LexiconMatcher(Collection<VenuePlatform> platforms, Map<String, Lexicon> lexicons,
                   Map<String, List<String>> unsupportedFunctionWords, Map<String, List<String>> extraAliases) {
        Map<String, List<Entry>> byKeyword = new TreeMap<>();
        for (Lexicon lex : lexicons.values()) {
            for (Map.Entry<String, List<String>> cat : lex.categories().entrySet()) {
                for (String phrase : cat.getValue()) {
                    String p = phrase.trim();
                    boolean prefix = p.endsWith("*");
                    if (prefix) {
                        p = p.substring(0, p.length() - 1);
                    }
                    p = TextFold.fold(p);
                    if (p.isEmpty()) {
                        continue;
                    }
                    addEntry(byKeyword, p, new Entry(lex.language(), cat.getKey(), prefix, null, null));
                }
            }
        }
        for (VenuePlatform pl : platforms) {
            List<String> aliases = new ArrayList<>(pl.textAliases());
            aliases.addAll(extraAliases.getOrDefault(pl.id(), List.of()));
            for (String alias : aliases) {
                String a = TextFold.fold(alias.trim());
                if (!a.isEmpty()) {
                    addEntry(byKeyword, a, new Entry(null, "platform", false, pl.id(), pl.category()));
                }
            }
        }
        for (Map.Entry<String, List<String>> e : unsupportedFunctionWords.entrySet()) {
            for (String w : e.getValue()) {
                addEntry(byKeyword, TextFold.fold(w), new Entry(e.getKey(), "function_words", false, null, null));
            }
        }
        this.index = new PhraseIndex<>(byKeyword, Entry::prefix);
    }

    private static void addEntry(Map<String, List<Entry>> map, String key, Entry e) {
        List<Entry> l = map.computeIfAbsent(key, k -> new ArrayList<>());
        if (!l.contains(e)) {
            l.add(e);
        }
    }

    /** All hits in the folded text {@code fc}, boundary-checked, in the index's order. */
    HitCollector match(char[] fc) {
        HitCollector collector = new HitCollector(fc.length);
        index.match(fc, collector);
        return collector;
    }

    /**
     * Hits of the detected language and platforms: of platform hits starting together keep the longest, and drop
     * platform hits inside a longer one. {@code language} is compared by identity: entry languages are interned and
     * detected languages are literals.
     */
    static List<Hit> languageHits(List<Hit> all, String language) {
        List<Hit> hits = new ArrayList<>(all.size());
        int platEnd = -1;
        int lastPlatIdx = -1;
        for (Hit h : all) {
            String l = h.entry().lang();
            if (l != null && l != language) {
                continue;
            }
            if (h.kind() == Kind.PLATFORM) {
                if (lastPlatIdx >= 0 && hits.get(lastPlatIdx).start() == h.start()) {
                    hits.set(lastPlatIdx, h);
                    platEnd = Math.max(platEnd, h.end());
                    continue;
                }
                if (h.start() < platEnd) {
                    continue;
                }
                platEnd = h.end();
                lastPlatIdx = hits.size();
            }
            hits.add(h);
        }
        return hits;
    }

    /**
     * Receives the index's hits: function words go to a packed int buffer ({@code start << 4 | language id}) as
     * they are only counted, every other hit becomes a {@link Hit}.
     */
    static final class HitCollector implements PhraseIndex.Sink<Entry> {
        final List<Hit> all;
        int[] fw;
        int fwN;

        HitCollector(int chars) {
            // prose gives about one hit and one function word per 7-10 characters: presized so neither grows
            int capacity = chars / 6 + 16;
            all = new ArrayList<>(capacity);
            fw = new int[capacity];
        }

        @Override
        public void hit(int start, int end, Entry en) {
            if (en.functionWord()) {
                if (en.langId() >= 0) {
                    if (fwN == fw.length) {
                        fw = Arrays.copyOf(fw, fwN * 2);
                    }
                    fw[fwN++] = (start << 4) | en.langId();
                }
            } else {
                all.add(new Hit(start, end, en));
            }
        }
    }
}
