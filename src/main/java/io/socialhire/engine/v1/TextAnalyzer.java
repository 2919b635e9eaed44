package io.socialhire.engine.v1;

import io.socialhire.engine.text.TextFold;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an answer: folds it, finds every lexicon phrase and platform alias with one pass, detects the language,
 * splits sentences and clauses, finds venues, marks keyword salad and repeats, and decides for each clause whether
 * it describes current, public participation. Each step is its own class; this one runs them in order and holds
 * what they produce. Immutable and thread-safe after construction.
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
                    LanguageDetector.langId(lang), category.equals("function_words"),
                    Lexicon.SIGNAL_CATEGORIES.contains(category), GENERIC_CATEGORY.get(category), Kind.of(category));
        }
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
            return (platformId == null ? "generic:" + category : platformId) + "|"
                    + (community == null ? "" : community.toLowerCase());
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
    private static final Map<String, String> GENERIC_CATEGORY = Map.of(
            "generic_forum", "forum_community", "generic_chat", "chat_community", "generic_blog", "blog_newsletter",
            "generic_podcast", "podcast", "generic_group", "forum_community");

    private final LexiconMatcher lexicon;
    private final LanguageDetector languages;
    private final VenueDetector venues;

    TextAnalyzer(Collection<VenuePlatform> platforms, Map<String, Lexicon> lexicons,
                 Map<String, List<String>> unsupportedFunctionWords, Map<String, List<String>> extraAliases) {
        this.lexicon = new LexiconMatcher(platforms, lexicons, unsupportedFunctionWords, extraAliases);
        this.languages = new LanguageDetector(unsupportedFunctionWords.keySet());
        this.venues = new VenueDetector(platforms);
    }

    VenuePlatform platform(String id) {
        return venues.platform(id);
    }

    Analysis analyze(String text) {
        // the folded text stays a char[]: everything below reads it in place
        final char[] fc = TextFold.foldChars(text);
        LexiconMatcher.HitCollector collector = lexicon.match(fc);
        List<Hit> all = collector.all;
        final int[] fwHits = collector.fw;
        final int fwN = collector.fwN;
        LanguageDetector.Result lang = languages.detect(fc, fwHits, fwN);
        String language = lang.language();
        // clauses, venues and statuses see only the detected language's hits; salad counting sees all of them
        List<Hit> hits = LexiconMatcher.languageHits(all, language);
        List<int[]> sent = new ArrayList<>();
        List<Clause> clauses = ClauseSplitter.split(fc, hits, sent);
        boolean anyVenue = venues.find(text, fc, hits, clauses, language);
        boolean[] saladSentence = new boolean[sent.size()];
        boolean[] repeatSentence = new boolean[sent.size()];
        boolean[] sr = SaladAndRepeatDetector.mark(sent, all, fc, fwHits, fwN, lang.languageId(), language,
                saladSentence, repeatSentence);
        boolean anySalad = sr[0];
        boolean anyRepeat = sr[1];
        boolean[] se = ClauseClassifier.classify(clauses, fc, language, repeatSentence, saladSentence, anyVenue);
        boolean anySignal = se[0];
        boolean anyEvasive = se[1];
        return new Analysis(text, language, lang.supported(), lang.noFunctionWords(), lang.words(), clauses, anyVenue,
                anySignal, anyEvasive, anySalad, anyRepeat);
    }
}
