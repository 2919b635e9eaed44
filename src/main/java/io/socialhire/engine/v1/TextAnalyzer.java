package io.socialhire.engine.v1;

import io.socialhire.engine.text.PhraseIndex;
import io.socialhire.engine.text.TextFold;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an answer: folds it, finds every lexicon phrase and platform alias with one Aho-Corasick pass, detects
 * the language, splits sentences and clauses, finds venues (platforms, r/..., handles, URLs, named communities,
 * generic venues) and decides for each clause whether it describes current, public participation.
 * Immutable and thread-safe after construction.
 */
final class TextAnalyzer {

    enum Status { CREDITED, PAST, NEGATED, HYPOTHETICAL, GENERAL, PRIVATE, OFFLINE, VANITY, UNANCHORED, SALAD, REPEAT }

    /**
     * The categories the analyzer and the engine branch on, resolved once per lexicon entry: per hit they are then
     * an enum compare or switch, not a string switch that reads the entry and its category string.
     */
    enum Kind {
        PLATFORM, CLAUSE_BREAK, SUBJECT_PRONOUNS, COMMUNITY_NOUNS, SOCIAL_OBJECTS, GENERIC_GROUP, GENERIC_CHAT,
        NEGATION, NEGATION_EXCEPTION, HYPOTHETICAL, HYPOTHETICAL_EXCEPTION, PAST, PAST_WEAK, CURRENT, RECENCY,
        FREQUENCY, GENERAL, PRIVATE, OFFLINE, VANITY_PHRASE, VANITY_METRIC, EVASIVE, CONSUME, OTHER;

        static Kind of(String category) {
            return switch (category) {
                case "platform" -> PLATFORM;
                case "clause_break" -> CLAUSE_BREAK;
                case "subject_pronouns" -> SUBJECT_PRONOUNS;
                case "community_nouns" -> COMMUNITY_NOUNS;
                case "social_objects" -> SOCIAL_OBJECTS;
                case "generic_group" -> GENERIC_GROUP;
                case "generic_chat" -> GENERIC_CHAT;
                case "negation" -> NEGATION;
                case "negation_exception" -> NEGATION_EXCEPTION;
                case "hypothetical" -> HYPOTHETICAL;
                case "hypothetical_exception" -> HYPOTHETICAL_EXCEPTION;
                case "past" -> PAST;
                case "past_weak" -> PAST_WEAK;
                case "current" -> CURRENT;
                case "recency" -> RECENCY;
                case "frequency" -> FREQUENCY;
                case "general" -> GENERAL;
                case "private" -> PRIVATE;
                case "offline" -> OFFLINE;
                case "vanity_phrase" -> VANITY_PHRASE;
                case "vanity_metric" -> VANITY_METRIC;
                case "evasive" -> EVASIVE;
                case "consume" -> CONSUME;
                default -> OTHER;
            };
        }
    }

    record Entry(String lang, String category, boolean prefix, String platformId, String platformCategory,
                 int langId, boolean functionWord, boolean signal, String genericCategory, Kind kind) {
        Entry(String lang, String category, boolean prefix, String platformId, String platformCategory) {
            this(lang == null ? null : lang.intern(), category.intern(), prefix, platformId, platformCategory,
                    TextAnalyzer.langId(lang), category.equals("function_words"),
                    Lexicon.SIGNAL_CATEGORIES.contains(category), GENERIC_CATEGORY.get(category), Kind.of(category));
        }
    }

    /** Languages known to detection, in tie-break order (supported first). */
    static final List<String> LANGS = List.of("en", "es", "de", "fr", "pt", "it", "nl", "pl", "sv", "tr");

    static int langId(String lang) {
        return lang == null ? -1 : LANGS.indexOf(lang);
    }

    /** {@code kind} is the entry's, kept in the hit itself: the per-clause loops then need not read the entry. */
    record Hit(int start, int end, Entry entry, Kind kind) {
        Hit(int start, int end, Entry entry) {
            this(start, end, entry, entry.kind());
        }

        String category() {
            return entry.category();
        }
    }

    /** kind: platform | community | handle | url | generic | hashtag. */
    record Venue(String platformId, String category, String community, String handle, int start, int end,
                 String kind) {
        boolean named() {
            return !kind.equals("generic");
        }

        String key() {
            return (platformId == null ? "generic:" + category : platformId) + "|" + (community == null ? "" : community.toLowerCase());
        }
    }

    static final class Clause {
        int start;
        int end;
        int sentence;
        final List<Hit> hits = new ArrayList<>();
        final List<Venue> venues = new ArrayList<>();
        final List<Hit> signals = new ArrayList<>();
        List<Venue> effectiveVenues = List.of();
        Status status = Status.CREDITED;
        boolean frequency;
        boolean recency;
        boolean number;
        boolean evasive;
        int maxRung = -1;

        boolean has(String category) {
            for (Hit h : hits) {
                if (h.category().equals(category)) {
                    return true;
                }
            }
            return false;
        }
    }

    record Analysis(String text, String language, boolean languageSupported, boolean noFunctionWords,
                    int words, List<Clause> clauses, boolean anyVenue, boolean anySignal, boolean evasive,
                    boolean salad, boolean repeat) {
    }

    private static final Set<String> SIGNALS = Set.copyOf(Lexicon.SIGNAL_CATEGORIES);
    private static final List<String> SUPPORTED_ORDER = List.of("en", "es", "de", "fr", "pt");
    private static final Map<String, String> GENERIC_CATEGORY = Map.of(
            "generic_forum", "forum_community", "generic_chat", "chat_community", "generic_blog", "blog_newsletter",
            "generic_podcast", "podcast", "generic_group", "forum_community");
    private static final Set<String> PUBLIC_CATEGORIES = Set.of("microblog", "video", "forum_community", "photo",
            "social_network", "developer_community", "q_and_a", "live_streaming", "blog_newsletter", "podcast",
            "professional_network");

    private static final Pattern SUBREDDIT = Pattern.compile("(?<![A-Za-z0-9_/])/?r/([A-Za-z0-9_]{2,21})");
    private static final Pattern REDDIT_USER = Pattern.compile("(?<![A-Za-z0-9_/])/?u/([A-Za-z0-9_-]{2,20})");
    private static final Pattern FEDI_HANDLE = Pattern.compile("(?<![A-Za-z0-9_.@])@([A-Za-z0-9_.]{1,30})@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)");
    private static final Pattern HANDLE = Pattern.compile("(?<![A-Za-z0-9_.@])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,29}[A-Za-z0-9_])?)(?![A-Za-z0-9_@])");
    private static final Pattern URL = Pattern.compile("(?i)\\bhttps?://[^\\s<>()\"']+|\\b(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|org|net|io|dev|social|tv|gg|me|app|blog|co|xyz|news|community)(?:/[^\\s<>()\"']*)?");
    private static final Pattern HASHTAG = Pattern.compile("(?<![A-Za-z0-9_&#])#([A-Za-z][A-Za-z0-9_]{1,49})");

    private final PhraseIndex<Entry> index;
    private final Map<String, VenuePlatform> platformsById;
    private final Set<String> unsupportedLanguages;
    // platforms of r/..., u/... and user@server handles, looked up once (null when the catalog lacks them)
    private final String reddit;
    private final String redditCategory;
    private final String mastodon;
    private final String mastodonCategory;

    TextAnalyzer(Collection<VenuePlatform> platforms, Map<String, Lexicon> lexicons,
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
        Map<String, VenuePlatform> byId = new LinkedHashMap<>();
        for (VenuePlatform pl : platforms) {
            byId.put(pl.id(), pl);
            List<String> aliases = new ArrayList<>(pl.textAliases());
            aliases.addAll(extraAliases.getOrDefault(pl.id(), List.of()));
            for (String alias : aliases) {
                String a = TextFold.fold(alias.trim());
                if (!a.isEmpty()) {
                    addEntry(byKeyword, a, new Entry(null, "platform", false, pl.id(), pl.category()));
                }
            }
        }
        Set<String> unsupported = new HashSet<>();
        for (Map.Entry<String, List<String>> e : unsupportedFunctionWords.entrySet()) {
            unsupported.add(e.getKey());
            for (String w : e.getValue()) {
                addEntry(byKeyword, TextFold.fold(w), new Entry(e.getKey(), "function_words", false, null, null));
            }
        }
        this.index = new PhraseIndex<>(byKeyword, Entry::prefix);
        this.platformsById = byId;
        this.unsupportedLanguages = Set.copyOf(unsupported);
        this.reddit = byId.containsKey("reddit") ? "reddit" : null;
        this.redditCategory = reddit != null ? byId.get(reddit).category() : "forum_community";
        this.mastodon = byId.containsKey("mastodon") ? "mastodon" : null;
        this.mastodonCategory = mastodon != null ? byId.get(mastodon).category() : "microblog";
    }

    private static void addEntry(Map<String, List<Entry>> map, String key, Entry e) {
        List<Entry> l = map.computeIfAbsent(key, k -> new ArrayList<>());
        if (!l.contains(e)) {
            l.add(e);
        }
    }

    VenuePlatform platform(String id) {
        return id == null ? null : platformsById.get(id);
    }

    Analysis analyze(String text) {
        // the folded text stays a char[]: everything below reads it in place
        final char[] fc = TextFold.foldChars(text);
        final int n = fc.length;
        // 1. all phrase hits, boundary-checked
        HitCollector collector = new HitCollector(n);
        index.match(fc, collector);
        List<Hit> all = collector.all;
        final int[] fwHits = collector.fw;
        final int fwN = collector.fwN;

        // 2. tokens
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

        // 3. language: count function words per language (a token counts once per language)
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
        final int languageId = LANGS.indexOf(language);

        // 4. hits of the detected language + platforms; of platform hits starting together keep the longest,
        // and drop platform hits inside a longer one
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

        // 5-8. structure, venues, salad/repetition, clause status
        List<int[]> sent = new ArrayList<>();
        List<Clause> clauses = splitClauses(fc, n, hits, sent);
        boolean anyVenue = findVenues(text, fc, hits, clauses, language);
        boolean[] saladSentence = new boolean[sent.size()];
        boolean[] repeatSentence = new boolean[sent.size()];
        boolean[] sr = saladAndRepeats(sent, all, fc, fwHits, fwN, languageId, language, saladSentence, repeatSentence);
        boolean anySalad = sr[0];
        boolean anyRepeat = sr[1];
        boolean[] se = classify(clauses, fc, language, repeatSentence, saladSentence, anyVenue);
        boolean anySignal = se[0];
        boolean anyEvasive = se[1];
        return new Analysis(text, language, supported, noFunctionWords, words, clauses, anyVenue, anySignal,
                anyEvasive, anySalad, anyRepeat);
    }

    /**
     * Receives the index's hits: function words go to a packed int buffer ({@code start << 4 | language id}) as
     * they are only counted, every other hit becomes a {@link Hit}.
     */
    private static final class HitCollector implements PhraseIndex.Sink<Entry> {
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

    private static List<Clause> splitClauses(char[] fc, int n, List<Hit> hits, List<int[]> sentOut) {
        // 5. sentences and clauses
        List<int[]> sent = sentOut;
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

    private boolean findVenues(String text, char[] fc, List<Hit> hits, List<Clause> clauses, String language) {
        // 6. venues
        List<Venue> venues = new ArrayList<>();
        for (Hit h : hits) {
            if (h.kind() == Kind.PLATFORM) {
                venues.add(new Venue(h.entry().platformId(), h.entry().platformCategory(), null, null, h.start(), h.end(), "platform"));
            }
        }
        findPatternVenues(text, fc, venues);
        boolean anyVenue = !venues.isEmpty();
        for (Venue v : venues) {
            Clause c = clauseAt(clauses, v.start());
            if (c != null) {
                c.venues.add(v);
            }
        }
        for (Clause c : clauses) {
            boolean hasPlatform = false;
            for (Venue v : c.venues) {
                if (v.platformId() != null) {
                    hasPlatform = true;
                    break;
                }
            }
            for (Hit h : c.hits) {
                String cat = h.entry().genericCategory();
                if (cat != null) {
                    boolean qualifier = h.kind() == Kind.GENERIC_GROUP || h.kind() == Kind.GENERIC_CHAT;
                    boolean sameCategory = false;
                    for (Venue v : c.venues) {
                        if (v.platformId() != null && cat.equals(v.category())) {
                            sameCategory = true;
                            break;
                        }
                    }
                    if (!(qualifier && hasPlatform) && !sameCategory) {
                        c.venues.add(new Venue(null, cat, null, null, h.start(), h.end(), "generic"));
                        anyVenue = true;
                    }
                } else if (h.kind() == Kind.COMMUNITY_NOUNS || h.kind() == Kind.PLATFORM) {
                    if (!language.equals("de")) {
                        Venue named = namedCommunity(text, h, c);
                        if (named != null) {
                            c.venues.add(named);
                        }
                    }
                }
            }
            c.venues.sort((x, y) -> Integer.compare(x.start(), y.start()));
            dedupeNamed(c.venues);
        }

        return anyVenue;
    }

    private static boolean[] saladAndRepeats(List<int[]> sent, List<Hit> all, char[] fc, int[] fwHits,
                                             int fwN, int languageId, String language, boolean[] saladSentence,
                                             boolean[] repeatSentence) {
        // 7. sentence-level salad and repetition
        boolean anySalad = false;
        boolean anyRepeat = false;
        LongSet seenSentences = new LongSet(sent.size());
        int[] fwPerSentence = new int[sent.size()];
        int[] kwPerSentence = new int[sent.size()];
        {
            int si = 0;
            int coveredTo = -1;
            for (Hit h : all) {
                while (si < sent.size() && sent.get(si)[1] <= h.start()) {
                    si++;
                }
                if (si >= sent.size()) {
                    break;
                }
                if (h.start() < sent.get(si)[0]) {
                    continue;
                }
                Kind kind = h.kind();
                String l = h.entry().lang();
                if ((kind == Kind.PLATFORM || h.entry().signal() || kind == Kind.COMMUNITY_NOUNS
                        || kind == Kind.SOCIAL_OBJECTS) && (l == null || l.equals(language)) && h.start() >= coveredTo) {
                    kwPerSentence[si]++;
                    coveredTo = h.end();
                }
            }
        }
        {
            int si = 0;
            for (int k = 0; k < fwN; k++) {
                int st = fwHits[k] >>> 4;
                if ((fwHits[k] & 15) != languageId) {
                    continue;
                }
                while (si < sent.size() && sent.get(si)[1] <= st) {
                    si++;
                }
                if (si < sent.size() && st >= sent.get(si)[0]) {
                    fwPerSentence[si]++;
                }
            }
        }
        for (int si = 0; si < sent.size(); si++) {
            int a = sent.get(si)[0];
            int z = sent.get(si)[1];
            long hash = 1125899906842597L;
            int keyLen = 0;
            int tokens = 0;
            boolean prevWord = false;
            for (int i = a; i < z; i++) {
                char ch = fc[i];
                boolean word = TextFold.isWordChar(ch);
                if (word) {
                    if (!prevWord) {
                        tokens++;
                        hash = 31 * hash + ' ';
                        keyLen++;
                    }
                    hash = 31 * hash + ch;
                    keyLen++;
                }
                prevWord = word;
            }
            if (keyLen >= 12 && !seenSentences.add(hash)) {
                repeatSentence[si] = true;
                anyRepeat = true;
            }
            if (tokens >= 5) {
                double fwRatio = fwPerSentence[si] / (double) tokens;
                double kwRatio = kwPerSentence[si] / (double) tokens;
                boolean salad = fwRatio < 0.12 && kwRatio >= 0.3;
                if (!salad && fwRatio < 0.2 && kwRatio >= 0.2) {
                    salad = someWordThrice(fc, a, z, tokens);
                }
                if (salad) {
                    saladSentence[si] = true;
                    anySalad = true;
                }
            }
        }

        return new boolean[] {anySalad, anyRepeat};
    }

    /**
     * Whether a word occurs three times or more in fc[a, z), which holds {@code words} words. Words are compared in
     * place through an open-addressing table of word numbers: no substring, no map, no boxing (this runs for many
     * sentences of answers in languages with few function words).
     */
    private static boolean someWordThrice(char[] fc, int a, int z, int words) {
        int mask = Integer.highestOneBit(words * 2) * 2 - 1; // at most half full
        int[] table = new int[mask + 1]; // 1 + word number, 0 when free
        int[] starts = new int[words];
        int[] lengths = new int[words];
        int[] counts = new int[words];
        int count = 0;
        int i = a;
        while (i < z) {
            if (!TextFold.isWordChar(fc[i])) {
                i++;
                continue;
            }
            int j = i;
            int h = 0;
            while (j < z && TextFold.isWordChar(fc[j])) {
                h = 31 * h + fc[j];
                j++;
            }
            int len = j - i;
            int slot = (h ^ (h >>> 16)) & mask;
            while (true) {
                int w = table[slot] - 1;
                if (w < 0) {
                    table[slot] = count + 1;
                    starts[count] = i;
                    lengths[count] = len;
                    counts[count++] = 1;
                    break;
                }
                if (lengths[w] == len && Arrays.equals(fc, starts[w], starts[w] + len, fc, i, j)) {
                    if (++counts[w] == 3) {
                        return true;
                    }
                    break;
                }
                slot = (slot + 1) & mask;
            }
            i = j;
        }
        return false;
    }

    /** Insert-only set of longs for at most {@code max} values: open addressing, no boxing. */
    private static final class LongSet {
        private final long[] keys;
        private final boolean[] used;

        LongSet(int max) {
            int size = Integer.highestOneBit(Math.max(2, max) * 2) * 2; // power of two, at most a quarter full
            keys = new long[size];
            used = new boolean[size];
        }

        /** @return whether {@code v} was not in the set yet */
        boolean add(long v) {
            int mask = keys.length - 1;
            int h = Long.hashCode(v) * 0x9E3779B9;
            int i = (h ^ (h >>> 16)) & mask;
            while (used[i]) {
                if (keys[i] == v) {
                    return false;
                }
                i = (i + 1) & mask;
            }
            used[i] = true;
            keys[i] = v;
            return true;
        }
    }

    private static boolean[] classify(List<Clause> clauses, char[] fc, String language,
                                      boolean[] repeatSentence, boolean[] saladSentence, boolean anyVenue) {
        // 8. clause status
        boolean anySignal = false;
        boolean anyEvasive = false;
        List<Venue> carried = List.of();
        int carriedSentence = -10;
        for (int k = 0; k < clauses.size(); k++) {
            Clause c = clauses.get(k);
            boolean neg = false;
            boolean hyp = false;
            boolean past = false;
            boolean pastWeak = false;
            boolean current = false;
            boolean general = false;
            boolean priv = false;
            boolean offline = false;
            boolean vanityPhrase = false;
            boolean vanityMetric = false;
            boolean socialObject = false;
            List<Hit> negEx = List.of();
            List<Hit> hypEx = List.of();
            for (Hit h : c.hits) {
                switch (h.kind()) {
                    case NEGATION_EXCEPTION -> {
                        if (negEx.isEmpty()) {
                            negEx = new ArrayList<>(2);
                        }
                        negEx.add(h);
                    }
                    case HYPOTHETICAL_EXCEPTION -> {
                        if (hypEx.isEmpty()) {
                            hypEx = new ArrayList<>(2);
                        }
                        hypEx.add(h);
                    }
                    default -> { }
                }
            }
            int pastVerbs = 0;
            int verbs = 0;
            for (Hit h : c.hits) {
                switch (h.kind()) {
                    case NEGATION -> neg |= !covered(h, negEx);
                    case HYPOTHETICAL -> hyp |= !covered(h, hypEx);
                    case PAST -> past = true;
                    case PAST_WEAK -> pastWeak = true;
                    case CURRENT -> current = true;
                    case RECENCY -> c.recency = true;
                    case FREQUENCY -> c.frequency = true;
                    case GENERAL -> general = true;
                    case PRIVATE -> priv = true;
                    case OFFLINE -> offline = true;
                    case VANITY_PHRASE -> vanityPhrase = true;
                    case VANITY_METRIC -> vanityMetric = true;
                    case SOCIAL_OBJECTS -> socialObject = true;
                    case EVASIVE -> c.evasive = true;
                    default -> {
                        if (h.entry().signal()) {
                            c.signals.add(h);
                            if (h.kind() != Kind.CONSUME) {
                                verbs++;
                                if (language.equals("en") && isPastForm(fc, h)) {
                                    pastVerbs++;
                                }
                            }
                        }
                    }
                }
            }
            for (int i = c.start; i < c.end; i++) {
                char ch = fc[i];
                // ASCII first: Character.isDigit costs a table lookup per character
                if (ch < 128 ? ch >= '0' && ch <= '9' : Character.isDigit(ch)) {
                    c.number = true;
                    break;
                }
            }
            anySignal |= !c.signals.isEmpty();
            anyEvasive |= c.evasive;
            boolean weakPast = pastWeak || (verbs > 0 && pastVerbs == verbs);
            boolean isPast = (past && !current) || (weakPast && !current && !c.recency);
            boolean hasOnline = false;
            boolean hasPublic = false;
            for (Venue v : c.venues) {
                if (v.category() == null || !v.category().equals("offline_events")) {
                    hasOnline = true;
                }
                if (v.category() != null && PUBLIC_CATEGORIES.contains(v.category()) || "community".equals(v.kind()) && v.platformId() == null) {
                    hasPublic = true;
                }
            }
            boolean vanity = vanityPhrase || (vanityMetric && c.number);
            // anchoring: venue in clause, in sentence, carried from the previous sentences, or a social object
            List<Venue> eff = c.venues;
            if (eff.isEmpty()) {
                List<Venue> sv = List.of();
                for (int q = k - 1; q >= 0 && clauses.get(q).sentence == c.sentence; q--) {
                    if (!clauses.get(q).venues.isEmpty()) {
                        sv = sv.isEmpty() ? new ArrayList<>() : sv;
                        sv.addAll(clauses.get(q).venues);
                    }
                }
                for (int q = k + 1; q < clauses.size() && clauses.get(q).sentence == c.sentence; q++) {
                    if (!clauses.get(q).venues.isEmpty()) {
                        sv = sv.isEmpty() ? new ArrayList<>() : sv;
                        sv.addAll(clauses.get(q).venues);
                    }
                }
                if (!sv.isEmpty()) {
                    eff = sv;
                } else if (c.sentence - carriedSentence <= 2 && !carried.isEmpty()) {
                    eff = carried;
                }
            }
            boolean anchored = !eff.isEmpty() || (socialObject && anyVenue);
            Status st;
            if (repeatSentence[c.sentence]) {
                st = Status.REPEAT;
            } else if (saladSentence[c.sentence]) {
                st = Status.SALAD;
            } else if (neg) {
                st = Status.NEGATED;
            } else if (hyp) {
                st = Status.HYPOTHETICAL;
            } else if (general) {
                st = Status.GENERAL;
            } else if (isPast) {
                st = Status.PAST;
            } else if (priv && !hasPublic) {
                st = Status.PRIVATE;
            } else if (offline && !hasOnline) {
                st = Status.OFFLINE;
            } else if (vanity) {
                st = Status.VANITY;
            } else if (!anchored) {
                st = Status.UNANCHORED;
            } else {
                st = Status.CREDITED;
            }
            c.status = st;
            c.effectiveVenues = eff;
            if ((st == Status.CREDITED || st == Status.VANITY || st == Status.UNANCHORED) && !c.venues.isEmpty()) {
                carried = c.venues;
                carriedSentence = c.sentence;
            }
        }
        return new boolean[] {anySignal, anyEvasive};
    }

    private static final String[] CONJUNCTIONS = {"and", "so", "while", "y", "und", "et", "e", "mientras"};

    private static boolean isConjunction(char[] fc, int s, int e) {
        for (String c : CONJUNCTIONS) {
            if (c.length() == e - s && regionIs(fc, s, c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean covered(Hit h, List<Hit> exceptions) {
        for (Hit e : exceptions) {
            if (h.start() >= e.start() && h.end() <= e.end()) {
                return true;
            }
        }
        return false;
    }

    /** English simple past ("posted", "ran") not preceded by a perfect auxiliary ("have posted"). */
    private static boolean isPastForm(char[] fc, Hit h) {
        int e = h.end();
        int s = e;
        while (s > h.start() && fc[s - 1] != ' ') {
            s--;
        }
        if (e - s < 4 || !regionIs(fc, e - 2, "ed")) {
            return false;
        }
        int from = Math.max(0, h.start() - 16);
        int to = h.start();
        return !(containsIn(fc, from, to, "have ") || containsIn(fc, from, to, "'ve ") || containsIn(fc, from, to, "has ")
                || containsIn(fc, from, to, "been ") || containsIn(fc, from, to, "'s "));
    }

    /** Whether fc[from, to) contains x; the window is a few characters. */
    private static boolean containsIn(char[] fc, int from, int to, String x) {
        for (int i = from, last = to - x.length(); i <= last; i++) {
            if (regionIs(fc, i, x)) {
                return true;
            }
        }
        return false;
    }

    /** Whether x is at fc[at] (which must leave room for it). */
    private static boolean regionIs(char[] fc, int at, String x) {
        for (int k = 0; k < x.length(); k++) {
            if (fc[at + k] != x.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static Clause clauseAt(List<Clause> clauses, int pos) {
        int lo = 0;
        int hi = clauses.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Clause c = clauses.get(mid);
            if (pos < c.start) {
                hi = mid - 1;
            } else if (pos >= c.end) {
                lo = mid + 1;
            } else {
                return c;
            }
        }
        return null;
    }

    /**
     * r/..., u/..., @handles, fediverse handles, URLs and #hashtags. Only whitespace-delimited tokens that contain
     * '/', '@', '#' or an inner '.' are examined, so the regexes run on a few short strings. The scan looks for
     * those characters in the folded text (folding keeps them and maps nothing else to them) and finds a token's
     * bounds only around one, so most characters get one comparison and no whitespace test.
     */
    private void findPatternVenues(String text, char[] fc, List<Venue> venues) {
        int n = fc.length;
        List<int[]> taken = new ArrayList<>();
        int i = 0;
        while (i < n) {
            char c = fc[i];
            // '#', '.', '/' and '@' are all in '#'..'@': letters and spaces fail the first comparisons
            if (c >= '#' && c <= '@'
                    && (c == '/' || c == '@' || c == '#' || (c == '.' && i + 1 < n && Character.isLetter(text.charAt(i + 1))))) {
                int s = i;
                while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) {
                    s--;
                }
                if (c != '.' || i > s) {
                    int e = i + 1;
                    while (e < n && !Character.isWhitespace(text.charAt(e))) {
                        e++;
                    }
                    tokenVenues(text, fc, s, e, venues, taken);
                    i = e;
                    continue;
                }
            }
            i++;
        }
        venues.sort((x, y) -> Integer.compare(x.start(), y.start()));
    }

    private void tokenVenues(String text, char[] fc, int ts, int te, List<Venue> venues, List<int[]> taken) {
        String tok = text.substring(ts, te);
        String ftok = new String(fc, ts, te - ts);
        // each pattern runs only on tokens holding its literal part ("r/", "u/", two '@'): a cheap exact pre-check
        if (tok.contains("r/")) {
            Matcher m = SUBREDDIT.matcher(tok);
            while (m.find()) {
                venues.add(new Venue(reddit, redditCategory, "r/" + m.group(1), null, ts + m.start(), ts + m.end(), "community"));
                taken.add(new int[] {ts + m.start(), ts + m.end()});
            }
        }
        if (tok.contains("u/")) {
            Matcher m = REDDIT_USER.matcher(tok);
            while (m.find()) {
                venues.add(new Venue(reddit, redditCategory, null, "u/" + m.group(1), ts + m.start(), ts + m.end(), "handle"));
                taken.add(new int[] {ts + m.start(), ts + m.end()});
            }
        }
        int at = tok.indexOf('@');
        if (at >= 0) {
            Matcher m;
            if (tok.indexOf('@', at + 1) >= 0) {
                m = FEDI_HANDLE.matcher(tok);
                while (m.find()) {
                    venues.add(new Venue(mastodon, mastodonCategory, null, m.group(), ts + m.start(), ts + m.end(), "handle"));
                    taken.add(new int[] {ts + m.start(), ts + m.end()});
                }
            }
            m = HANDLE.matcher(tok);
            while (m.find()) {
                int ms = ts + m.start();
                int me = ts + m.end();
                if (overlaps(taken, ms, me)) {
                    continue;
                }
                String pid = null;
                String cat = null;
                for (Venue v : venues) {
                    if (v.platformId() != null && "platform".equals(v.kind()) && v.start() < ms && ms - v.start() < 80) {
                        pid = v.platformId();
                        cat = v.category();
                    }
                }
                venues.add(new Venue(pid, cat, null, m.group(), ms, me, "handle"));
                taken.add(new int[] {ms, me});
            }
        }
        if (ftok.indexOf('.') >= 0) {
            Matcher m = URL.matcher(ftok);
            while (m.find()) {
                int ms = ts + m.start();
                if (overlaps(taken, ms, ts + m.end())) {
                    continue;
                }
                String u = m.group();
                String host = u.replaceFirst("^https?://", "");
                int slashAt = host.indexOf('/');
                if (slashAt >= 0) {
                    host = host.substring(0, slashAt);
                }
                if (host.startsWith("www.")) {
                    host = host.substring(4);
                }
                VenuePlatform owner = null;
                for (VenuePlatform p : platformsById.values()) {
                    if (p.ownsHost(host)) {
                        owner = p;
                        break;
                    }
                }
                int end = ts + m.end();
                while (end > ms && ".,;:!?".indexOf(fc[end - 1]) >= 0) {
                    end--;
                }
                venues.add(new Venue(owner == null ? null : owner.id(),
                        owner == null ? "blog_newsletter" : owner.category(), null,
                        text.substring(ms, end), ms, end, "url"));
                taken.add(new int[] {ms, end});
            }
        }
        if (tok.indexOf('#') >= 0) {
            Matcher m = HASHTAG.matcher(tok);
            while (m.find()) {
                if (!overlaps(taken, ts + m.start(), ts + m.end())) {
                    venues.add(new Venue(null, null, m.group(), null, ts + m.start(), ts + m.end(), "hashtag"));
                }
            }
        }
    }

    private static boolean overlaps(List<int[]> taken, int s, int e) {
        for (int[] t : taken) {
            if (s < t[1] && e > t[0]) {
                return true;
            }
        }
        return false;
    }

    /** "the Blender Artists forum", "RevGenius Slack community": capitalised words right before an anchor. */
    private Venue namedCommunity(String text, Hit anchor, Clause c) {
        int pos = anchor.start();
        int first = -1;
        int count = 0;
        boolean nonPlatform = false;
        while (count < 4) {
            int e = pos;
            if (e - 1 < c.start || text.charAt(e - 1) != ' ') {
                break;
            }
            int s = e - 1;
            while (s > c.start && !Character.isWhitespace(text.charAt(s - 1))) {
                s--;
            }
            if (s >= e - 1) {
                break;
            }
            // the word is text[s, e - 1), read in place
            int len = e - 1 - s;
            char c0 = text.charAt(s);
            boolean cap = Character.isUpperCase(c0) || c0 == '#' || (Character.isDigit(c0) && len > 1);
            if (!cap || isFirstPerson(text, s, len) || !Character.isLetterOrDigit(text.charAt(e - 2))) {
                break;
            }
            boolean isPlatform = false;
            for (Hit h : c.hits) {
                if (h.kind() == Kind.PLATFORM && h.start() <= s && h.end() >= e - 1) {
                    isPlatform = true;
                    break;
                }
            }
            if (!isPlatform) {
                nonPlatform = true;
            }
            first = s;
            pos = s;
            count++;
        }
        if (first < 0 || !nonPlatform) {
            return null;
        }
        // a single capitalised word at the very start of a clause may just be the first word
        if (count == 1 && first == c.start) {
            return null;
        }
        String pid = null;
        String cat = null;
        for (Venue v : c.venues) {
            if (v.platformId() != null && v.start() >= first - 40 && v.start() <= anchor.end() + 40) {
                pid = v.platformId();
                cat = v.category();
            }
        }
        if (anchor.kind() == Kind.PLATFORM) {
            pid = anchor.entry().platformId();
            cat = anchor.entry().platformCategory();
        }
        if (cat == null) {
            cat = "forum_community";
        }
        return new Venue(pid, cat, text.substring(first, anchor.end()), null, first, anchor.end(), "community");
    }

    /** Whether text[s, s + len) is "I", "I'm" or "I've". */
    private static boolean isFirstPerson(String text, int s, int len) {
        return (len == 1 && text.charAt(s) == 'I') || (len == 3 && text.startsWith("I'm", s))
                || (len == 4 && text.startsWith("I've", s));
    }

    /** Of overlapping named communities keep the longest. */
    private static void dedupeNamed(List<Venue> vs) {
        for (int i = 0; i < vs.size(); i++) {
            Venue a = vs.get(i);
            if (!"community".equals(a.kind())) {
                continue;
            }
            for (int j = 0; j < vs.size(); j++) {
                Venue b = vs.get(j);
                if (i != j && "community".equals(b.kind()) && a.start() < b.end() && b.start() < a.end()
                        && (b.end() - b.start() > a.end() - a.start()
                        || (b.end() - b.start() == a.end() - a.start() && j < i))) {
                    vs.remove(i);
                    i--;
                    break;
                }
            }
        }
    }

}
