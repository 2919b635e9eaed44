package io.socialhire.engine.claims;

import io.socialhire.engine.lang.Cue;
import io.socialhire.engine.lang.LanguageDetector;
import io.socialhire.engine.lang.LanguagePack;
import io.socialhire.engine.lang.Morphology;
import io.socialhire.engine.lang.PhraseMatcher;
import io.socialhire.engine.text.Token;
import io.socialhire.engine.text.Tokenizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns an answer into {@link Claim}s. Sentences are split into clauses at punctuation and conjunctions; each clause
 * with an activity becomes a claim whose actor, mode and time come from the clause's own cues, or from the clause it
 * is coordinated with; venues attach to the clause that names them, or to the claims around them. Everything
 * language-specific comes from the {@link LanguagePack}; this class branches on cues only. Immutable and thread-safe.
 */
public final class ClaimReader {

    /** How a clause joins the one before it in its sentence. */
    private enum Link { START, COORD, CONTRAST, SUB }

    private static final Set<Cue> ACTORS = EnumSet.of(Cue.ACTOR_SELF, Cue.ACTOR_WE, Cue.ACTOR_EMPLOYER, Cue.ACTOR_OTHERS,
            Cue.ACTOR_GENERIC, Cue.CANDIDATE_NOUN);
    private static final Set<Cue> FUNCTION_PHRASES = EnumSet.of(Cue.TIME_PAST, Cue.TIME_ENDED, Cue.TIME_CURRENT,
            Cue.TIME_RECENT, Cue.TIME_FUTURE, Cue.MODAL_WISH, Cue.MODAL_HYPOTHETICAL, Cue.MODAL_OBLIGATION, Cue.FREQ_REGULAR,
            Cue.FREQ_OCCASIONAL, Cue.CONJ_COORD, Cue.CONJ_CONTRAST, Cue.CONJ_SUB, Cue.GENERAL_STATEMENT, Cue.OWNER_EMPLOYER,
            Cue.CONTENT_HEAD, Cue.VANITY, Cue.EVASIVE);
    private static final Set<Cue> BEFORE_VERB = EnumSet.of(Cue.ACTOR_SELF, Cue.ACTOR_WE, Cue.ACTOR_EMPLOYER, Cue.ACTOR_OTHERS,
            Cue.ACTOR_GENERIC, Cue.NEGATION, Cue.MODAL_HYPOTHETICAL, Cue.MODAL_WISH, Cue.MODAL_OBLIGATION, Cue.AUX_PERFECT,
            Cue.AUX_PAST, Cue.TIME_CURRENT, Cue.TIME_PAST, Cue.TIME_RECENT, Cue.FREQ_REGULAR, Cue.FREQ_OCCASIONAL,
            Cue.CONJ_COORD, Cue.CONJ_CONTRAST, Cue.CONJ_SUB, Cue.ADVERB, Cue.MODE_EXCEPTION);
    /** Third-person pronouns: in an interviewer's notes about the candidate they are the candidate. */
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "he's", "she's", "they're");
    private static final Set<Cue> NOUN_CONTEXT = EnumSet.of(Cue.DETERMINER, Cue.POSSESSIVE_SELF, Cue.POSSESSIVE_WE,
            Cue.POSSESSIVE_OTHER, Cue.PREPOSITION);
    private static final Set<Cue> SALAD_WORDS = EnumSet.of(Cue.ACT_CONSUME, Cue.ACT_REACT, Cue.ACT_POST, Cue.ACT_COMMENT,
            Cue.ACT_CONVERSE, Cue.ACT_HELP, Cue.ACT_PROMOTE, Cue.ACT_MENTOR, Cue.ACT_LEARN_PUBLIC, Cue.ACT_ASK_FEEDBACK,
            Cue.ACT_LEAD, Cue.ACT_FOUND, Cue.ROLE_LEAD, Cue.COMMUNITY_NOUN, Cue.VANITY, Cue.GENERAL_STATEMENT,
            Cue.PEOPLE_NOUN, Cue.CONTENT_NOUN);

    /** Words that glue a sentence together: a long run of words without any of them is a list of keywords. */
    private static final Set<Cue> GLUE = EnumSet.of(Cue.DETERMINER, Cue.PREPOSITION, Cue.ACTOR_SELF, Cue.ACTOR_WE,
            Cue.ACTOR_EMPLOYER, Cue.ACTOR_OTHERS, Cue.ACTOR_GENERIC, Cue.POSSESSIVE_SELF, Cue.POSSESSIVE_WE,
            Cue.POSSESSIVE_OTHER, Cue.CONJ_COORD, Cue.CONJ_CONTRAST, Cue.CONJ_SUB, Cue.COPULA, Cue.AUX_PERFECT, Cue.AUX_PAST,
            Cue.NEGATION, Cue.INFINITIVE, Cue.BE_AUX, Cue.RELATIVE_PERSON, Cue.DUMMY_SUBJECT, Cue.MODAL_HYPOTHETICAL,
            Cue.MODAL_WISH, Cue.MODAL_OBLIGATION, Cue.TIME_CURRENT, Cue.TIME_PAST, Cue.TIME_RECENT, Cue.FREQ_REGULAR,
            Cue.FREQ_OCCASIONAL);
    private static final long[] SALAD_MASK = CueIndex.mask(SALAD_WORDS);
    private static final long[] GLUE_MASK = CueIndex.mask(GLUE);
    private static final long[] ACTIVITY_MASK = CueIndex.activityMask();
    private static final long[] ACTORS_MASK = CueIndex.mask(ACTORS);
    private static final long[] NOUN_CONTEXT_MASK = CueIndex.mask(NOUN_CONTEXT);
    /** The cues whose phrases can open a new clause where they start (besides commas and clause marks). */
    private static final long[] CLAUSE_OPENERS = CueIndex.mask(EnumSet.of(Cue.CONJ_CONTRAST, Cue.CONJ_SUB,
            Cue.CONJ_COORD, Cue.CONTENT_OPENER, Cue.ACTOR_SELF, Cue.ACTOR_WE));
    private static final long[] BEFORE_VERB_MASK = CueIndex.mask(BEFORE_VERB);
    /** Cues that keep a word from being a content word: all but activities and the nouns of what is talked about. */
    private static final long[] NOT_CONTENT_MASK = CueIndex.complement(CueIndex.union(ACTIVITY_MASK, CueIndex.mask(
            EnumSet.of(Cue.COMMUNITY_NOUN, Cue.PEOPLE_NOUN, Cue.CONTENT_NOUN, Cue.QUESTION_NOUN, Cue.VENUE_GENERIC))));
    /** Seven loaded words or names in a row with no glue word between them: no sentence reads like that. */
    private static final int KEYWORD_RUN = 7;

    /** Most specific first: when two activity phrases start at the same word and are as long, the first here wins. */
    private static final List<Cue> PRIORITY = List.of(Cue.ACT_FOUND, Cue.ACT_HOST, Cue.ACT_LEAD, Cue.ROLE_LEAD, Cue.ACT_LEARN_PUBLIC,
            Cue.ACT_ANSWER, Cue.ACT_CREATE,
            Cue.ACT_ASK_FEEDBACK, Cue.ACT_MENTOR, Cue.ROLE_HELPER, Cue.ROLE_REGULAR, Cue.ACT_PROMOTE, Cue.ACT_HELP, Cue.ACT_CONVERSE,
            Cue.ACT_COMMENT, Cue.ACT_POST, Cue.ACT_ACCOUNT, Cue.ROLE_MEMBER, Cue.ACT_REACT, Cue.ACT_CONSUME);

    /** {@link #PRIORITY}'s index of each cue by ordinal, -1 for the cues it does not list. */
    private static final int[] PRIORITY_RANK = new int[Cue.values().length];

    static {
        java.util.Arrays.fill(PRIORITY_RANK, -1);
        for (int k = 0; k < PRIORITY.size(); k++) {
            if (PRIORITY_RANK[PRIORITY.get(k).ordinal()] < 0) {
                PRIORITY_RANK[PRIORITY.get(k).ordinal()] = k; // as indexOf: the first place a cue is listed
            }
        }
    }

    /** Longer phrases first, then by {@link #PRIORITY} (cues it does not list before those it does). */
    private static final java.util.Comparator<PhraseMatcher.Match<Cue>> BY_PREDICATE_PREFERENCE = (a, b) -> {
        int spanA = -(a.last() - a.first());
        int spanB = -(b.last() - b.first());
        return spanA != spanB ? Integer.compare(spanA, spanB)
                : Integer.compare(PRIORITY_RANK[a.payload().ordinal()], PRIORITY_RANK[b.payload().ordinal()]);
    };

    private final LanguageDetector detector;
    private final VenueFinder venues;

    public ClaimReader(LanguageDetector detector, VenueCatalog catalog) {
        this.detector = detector;
        this.venues = new VenueFinder(catalog);
    }

    public LanguageDetector detector() {
        return detector;
    }

    private static final class Clause {
        final int from;
        final int to;
        final Link link;
        final int sentence;
        boolean content;
        boolean salad;
        boolean repeated;
        final List<Venue> venues = new ArrayList<>();
        int predicate = -1;
        int predicateLast = -1;
        Activity activity;
        Actor actor;
        boolean ownSubject;
        Mode mode = Mode.ACTUAL;
        TimeFrame time = TimeFrame.CURRENT;
        boolean timeFromCue;
        boolean pastEvent;
        boolean workAccount;
        boolean offlineCue;
        boolean venuesOnlySentence;
        /** A one- or two-word item of a list that follows no activity ("structure moderation, onboarding and engagement"). */
        boolean bareListItem;
        /** The clause before this one in its sentence, or null. */
        Clause previous;
        /** Its verb is an infinitive or gerund: a list item of qualities ("mentoring, promoting others") reads so. */
        boolean nonfinite;
        /** The sentence talks about the job applied for ("if hired", "your channels"). */
        boolean hiringSentence;
        /** The sentence has no subject at all: a note or a list item ("Instagram: weekly posts, replies to comments"). */
        boolean fragment;
        /** The sentence is about a plan, strategy or proposal document. */
        boolean planSentence;
        /** The sentence speaks of the future ("next month I'm starting a blog"). */
        boolean futureSentence;
        /** An imagined frame ("picture my week:", "ideally") opened earlier in the sentence or list. */
        boolean framed;
        /** A later sentence takes this claim back ("that was years ago", "that's the plan"). */
        Mode undercutMode;
        boolean undercutPast;
        /** The first wish or hypothetical of the sentence so far (reset by a contrast). */
        Mode sentenceModal;
        /** The answer names no public venue at all, and this clause none. */
        boolean noPublicPlace;
        /** The sentence names a subject (I, we, they, it's...): a venue named in it is not a bare fragment. */
        boolean sentenceHasActor;
        String frequency;

        boolean ownSubjectAhead(CueIndex cues) {
            for (int i = from; i < Math.max(from, predicate); i++) {
                if (actorAt(cues, i) != null) {
                    return true;
                }
            }
            return false;
        }

        Clause(int from, int to, Link link, int sentence) {
            this.from = from;
            this.to = to;
            this.link = link;
            this.sentence = sentence;
        }
    }

    public Reading read(String answer) {
        String text = answer == null ? "" : answer;
        List<Token> tokens = Tokenizer.tokenize(text);
        LanguageDetector.Detected detected = detector.detect(tokens);
        int words = 0;
        for (Token t : tokens) {
            if (t.isWord()) {
                words++;
            }
        }
        if (!detected.supported()) {
            return new Reading(detected.code(), false, words, List.of(), List.of(), 0, 0, 0, 0, 0, 0, 0);
        }
        LanguagePack pack = detected.pack();
        tokens = pack.normalizeSpellings(pack.splitElisions(tokens));
        String[] stems = pack.stems(tokens);
        String[] forms = new String[tokens.size()];
        for (int i = 0; i < forms.length; i++) {
            forms[i] = tokens.get(i).form();
        }
        CueIndex cues = new CueIndex(tokens.size(), pack.cues(tokens, stems));
        List<Venue> found = venues.find(text, tokens, forms, pack.genericVenues(tokens, stems), cues);
        List<Clause> clauses = clauses(tokens, cues);
        markSentences(tokens, cues, clauses);
        for (Venue v : found) {
            for (Clause c : clauses) {
                if (v.first() >= c.from && v.first() < c.to) {
                    c.venues.add(v);
                    break;
                }
            }
        }
        Morphology morphology = pack.morphology();
        Clause previous = null;
        boolean jobContext = cues.any(Cue.JOB_CONTEXT, 0, tokens.size() - 1) || cues.any(Cue.OWNER_EMPLOYER, 0, tokens.size() - 1);
        boolean notes = cues.any(Cue.CANDIDATE_NOUN, 0, tokens.size() - 1);
        for (Clause c : clauses) {
            Clause before = previous != null && previous.sentence == c.sentence ? previous : null;
            jobContext |= businessAccount(cues, c);
            if (before != null && c.link != Link.CONTRAST) {
                c.sentenceModal = before.sentenceModal != null ? before.sentenceModal
                        : before.mode == Mode.WISH || before.mode == Mode.HYPOTHETICAL ? before.mode : null;
            }
            c.previous = before;
            read(tokens, stems, cues, morphology, c, before, jobContext, notes);
            if (before != null && c.link == Link.CONTRAST && c.activity == null && before.activity != null
                    && before.activity.rung() <= Activity.POST.rung() && cues.any(Cue.TIME_ENDED, c.from, c.to - 1)) {
                before.time = TimeFrame.PAST; // "I have accounts, but I haven't logged in for months"
                before.timeFromCue = true;
            }
            previous = c;
        }
        undercut(tokens, cues, clauses);
        carryFragmentFrequency(clauses);
        attachVenues(clauses, found);
        markVenueOnlySentences(clauses);
        // a public place where the candidate takes part: not one they deny, list as keywords or run for an employer
        boolean publicVenue = clauses.stream().anyMatch(c -> c.mode != Mode.NEGATED && !c.salad && !c.workAccount
                && c.actor != null && c.actor.isCandidate()
                && c.venues.stream().anyMatch(v -> v.kind() == VenueKind.PUBLIC));
        for (Clause c : clauses) {
            c.noPublicPlace = !publicVenue && c.venues.isEmpty();
        }
        List<Claim> claims = new ArrayList<>();
        int numbers = 0;
        int recency = 0;
        for (Clause c : clauses) {
            Claim claim = claim(tokens, cues, c);
            if (claim == null) {
                continue;
            }
            claims.add(claim);
            if (claim.credited()) {
                for (int i = c.from; i < c.to; i++) {
                    if (tokens.get(i).kind() == Token.Kind.NUMBER) {
                        numbers++;
                    }
                }
                recency += cues.count(Cue.TIME_RECENT, c.from, c.to - 1);
            }
        }
        int repeated = 0;
        int salad = 0;
        int lastSentence = -1;
        for (Clause c : clauses) {
            if (c.sentence != lastSentence) {
                lastSentence = c.sentence;
                repeated += c.repeated ? 1 : 0;
                salad += c.salad ? 1 : 0;
            }
        }
        int vanity = cues.count(Cue.VANITY, 0, tokens.size() - 1);
        int evasive = cues.count(Cue.EVASIVE, 0, tokens.size() - 1);
        int buzzwords = cues.count(Cue.BUZZWORD, 0, tokens.size() - 1);
        return new Reading(pack.code(), true, words, claims, found, repeated, salad, vanity, evasive, buzzwords, numbers,
                recency);
    }

    // ---------------------------------------------------------------- sentences and clauses

    private static List<Clause> clauses(List<Token> tokens, CueIndex cues) {
        List<Clause> out = new ArrayList<>();
        int sentence = 0;
        int start = 0;
        Link link = Link.START;
        boolean quoted = false;
        int n = tokens.size();
        for (int i = 0; i <= n; i++) {
            boolean end = i == n;
            Token t = end ? null : tokens.get(i);
            if (end || t.kind() == Token.Kind.FULL_STOP || t.kind() == Token.Kind.BREAK || emojiStop(tokens, i)) {
                if (i > start) {
                    out.add(new Clause(start, i, link, sentence));
                }
                if (!out.isEmpty() && out.get(out.size() - 1).sentence == sentence) {
                    sentence++;
                }
                start = i + 1;
                link = Link.START;
                quoted = false;
                continue;
            }
            if (t.kind() == Token.Kind.QUOTE) {
                quoted = !quoted;
                continue;
            }
            Link next = null;
            if (t.kind() == Token.Kind.COMMA || t.kind() == Token.Kind.CLAUSE_MARK) {
                next = Link.COORD;
            } else if (!cues.startsAnyOf(i, CLAUSE_OPENERS)) {
                continue; // no phrase that could open a clause starts here, whatever the checks below would say
            } else if (quoted || insideLongerPhrase(cues, i) || betweenNumbers(tokens, cues, i)) {
                continue; // "now and then", "five or ten", words inside a quotation
            } else if (startsCue(cues, i, Cue.CONJ_CONTRAST)) {
                next = Link.CONTRAST;
            } else if (startsCue(cues, i, Cue.CONJ_SUB)) {
                next = Link.SUB;
            } else if (startsCue(cues, i, Cue.CONJ_COORD)) {
                next = Link.COORD;
            } else if (i > start && startsCue(cues, i, Cue.CONTENT_OPENER) && contentHeadBefore(cues, start, i)) {
                next = Link.SUB;
            } else if (i > start && (startsCue(cues, i, Cue.ACTOR_SELF) || startsCue(cues, i, Cue.ACTOR_WE))
                    && contentWord(tokens, cues, i - 1) && activitySoon(cues, i + 1, Math.min(n - 1, i + 4))) {
                next = Link.SUB; // "if someone's pipeline drops spans I ask for their config"
            }
            if (next == null) {
                continue;
            }
            boolean punctuation = t.kind() == Token.Kind.COMMA || t.kind() == Token.Kind.CLAUSE_MARK;
            if (i > start) {
                out.add(new Clause(start, i, link, sentence));
                link = next;
            } else if (next != Link.COORD) {
                link = next; // ", but" keeps the stronger link
            }
            start = punctuation ? i + 1 : i;
        }
        return out;
    }

    /** An emoji followed by a capital letter ends a sentence the way a full stop does ("for your game 🙂 Social..."). */
    private static boolean emojiStop(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.kind() != Token.Kind.SYMBOL || i + 1 >= tokens.size() || !tokens.get(i + 1).capitalized()) {
            return false;
        }
        return t.form().codePoints().anyMatch(cp -> Character.getType(cp) == Character.OTHER_SYMBOL);
    }

    /** A conjunction inside a longer time, frequency or other phrase ("now and then", "ab und zu") splits nothing. */
    private static boolean insideLongerPhrase(CueIndex cues, int i) {
        for (int k = Math.max(0, i - 3); k <= i; k++) {
            for (int x = cues.startIndex(k), end = cues.endIndex(k); x < end; x++) {
                PhraseMatcher.Match<Cue> m = cues.match(x);
                Cue c = m.payload();
                // an adverb phrase starting at the conjunction ("und dort", "* beantworten") still lets it split
                if (c != Cue.CONJ_COORD && c != Cue.CONJ_CONTRAST && c != Cue.CONJ_SUB && m.last() > i
                        && (m.first() < i || c != Cue.ADVERB) && m.last() - m.first() >= 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "five or ten questions": a conjunction between two numbers joins them. */
    private static boolean betweenNumbers(List<Token> tokens, CueIndex cues, int i) {
        if (i == 0 || i + 1 >= tokens.size()) {
            return false;
        }
        return number(tokens, cues, i - 1) && number(tokens, cues, i + 1);
    }

    private static boolean number(List<Token> tokens, CueIndex cues, int i) {
        return tokens.get(i).kind() == Token.Kind.NUMBER || cues.covers(i, Cue.NUMBER_WORD);
    }

    private static boolean activityAt(CueIndex cues, int i) {
        for (PhraseMatcher.Match<Cue> m : cues.startingAt(i)) {
            if (m.payload().isActivity() && m.payload() != Cue.ACT_FOUND && m.payload() != Cue.COMMENT_PLACE) {
                return true;
            }
        }
        return false;
    }

    private static boolean activitySoon(CueIndex cues, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (cues.coversAnyOf(i, ACTIVITY_MASK)) {
                return true;
            }
        }
        return false;
    }

    /** A word after which a new subject starts a new clause: not a conjunction, preposition or time phrase. */
    private static boolean contentWord(List<Token> tokens, CueIndex cues, int i) {
        if (i < 0 || !tokens.get(i).isWord()) {
            return false;
        }
        return !cues.coversAnyOf(i, NOT_CONTENT_MASK);
    }

    private static boolean startsCue(CueIndex cues, int i, Cue cue) {
        return cues.starts(i, cue);
    }

    private static boolean contentHeadBefore(CueIndex cues, int from, int to) {
        return cues.any(Cue.CONTENT_HEAD, from, to - 1);
    }

    /**
     * True when the span holds a run of loaded words and names with no glue word between them ("engagement community
     * Twitter Reddit moderate reply comment"), however the rest of the sentence reads.
     */
    private static boolean keywordRun(List<Token> tokens, CueIndex cues, int from, int to) {
        int run = 0;
        int loaded = 0;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.kind() == Token.Kind.HYPHEN) {
                continue;
            }
            if (t.kind() != Token.Kind.WORD || cues.coversAnyOf(k, GLUE_MASK)) {
                run = 0;
                loaded = 0;
                continue;
            }
            run++;
            loaded += t.capitalized() || cues.covers(k, Cue.BUZZWORD) || cues.coversAnyOf(k, SALAD_MASK) ? 1 : 0;
            if (run >= KEYWORD_RUN && loaded * 2 >= run) {
                return true;
            }
        }
        return false;
    }

    /** Marks repeated sentences, keyword-salad sentences and reported-content scopes. */
    private static void markSentences(List<Token> tokens, CueIndex cues, List<Clause> clauses) {
        Set<String> seen = new HashSet<>();
        int allWords = 0;
        int allLoaded = 0;
        boolean anySubject = false;
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).isWord()) {
                allWords++;
                allLoaded += cues.coversAnyOf(k, SALAD_MASK) ? 1 : 0;
                anySubject |= cues.covers(k, Cue.ACTOR_SELF) || cues.covers(k, Cue.ACTOR_WE);
            }
        }
        // a list of buzzwords over several lines: no subject anywhere and mostly loaded words
        boolean saladAnswer = !anySubject && allLoaded >= 6 && allLoaded * 5 >= allWords * 2;
        boolean carry = false;
        boolean carriedHiring = false;
        boolean carriedPlan = false;
        boolean carriedFrame = false;
        int i = 0;
        while (i < clauses.size()) {
            int s = clauses.get(i).sentence;
            int j = i;
            while (j < clauses.size() && clauses.get(j).sentence == s) {
                j++;
            }
            int from = clauses.get(i).from;
            int to = clauses.get(j - 1).to;
            StringBuilder key = new StringBuilder();
            int words = 0;
            int loaded = 0;
            boolean subject = false;
            for (int k = from; k < to; k++) {
                Token t = tokens.get(k);
                if (t.isWord()) {
                    key.append(t.form()).append(' ');
                    words++;
                    if (cues.coversAnyOf(k, SALAD_MASK)) {
                        loaded++;
                    }
                    if (cues.covers(k, Cue.ACTOR_SELF) || cues.covers(k, Cue.ACTOR_WE)) {
                        subject = true;
                    }
                }
            }
            boolean repeated = words >= 3 && !seen.add(key.toString());
            boolean listed = carry && from > 0 && tokens.get(from - 1).kind() == Token.Kind.BREAK;
            boolean hiring = cues.any(Cue.HIRING_CONTEXT, from, to - 1) || (listed && carriedHiring);
            boolean plan = cues.any(Cue.PLAN_DOCUMENT, from, to - 1) || (listed && carriedPlan);
            boolean framedList = listed && carriedFrame;
            boolean anyActor = cues.any(Cue.DUMMY_SUBJECT, from, to - 1);
            for (int k = from; k < to && !anyActor; k++) {
                anyActor = cues.coversAnyOf(k, ACTORS_MASK);
            }
            boolean identifiers = false;
            for (int k = from; k < to; k++) {
                Token.Kind kind = tokens.get(k).kind();
                identifiers |= kind == Token.Kind.HANDLE || kind == Token.Kind.SUBREDDIT || kind == Token.Kind.URL
                        || kind == Token.Kind.NUMBER;
            }
            boolean salad = !identifiers && (saladAnswer || (!subject && loaded >= 4 && loaded * 2 >= words))
                    || keywordRun(tokens, cues, from, to);
            boolean content = false;
            boolean frame = framedList;
            boolean future = cues.any(Cue.TIME_FUTURE, from, to - 1);
            for (int k = i; k < j; k++) {
                Clause c = clauses.get(k);
                c.futureSentence = future;
                c.repeated = repeated;
                c.salad = salad;
                c.hiringSentence = hiring;
                c.planSentence = plan;
                c.sentenceHasActor = anyActor;
                c.fragment = !anyActor;
                if (c.link == Link.CONTRAST || (content && ownSelfSubject(cues, c)) || meansClause(cues, c)) {
                    content = false;
                }
                if (k > i && c.link == Link.SUB && startsCue(cues, c.from, Cue.CONTENT_OPENER)
                        && contentHeadBefore(cues, clauses.get(k - 1).from, c.from)) {
                    content = true;
                }
                c.content = content;
                if (cues.any(Cue.REPORTING_VERB, c.from, c.to - 1) && !cues.any(Cue.CANDIDATE_NOUN, c.from, c.to - 1)) {
                    content = true; // "Thom Singer says real leaders promote others": the rest is his view
                }
                frame |= cues.any(Cue.HYPOTHETICAL_FRAME, c.from, c.to - 1);
                c.framed = frame;
            }
            // a sentence ending in ":" introduces a list: its plan, frame or job applied-for carries over the lines
            boolean colon = (to < tokens.size() && tokens.get(to).is(":")) || (to > 0 && tokens.get(to - 1).is(":"));
            if (colon) {
                carry = true;
                carriedHiring = hiring;
                carriedPlan = plan;
                carriedFrame = frame;
            } else if (!listed) {
                carry = false;
            }
            i = j;
        }
    }

    /** "will" or "'ll" among the tokens: the future, when the sentence names a future time. */
    private static boolean willBefore(List<Token> tokens, int from, int to) {
        for (int k = from; k <= to && k < tokens.size(); k++) {
            String f = tokens.get(k).form();
            if (f.equals("will") || f.endsWith("'ll")) {
                return true;
            }
        }
        return false;
    }

    /** A clause in parentheses. */
    private static boolean aside(List<Token> tokens, Clause c) {
        return c.from > 0 && tokens.get(c.from - 1).form().equals("(");
    }

    /** "... by moderating r/x": how something was learned is something done. */
    private static boolean meansClause(CueIndex cues, Clause c) {
        return startsCue(cues, c.from, Cue.MEANS);
    }

    private static boolean ownSelfSubject(CueIndex cues, Clause c) {
        return cues.any(Cue.ACTOR_SELF, c.from, Math.min(c.to - 1, c.from + 2))
                || cues.any(Cue.ACTOR_WE, c.from, Math.min(c.to - 1, c.from + 2));
    }

    // ---------------------------------------------------------------- one clause

    private static void read(List<Token> tokens, String[] stems, CueIndex cues, Morphology morphology, Clause c,
                             Clause before, boolean jobContext, boolean notes) {
        findPredicate(tokens, stems, cues, morphology, c);
        if (c.predicate >= 0 && c.predicateLast == c.predicate && before != null && before.activity == null
                && !cues.covers(c.predicate, Cue.ROLE_LEAD) && !cues.covers(c.predicate, Cue.ROLE_HELPER)
                && c.link == Link.COORD && c.venues.isEmpty() && wordsIn(tokens, cues, c) <= 1) {
            c.bareListItem = true;
        }
        c.nonfinite = c.predicate >= 0 && morphology.analyze(tokens.get(c.predicate).form(), stems[c.predicate]).tense()
                == Morphology.Tense.NONFINITE;
        int end = c.predicate >= 0 ? c.predicate : c.to;
        // actor: the nearest subject before the predicate (the first one when there is none), else the clause this
        // one is coordinated with
        for (int k = c.from; k < end; k++) {
            int i = c.predicate >= 0 ? end - 1 - (k - c.from) : k;
            Cue actor = actorAt(cues, i, c.predicate);
            if (actor != null) {
                c.actor = notes && actor == Cue.ACTOR_OTHERS && PRONOUNS.contains(tokens.get(i).form()) ? Actor.CANDIDATE
                        : actorOf(actor);
                c.ownSubject = true;
                break;
            }
        }
        if (c.actor == null && c.predicate >= 0 && (cues.covers(c.predicate, Cue.ACTOR_SELF)
                || cues.covers(c.predicate, Cue.ACTOR_WE))) {
            // "and I'm in there most days": the subject opens the activity phrase itself
            c.actor = actorOf(cues.covers(c.predicate, Cue.ACTOR_SELF) ? Cue.ACTOR_SELF : Cue.ACTOR_WE);
            c.ownSubject = true;
        }
        if (c.actor == null && c.predicate > c.from && cues.covers(previousWord(tokens, c.from, c.predicate), Cue.PEOPLE_NOUN)) {
            c.actor = Actor.OTHERS; // "members share", "people ask"
            c.ownSubject = true;
        }
        if (c.actor == null && c.predicate > c.from && nounPhraseSubject(tokens, cues, c)) {
            c.actor = Actor.OTHERS; // "and the great ones all share a few traits"
            c.ownSubject = true;
        }
        if (c.actor == null && c.predicate > c.from && properNameSubject(tokens, cues, c)) {
            c.actor = Actor.OTHERS; // "Pete Walen tweets his notes"
            c.ownSubject = true;
        }
        if (c.actor == null && c.predicate > c.from && passive(tokens, stems, cues, morphology, c)) {
            c.actor = Actor.OTHERS; // "comments are responded to within a day": not said who does it
            c.ownSubject = true;
        }
        if (c.actor == null && c.predicate > c.from) {
            int aux = previousWord(tokens, c.from, c.predicate);
            int subject = aux >= 0 ? previousWord(tokens, c.from, aux) : -1;
            if (subject >= 0 && cues.covers(aux, Cue.BE_AUX)
                    && actorAt(cues, subject) == null && !cues.covers(subject, Cue.ADVERB)) {
                c.actor = Actor.OTHERS; // "whatever the newsletter operators are publishing"
                c.ownSubject = true;
            }
        }
        if (c.actor == null && c.from > 0 && startsCue(cues, c.from, Cue.RELATIVE_PERSON)
                && antecedentIsOthers(tokens, cues, c.from)) {
            c.actor = Actor.OTHERS; // "people who post every day"
            c.ownSubject = true;
        }
        if (c.actor == null && c.predicate >= 0 && morphology.verbFinal()
                && morphology.analyze(tokens.get(c.predicate).form(), stems[c.predicate]).person()
                != Morphology.Person.FIRST_SINGULAR) {
            for (int i = c.predicateLast + 1; i < Math.min(c.to, c.predicateLast + 4) && c.actor == null; i++) {
                Cue actor = actorAt(cues, i);
                if (actor != null) {
                    c.actor = actorOf(actor); // "Auf LinkedIn postet mein Chef täglich"
                    c.ownSubject = true;
                }
            }
        }
        if (c.actor == null && cues.any(Cue.SELF_PRESENCE, c.from, c.to - 1)) {
            c.actor = Actor.CANDIDATE;
            c.ownSubject = true;
        }
        if (c.actor == null && c.predicate >= 0) {
            Morphology.Person person = morphology.analyze(tokens.get(c.predicate).form(), stems[c.predicate]).person();
            if (person == Morphology.Person.FIRST_SINGULAR) {
                c.actor = Actor.CANDIDATE;
            } else if (person == Morphology.Person.FIRST_PLURAL) {
                c.actor = Actor.CANDIDATE_WITH_OTHERS;
            }
        }
        if (c.actor == null) {
            // the subject carries over from the clause before, stepping over an aside ("(about 1,500 members)")
            Clause from = before;
            while (from != null && aside(tokens, from) && from.previous != null) {
                from = from.previous;
            }
            c.actor = from != null && from.actor != null ? from.actor : Actor.CANDIDATE;
        }
        // mode: the clause's own cues before the predicate's end, else inherited through coordination
        int modeEnd = c.predicate >= 0 ? c.predicateLast : c.to - 1;
        if (cues.any(Cue.NEGATION, c.from, morphology.negationAfterVerb() ? c.to - 1 : modeEnd)) {
            c.mode = Mode.NEGATED;
        } else if (cues.any(Cue.MODAL_OBLIGATION, c.from, modeEnd)) {
            c.mode = Mode.OBLIGATION;
        } else if (cues.any(Cue.MODAL_WISH, c.from, modeEnd) || cues.any(Cue.TIME_FUTURE, c.from, c.to - 1)
                || (c.futureSentence && willBefore(tokens, c.from, modeEnd))) {
            c.mode = Mode.WISH; // "I'm starting a blog next month, where I'll post...": a habitual "I'll" is not
        } else if (cues.any(Cue.MODAL_HYPOTHETICAL, c.from, modeEnd) || cues.any(Cue.CONDITIONAL, c.from, modeEnd)
                || c.hiringSentence) {
            c.mode = Mode.HYPOTHETICAL;
        } else if (c.framed) {
            c.mode = Mode.HYPOTHETICAL;
        } else if (c.futureSentence && !cues.any(Cue.TIME_CURRENT, c.from, c.to - 1)
                && !cues.any(Cue.TIME_RECENT, c.from, c.to - 1) && (!c.ownSubject || progressive(tokens, stems, morphology, c))) {
            c.mode = Mode.WISH;
        } else if (c.content || cues.any(Cue.GENERAL_STATEMENT, c.from, c.to - 1)) {
            c.mode = Mode.REPORTED;
        } else if (before != null && !c.ownSubject && c.link == Link.COORD && before.mode != Mode.REPORTED
                && before.mode != Mode.ACTUAL) {
            c.mode = before.mode;
        } else if (!c.ownSubject && c.sentenceModal != null) {
            c.mode = c.sentenceModal; // "what I'd really love to do, and I've sketched it out, is start a Discord"
        } else if (!c.ownSubject && c.planSentence) {
            c.mode = Mode.REPORTED;
        }
        if (c.predicate >= 0 && c.mode == Mode.ACTUAL) {
            Morphology.Tense tense = morphology.analyze(tokens.get(c.predicate).form(), stems[c.predicate]).tense();
            if (tense == Morphology.Tense.CONDITIONAL) {
                c.mode = Mode.HYPOTHETICAL;
            } else if (tense == Morphology.Tense.FUTURE) {
                c.mode = Mode.WISH;
            }
        }
        // time: the clause's own cues, else the verb's form, else the sentence so far
        boolean founded = c.predicate >= 0 && ((c.activity == Activity.LEAD
                && (cues.any(Cue.ACT_FOUND, c.predicate, c.predicateLast) || cues.any(Cue.ACT_HOST, c.predicate, c.predicateLast)))
                || cues.any(Cue.ASPECT_START, Math.max(c.from, c.predicate - 2), c.predicate - 1));
        if (cues.any(Cue.TIME_ENDED, c.from, c.to - 1)
                || (!founded && cues.any(Cue.TIME_PAST, c.from, c.to - 1))) {
            c.time = TimeFrame.PAST;
            c.timeFromCue = true;
            if (cues.any(Cue.TIME_CURRENT, c.from, c.to - 1) && !cues.any(Cue.TIME_ENDED, c.from, c.to - 1)) {
                c.time = TimeFrame.CURRENT; // "since college I have moderated..."
            }
        } else if (cues.any(Cue.TIME_CURRENT, c.from, c.to - 1) || cues.any(Cue.TIME_RECENT, c.from, c.to - 1)) {
            c.time = TimeFrame.CURRENT;
            c.timeFromCue = true;
        } else if (c.predicate < 0 && anyPastWord(tokens, cues, morphology, c)) {
            c.time = TimeFrame.PAST; // "I grew up on IRC"
            c.pastEvent = true;
        } else if (c.predicate >= 0 && pastForm(tokens, stems, cues, morphology, c)) {
            c.time = TimeFrame.PAST;
            c.pastEvent = true;
            if (founded) {
                c.time = TimeFrame.CURRENT; // "I started r/x in 2020": what was founded is still led unless said ended
                c.pastEvent = false;
            }
        } else if (before != null && before.time == TimeFrame.PAST && c.link != Link.CONTRAST && !c.ownSubject
                && progressive(tokens, stems, morphology, c)) {
            c.time = TimeFrame.PAST; // "I ran the guild forums, including organizing raids"
            c.pastEvent = before.pastEvent;
            c.timeFromCue = before.timeFromCue;
        } else if (before != null && before.timeFromCue && c.link != Link.CONTRAST && !presentForm(tokens, stems, morphology, c)) {
            c.time = before.time;
            c.timeFromCue = true;
        }
        if (c.mode == Mode.WISH && c.time == TimeFrame.CURRENT && cues.any(Cue.TIME_FUTURE, c.from, c.to - 1)) {
            c.time = TimeFrame.FUTURE;
        }
        // frequency
        if (cues.any(Cue.FREQ_REGULAR, c.from, c.to - 1)) {
            c.frequency = "regular";
        } else if (cues.any(Cue.FREQ_OCCASIONAL, c.from, c.to - 1)) {
            c.frequency = "occasional";
        } else if (before != null && c.link != Link.CONTRAST) {
            c.frequency = before.frequency; // "Most weekdays, I spend..."
        }
        c.offlineCue = cues.any(Cue.VENUE_OFFLINE, c.from, c.to - 1) && !cues.any(Cue.VENUE_ONLINE, c.from, c.to - 1);
        c.workAccount = cues.any(Cue.OWNER_EMPLOYER, c.from, c.to - 1) || cues.any(Cue.JOB_CONTEXT, c.from, c.to - 1)
                || othersAccount(cues, c)
                || businessAccount(cues, c)
                || (jobContext && cues.any(Cue.OWNER_WEAK, c.from, c.to - 1))
                || (before != null && before.workAccount && c.link != Link.CONTRAST
                && (c.venues.isEmpty() || (!c.ownSubject && c.link == Link.COORD)
                || c.venues.stream().allMatch(v -> v.generic() && v.community() == null)));
                // "... on the clients' accounts, and I run contests to liven up the community": the same community
        if (c.actor == Actor.CANDIDATE_WITH_OTHERS && (c.workAccount || jobContext)) {
            c.actor = Actor.EMPLOYER_OR_CLIENTS; // "we" when the answer is about the candidate's job is the employer
        }
    }

    /** A clause that opens with a determiner and reaches its verb within a few words has a noun phrase for subject. */
    private static boolean nounPhraseSubject(List<Token> tokens, CueIndex cues, Clause c) {
        int i = c.from;
        while (i < c.predicate && (cues.covers(i, Cue.CONJ_COORD) || cues.covers(i, Cue.CONJ_CONTRAST)
                || !tokens.get(i).isWord())) {
            i++;
        }
        if (i >= c.predicate || !(cues.covers(i, Cue.DETERMINER) || cues.covers(i, Cue.POSSESSIVE_OTHER))
                || cues.covers(i, Cue.PREPOSITION)) {
            return false;
        }
        int words = 0;
        for (int k = i; k < c.predicate; k++) {
            if (tokens.get(k).isWord()) {
                words++;
            }
            if (cues.covers(k, Cue.PREPOSITION) && k > i) {
                return false; // "the first thing I'd do is..." stays with its own reading
            }
        }
        return words >= 2 && words <= 4;
    }

    /** "Pete Walen tweets his notes": capitalized words that are no cue and no venue, right before the verb. */
    private static boolean properNameSubject(List<Token> tokens, CueIndex cues, Clause c) {
        int names = 0;
        for (int i = c.from; i < c.predicate; i++) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                continue;
            }
            if (!t.capitalized() || cues.coversAny(i) || venueOf(c, i) != null) {
                return false;
            }
            names++;
        }
        return names >= 1 && names <= 3;
    }

    /** "I'm launching", "we're starting": the present progressive, which a future time turns into an arrangement. */
    private static boolean progressive(List<Token> tokens, String[] stems, Morphology morphology, Clause c) {
        return c.predicate >= 0
                && morphology.analyze(tokens.get(c.predicate).form(), stems[c.predicate]).tense() == Morphology.Tense.NONFINITE;
    }

    private static boolean passive(List<Token> tokens, String[] stems, CueIndex cues, Morphology morphology, Clause c) {
        int aux = previousWord(tokens, c.from, c.predicate);
        if (aux < 0) {
            return false;
        }
        return cues.covers(aux, Cue.BE_AUX) && morphology.analyze(tokens.get(c.predicate).form(), stems[c.predicate]).tense() == Morphology.Tense.PAST;
    }

    private static boolean antecedentIsOthers(List<Token> tokens, CueIndex cues, int relative) {
        int k = relative - 1;
        while (k >= 0 && !tokens.get(k).isWord()) {
            k--;
        }
        for (int j = Math.max(0, k - 4); j < k; j++) {
            if (startsCue(cues, j, Cue.ONE_OF)) {
                return false; // "I'm one of the people who greet every newcomer"
            }
        }
        return k >= 0 && (cues.covers(k, Cue.PEOPLE_NOUN) || cues.covers(k, Cue.ACTOR_OTHERS)
                || cues.covers(k, Cue.ACTOR_GENERIC));
    }

    /** "I run their Instagram": publishing on someone else's account (a client's, an employer's). */
    private static boolean othersAccount(CueIndex cues, Clause c) {
        if (c.activity != Activity.POST && c.activity != Activity.ACCOUNT) {
            return false;
        }
        for (Venue v : c.venues) {
            if (v.platform() != null && v.community() == null && !"chat_community".equals(v.category())
                    && !"forum_community".equals(v.category()) && cues.covers(v.first() - 1, Cue.POSSESSIVE_OTHER)) {
                return true;
            }
        }
        return false;
    }

    /** "the brewery Instagram", "the hotel's Facebook": a business's account. */
    private static boolean businessAccount(CueIndex cues, Clause c) {
        for (Venue v : c.venues) {
            if (v.platform() != null && !v.generic() && v.community() == null
                    && cues.any(Cue.BUSINESS_NOUN, Math.max(c.from, v.first() - 2), v.first() - 1)) {
                return true;
            }
        }
        return false;
    }

    private static Cue actorAt(CueIndex cues, int i) {
        return actorAt(cues, i, -1);
    }

    private static Actor actorOf(Cue actor) {
        return switch (actor) {
            case ACTOR_SELF -> Actor.CANDIDATE;
            case ACTOR_WE -> Actor.CANDIDATE_WITH_OTHERS;
            case ACTOR_EMPLOYER -> Actor.EMPLOYER_OR_CLIENTS;
            case ACTOR_OTHERS -> Actor.OTHERS;
            case CANDIDATE_NOUN -> Actor.CANDIDATE;
            default -> Actor.PEOPLE_IN_GENERAL;
        };
    }

    /** The actor phrase starting at token i, unless it runs into the predicate ("one of the mods"). */
    private static Cue actorAt(CueIndex cues, int i, int predicate) {
        for (int x = cues.startIndex(i), end = cues.endIndex(i); x < end; x++) {
            PhraseMatcher.Match<Cue> m = cues.match(x);
            if (ACTORS.contains(m.payload()) && (predicate < 0 || m.last() < predicate)) {
                return m.payload();
            }
        }
        return null;
    }

    private static boolean pastForm(List<Token> tokens, String[] stems, CueIndex cues, Morphology morphology, Clause c) {
        int p = c.predicate;
        int auxFrom = Math.max(c.from, p - 3);
        if (cues.any(Cue.AUX_PERFECT, auxFrom, p - 1)) {
            return false; // present perfect: "I've moderated r/x for years"
        }
        if (cues.any(Cue.AUX_PAST, c.from, p - 1)) {
            return true; // also verb-final clauses: "ich habe drei Jahre lang r/de moderiert"
        }
        return morphology.analyze(tokens.get(p).form(), stems[p]).tense() == Morphology.Tense.PAST;
    }

    private static int wordsIn(List<Token> tokens, CueIndex cues, Clause c) {
        int n = 0;
        for (int i = c.from; i < c.to; i++) {
            if (tokens.get(i).isWord() && !cues.covers(i, Cue.CONJ_COORD)) {
                n++;
            }
        }
        return n;
    }

    private static boolean anyPastWord(List<Token> tokens, CueIndex cues, Morphology morphology, Clause c) {
        for (int i = c.from; i < c.to; i++) {
            if (tokens.get(i).isWord() && morphology.isPastForm(tokens.get(i).form())
                    && !cues.any(Cue.AUX_PERFECT, Math.max(c.from, i - 2), i - 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean presentForm(List<Token> tokens, String[] stems, Morphology morphology, Clause c) {
        return c.predicate >= 0 && morphology.analyze(tokens.get(c.predicate).form(), stems[c.predicate]).tense() == Morphology.Tense.PRESENT;
    }

    /**
     * The clause's main activity: the first activity phrase in a verb's position, or a role noun after a copula. Of
     * phrases starting at the same word the longest wins, then the more specific ({@link #PRIORITY}).
     */
    private static void findPredicate(List<Token> tokens, String[] stems, CueIndex cues, Morphology morphology, Clause c) {
        for (int i = c.from; i < c.to; i++) {
            List<PhraseMatcher.Match<Cue>> here = cues.startingAt(i);
            if (here.size() > 1) {
                here = new ArrayList<>(here);
                here.sort(BY_PREDICATE_PREFERENCE);
            }
            for (PhraseMatcher.Match<Cue> m : here) {
                Cue cue = m.payload();
                if (!cue.isActivity() || cue == Cue.COMMENT_PLACE || insideFunctionPhrase(cues, m)) {
                    continue;
                }
                Activity activity = accept(tokens, stems, cues, morphology, c, m);
                if (activity != null) {
                    c.predicate = m.first();
                    c.predicateLast = m.last();
                    c.activity = refine(cues, c, activity, m.last());
                    if (c.activity == Activity.ACCOUNT) {
                        upgradePresence(tokens, stems, cues, morphology, c);
                    }
                    return;
                }
            }
        }
    }

    private static Activity accept(List<Token> tokens, String[] stems, CueIndex cues, Morphology morphology, Clause c,
                                   PhraseMatcher.Match<Cue> m) {
        Cue cue = m.payload();
        int prev = previousWord(tokens, c.from, m.first());
        boolean multiword = m.last() > m.first();
        Morphology.Pos pos = morphology.analyze(tokens.get(m.first()).form(), stems[m.first()]).pos();
        boolean role = cue == Cue.ROLE_LEAD || cue == Cue.ROLE_MEMBER || cue == Cue.ROLE_HELPER || cue == Cue.ROLE_REGULAR
                || (!multiword && pos == Morphology.Pos.AGENT);
        if (role && pos == Morphology.Pos.NOUN) {
            return null; // "moderation" shares the stem of "moderator" but names no one
        }
        if (role) {
            boolean copula = prev < 0 || cues.any(Cue.COPULA, Math.max(c.from, m.first() - 4), m.first() - 1);
            if (!copula) {
                return null;
            }
            return cue == Cue.ROLE_MEMBER || cue == Cue.ROLE_HELPER || cue == Cue.ROLE_REGULAR ? Activity.of(cue)
                    : pos == Morphology.Pos.AGENT && cue != Cue.ROLE_LEAD ? Activity.of(cue) : Activity.LEAD;
        }
        if (!multiword && pos == Morphology.Pos.NOUN) {
            return null;
        }
        if (prev >= 0 && tokens.get(m.first()).capitalized() && !role && !cues.covers(m.first(), Cue.ACTOR_SELF)) {
            return null; // "my Substack, Second Helping": a capitalized word mid-sentence is part of a name ("I'm" is not)
        }
        if (prev >= 0 && !multiword && nounContext(tokens, cues, prev)
                && (!morphology.verbFinal() || tokens.get(prev).kind() != Token.Kind.NUMBER)
                && !(c.fragment && concrete(tokens, cues, c))) {
            return null;
        }
        int prev2 = prev >= 0 && !morphology.verbFinal() ? previousWord(tokens, c.from, prev) : -1;
        if (prev2 >= 0 && !multiword && !verbCanFollow(cues, prev)
                && (cues.covers(prev2, Cue.DETERMINER) || cues.covers(prev2, Cue.POSSESSIVE_SELF)
                || cues.covers(prev2, Cue.POSSESSIVE_WE) || cues.covers(prev2, Cue.POSSESSIVE_OTHER))) {
            return null; // "the Hootsuite blog", "a weekly post"
        }
        if (prev >= 0 && !multiword && morphology.ambiguousWithPlural(tokens.get(m.first()).form())
                && !verbCanFollow(cues, prev) && !tokens.get(prev).capitalized()) {
            return null; // "tag posts", "read comments": a plural noun after a verb
        }
        if (m.last() + 1 < c.to && cues.covers(m.last() + 1, Cue.BE_AUX) && !cues.any(Cue.ACTOR_SELF, c.from, m.first())
                && !cues.any(Cue.ACTOR_WE, c.from, m.first())) {
            return null; // "Comments are answered...", "moderating is like riding a bike": the subject, not a claim
        }
        if (prev < 0 && !multiword && !c.fragment && morphology.ambiguousWithPlural(tokens.get(m.first()).form())
                && c.link == Link.START) {
            return null; // "Comments and messages go to the inbox"
        }
        if (cue == Cue.ACT_ANSWER) {
            int look = Math.min(c.to - 1, m.last() + 10);
            for (int i = m.last() + 1; i <= look; i++) {
                String f = tokens.get(i).form();
                if (cues.covers(i, Cue.COMMENT_OBJECT)) {
                    return Activity.COMMENT; // the first object decides: "reply to the comments people leave"
                }
                if (cues.covers(i, Cue.QUESTION_NOUN) || cues.covers(i, Cue.PEOPLE_NOUN)) {
                    return Activity.HELP; // "I answer Terraform questions", "I answer beginners"
                }
            }
            boolean asked = c.venues.stream().anyMatch(v -> "q_and_a".equals(v.category()));
            for (int i = Math.max(0, c.from - 15); i < m.first() && !asked; i++) {
                asked = cues.covers(i, Cue.QUESTION_NOUN) || cues.covers(i, Cue.ACT_CONVERSE);
            }
            return asked ? Activity.HELP : Activity.COMMENT; // "when beginners ask what happened, I'll usually answer"
        }
        if (cue == Cue.ACT_CREATE) {
            int look = Math.min(c.to - 1, m.last() + 6);
            for (int i = m.last() + 1; i <= look; i++) {
                if (cues.covers(i, Cue.CONTENT_NOUN) || isVenueToken(tokens.get(i)) || cues.covers(i, Cue.VENUE_GENERIC)
                        || cues.covers(i, Cue.LEARNING_OBJECT) || cues.covers(i, Cue.COMMUNITY_NOUN)) {
                    // "built a community" leads; "write threads" posts (a thread is a conversation, not a community)
                    return cues.covers(i, Cue.COMMUNITY_NOUN) && !cues.covers(i, Cue.CONTENT_NOUN)
                            && !cues.covers(i, Cue.THREAD_NOUN) ? Activity.LEAD : Activity.POST;
                }
            }
            return c.venues.isEmpty() ? null : Activity.POST;
        }
        if (cue == Cue.ACT_FOUND && m.last() + 1 < c.to && activityAt(cues, m.last() + 1)) {
            return null; // "I started writing up...": an aspect verb, the activity follows
        }
        if (cue == Cue.ACT_FOUND || cue == Cue.ACT_HOST) {
            return founded(tokens, cues, morphology, c, m);
        }
        if (cue == Cue.ACT_HELP && m.last() + 1 < c.to) {
            for (PhraseMatcher.Match<Cue> next : cues.startingAt(m.last() + 1)) {
                if (next.payload() == Cue.ACT_LEAD || next.payload() == Cue.ACT_FOUND) {
                    return Activity.LEAD; // "I help run the server"
                }
            }
        }
        return Activity.of(cue);
    }

    /**
     * "I'm in r/socialmedia answering questions", "I spend my evenings helping newcomers": being somewhere is the frame,
     * the activity that follows in the clause is the claim.
     */
    private static void upgradePresence(List<Token> tokens, String[] stems, CueIndex cues, Morphology morphology, Clause c) {
        for (int i = c.predicateLast + 1; i < c.to; i++) {
            for (PhraseMatcher.Match<Cue> m : cues.startingAt(i)) {
                if (!m.payload().isActivity() || insideFunctionPhrase(cues, m)) {
                    continue;
                }
                Activity a = m.payload() == Cue.COMMENT_PLACE ? Activity.COMMENT
                        : accept(tokens, stems, cues, morphology, c, m);
                if (a != null && a.rung() > Activity.ACCOUNT.rung()) {
                    c.predicate = m.first();
                    c.predicateLast = m.last();
                    c.activity = refine(cues, c, a, m.last());
                    return;
                }
            }
        }
    }

    /**
     * What is posted or answered can say more than the verb: "I post threads about what I learn" is learning in public,
     * "I reply to beginners' questions" is helping.
     */
    private static Activity refine(CueIndex cues, Clause c, Activity activity, int after) {
        if (activity == Activity.REACT) {
            for (int i = after + 1; i < Math.min(c.to, after + 5); i++) {
                if (cues.covers(i, Cue.PEOPLE_NOUN) || cues.covers(i, Cue.POSSESSIVE_OTHER)) {
                    return Activity.PROMOTE_OTHERS; // "I reshare small makers with a line about why I like them"
                }
            }
            return activity;
        }
        if (activity != Activity.POST && activity != Activity.COMMENT) {
            return activity;
        }
        for (int i = after + 1; i < c.to; i++) {
            for (PhraseMatcher.Match<Cue> m : cues.startingAt(i)) {
                switch (m.payload()) {
                    case ACT_LEARN_PUBLIC, LEARNING_OBJECT -> {
                        return Activity.LEARN_IN_PUBLIC;
                    }
                    case ACT_ASK_FEEDBACK -> {
                        return Activity.ASK_FEEDBACK;
                    }
                    case ACT_PROMOTE -> {
                        return Activity.PROMOTE_OTHERS;
                    }
                    case ACT_HELP, ACT_MENTOR -> {
                        if (activity == Activity.COMMENT) {
                            return Activity.HELP;
                        }
                    }
                    default -> { }
                }
            }
        }
        return activity;
    }

    /** "used" in "used to", "follow" in "follow-up": a word inside a longer time, modal or linking phrase. */
    private static boolean insideFunctionPhrase(CueIndex cues, PhraseMatcher.Match<Cue> activity) {
        for (int i = Math.max(0, activity.first() - 3); i <= activity.first(); i++) {
            for (PhraseMatcher.Match<Cue> m : cues.startingAt(i)) {
                if (FUNCTION_PHRASES.contains(m.payload()) && m.last() >= activity.first()
                        && m.last() - m.first() > activity.last() - activity.first()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * start, run, found, host: what follows decides. A community, server, group or recurring event is leading; a
     * show, channel, page or content is publishing; a thread is a conversation unless it recurs ("a weekly thread").
     * Hosting with no object is leading; starting or running with none is nothing.
     */
    private static Activity founded(List<Token> tokens, CueIndex cues, Morphology morphology, Clause c,
                                    PhraseMatcher.Match<Cue> m) {
        int look = Math.min(c.to - 1, m.last() + 9);
        if (m.payload() == Cue.ACT_HOST && (cues.any(Cue.FREQ_REGULAR, c.from, c.to - 1)
                || cues.any(Cue.RECURRING, c.from, c.to - 1))) {
            return Activity.LEAD; // "every Friday I host ...": a recurring event
        }
        if (morphology.verbFinal()) {
            Activity before = foundedObject(tokens, cues, c, m, Math.max(c.from, m.first() - 9), m.first() - 1, true);
            if (before != null) {
                return before; // "einen Discord-Server aufgesetzt"
            }
        }
        return foundedObject(tokens, cues, c, m, m.last() + 1, look, false);
    }

    private static Activity foundedObject(List<Token> tokens, CueIndex cues, Clause c, PhraseMatcher.Match<Cue> m,
                                          int from, int to, boolean lookingBack) {
        boolean content = false;
        boolean account = false;
        boolean venue = false;
        boolean chat = c.venues.stream().anyMatch(v -> "chat_community".equals(v.category()));
        boolean recurringClause = "regular".equals(c.frequency) || cues.any(Cue.FREQ_REGULAR, c.from, c.to - 1);
        for (int i = from; i <= to; i++) {
            boolean community = cues.covers(i, Cue.COMMUNITY_NOUN) && !cues.covers(i, Cue.CONTENT_NOUN);
            // a channel of a chat server is a community; a channel of a video platform is a show
            community |= cues.covers(i, Cue.CHANNEL_NOUN) && (chat || (i > 0 && tokens.get(i - 1).kind() == Token.Kind.HASHTAG));
            if (community) {
                if (cues.covers(i, Cue.THREAD_NOUN) && !recurringClause && !cues.any(Cue.RECURRING, from, i)) {
                    return Activity.CONVERSE;
                }
                return Activity.LEAD;
            }
            content |= cues.covers(i, Cue.CONTENT_NOUN);
            Venue v = venueOf(c, i);
            account |= v != null && v.platform() != null && v.community() == null
                    && !"chat_community".equals(v.category()) && !"forum_community".equals(v.category());
            venue |= isVenueToken(tokens.get(i)) || cues.covers(i, Cue.VENUE_GENERIC) || v != null;
        }
        if (content || account) {
            return Activity.POST; // "I run their Instagram", "I host a podcast": an account or a show is published to
        }
        if (lookingBack) {
            return venue ? Activity.LEAD : null;
        }
        return venue || m.payload() == Cue.ACT_HOST ? Activity.LEAD : null;
    }

    private static Venue venueOf(Clause c, int token) {
        for (Venue v : c.venues) {
            if (token >= v.first() && token <= v.last() && v.kind() == VenueKind.PUBLIC) {
                return v;
            }
        }
        return null;
    }

    /**
     * A clause with a venue, a number or a frequency: in a fragment without any subject ("~6 answers/week on Stack
     * Overflow", "weekly posts, replies to comments"), activity nouns stand for what the candidate does.
     */
    private static boolean concrete(List<Token> tokens, CueIndex cues, Clause c) {
        if (!c.venues.isEmpty() || cues.any(Cue.FREQ_REGULAR, c.from, c.to - 1)) {
            return true;
        }
        for (int i = c.from; i < c.to; i++) {
            if (tokens.get(i).kind() == Token.Kind.NUMBER) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVenueToken(Token t) {
        return t.kind() == Token.Kind.SUBREDDIT || t.kind() == Token.Kind.URL || t.kind() == Token.Kind.HASHTAG;
    }

    /** A determiner, possessive or preposition right before a word makes it a noun ("my posts", "for help"). */
    private static boolean nounContext(List<Token> tokens, CueIndex cues, int prev) {
        if (tokens.get(prev).kind() == Token.Kind.NUMBER) {
            return true;
        }
        if (cues.covers(prev, Cue.INFINITIVE)) {
            return false; // infinitive: "I try to help"
        }
        return cues.coversAnyOf(prev, NOUN_CONTEXT_MASK);
    }

    private static boolean verbCanFollow(CueIndex cues, int prev) {
        return cues.coversAnyOf(prev, BEFORE_VERB_MASK);
    }

    private static int previousWord(List<Token> tokens, int from, int i) {
        for (int k = i - 1; k >= from; k--) {
            Token t = tokens.get(k);
            if (t.isWord()) {
                return k;
            }
            if (t.kind() == Token.Kind.NUMBER) {
                return k; // "1,200 posts": a counted noun
            }
            if (t.kind() != Token.Kind.HYPHEN && t.kind() != Token.Kind.QUOTE) {
                return -1;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- venues and claims

    /**
     * Clauses without a venue take the venues named by venue-only clauses next to them in the sentence ("I moderate
     * two communities: r/x and r/y"), else the last venue of their sentence, else (for "there") the last one before.
     */
    private static void attachVenues(List<Clause> clauses, List<Venue> all) {
        List<Venue> lastSeen = List.of();
        boolean lastSeenWork = false;
        boolean privateSentence = false;
        for (int k = 0; k < clauses.size(); k++) {
            Clause c = clauses.get(k);
            if (k > 0 && clauses.get(k - 1).sentence != c.sentence) {
                privateSentence = false;
            }
            // "our internal Slack, where I run the #ideas channel": a generic venue inside a private one is private
            if (privateSentence) {
                c.venues.replaceAll(v -> v.generic() || v.platform() == null ? v.withKind(VenueKind.PRIVATE) : v);
            }
            privateSentence |= c.venues.stream().anyMatch(v -> v.kind() == VenueKind.PRIVATE);
            if (c.activity != null && c.venues.isEmpty()) {
                for (int j = k + 1; j < clauses.size() && clauses.get(j).sentence == c.sentence; j++) {
                    Clause next = clauses.get(j);
                    if (next.activity != null || next.ownSubject) {
                        break; // only a list of venues continues this clause, not another statement
                    }
                    c.venues.addAll(next.venues);
                }
                for (int j = k - 1; c.venues.isEmpty() && j >= 0 && clauses.get(j).sentence == c.sentence; j--) {
                    c.venues.addAll(clauses.get(j).venues);
                }
                if (c.venues.isEmpty() && !lastSeen.isEmpty() && c.ownSubject) {
                    c.venues.addAll(lastSeen);
                    c.workAccount |= lastSeenWork; // "For my clients I run their Instagram. I reply to every comment."
                }
            }
            if (!c.venues.isEmpty() && c.mode != Mode.NEGATED && c.time != TimeFrame.PAST) {
                // "I was active on Twitter, but I stopped. Today I read articles": a place left behind is not where
                // the next statement happens
                lastSeen = List.copyOf(c.venues);
                lastSeenWork = c.workAccount;
            }
        }
    }

    /** "The Ravelry forums, most days. I answer pattern questions.": a fragment's frequency belongs to what follows. */
    private static void carryFragmentFrequency(List<Clause> clauses) {
        String carried = null;
        int carriedSentence = -2;
        for (int k = 0; k < clauses.size(); k++) {
            Clause c = clauses.get(k);
            int s = c.sentence;
            int j = k;
            boolean activity = false;
            String frequency = null;
            while (j < clauses.size() && clauses.get(j).sentence == s) {
                activity |= clauses.get(j).activity != null;
                frequency = frequency == null ? clauses.get(j).frequency : frequency;
                j++;
            }
            if (carried != null && carriedSentence == s - 1) {
                for (int x = k; x < j; x++) {
                    if (clauses.get(x).activity != null && clauses.get(x).frequency == null) {
                        clauses.get(x).frequency = carried;
                    }
                }
            }
            carried = !activity && frequency != null ? frequency : null;
            carriedSentence = s;
            k = j - 1;
        }
    }

    /**
     * "I host a weekly Space and moderate a Discord. But honestly, that was years ago." A sentence that takes back
     * what came before turns the previous sentence's claims (and its own earlier ones) past, planned or denied.
     */
    private static void undercut(List<Token> tokens, CueIndex cues, List<Clause> clauses) {
        for (int k = 0; k < clauses.size(); k++) {
            Clause c = clauses.get(k);
            Mode mode = cues.any(Cue.UNDERCUT_PLAN, c.from, c.to - 1) ? Mode.WISH
                    : cues.any(Cue.UNDERCUT_DENIAL, c.from, c.to - 1) ? Mode.NEGATED : null;
            boolean past = mode == null && cues.any(Cue.UNDERCUT, c.from, c.to - 1);
            if (mode == null && !past) {
                continue;
            }
            int sentence = c.sentence;
            for (int j = k - 1; j >= 0 && clauses.get(j).sentence >= sentence - 1; j--) {
                Clause target = clauses.get(j);
                if (target.activity == null || !target.actor.isCandidate() || target.mode != Mode.ACTUAL) {
                    continue;
                }
                if (past) {
                    target.time = TimeFrame.PAST;
                    target.timeFromCue = true;
                    target.pastEvent = false;
                } else {
                    target.mode = mode;
                }
            }
        }
    }

    /** The first clause of a sentence with venues but no activity at all stands for a presence claim. */
    private static void markVenueOnlySentences(List<Clause> clauses) {
        int k = 0;
        while (k < clauses.size()) {
            int j = k;
            boolean activity = false;
            while (j < clauses.size() && clauses.get(j).sentence == clauses.get(k).sentence) {
                activity |= clauses.get(j).activity != null;
                j++;
            }
            if (!activity) {
                for (int i = k; i < j; i++) {
                    if (!clauses.get(i).venues.isEmpty()) {
                        clauses.get(i).venuesOnlySentence = true;
                        for (int x = i + 1; x < j; x++) {
                            clauses.get(i).venues.addAll(clauses.get(x).venues);
                        }
                        break;
                    }
                }
            }
            k = j;
        }
    }

    private static Claim claim(List<Token> tokens, CueIndex cues, Clause c) {
        Activity activity = c.activity;
        if (activity != null && c.bareListItem) {
            return null;
        }
        if (activity == null) {
            // a venue named on its own by the candidate ("Mostly Reddit and Discord.") is a presence claim
            boolean alone = c.venuesOnlySentence && !c.venues.isEmpty() && !c.sentenceHasActor && !c.content;
            if (!alone) {
                return null;
            }
            activity = Activity.ACCOUNT;
        }
        int start = -1;
        int end = -1;
        for (int i = c.from; i < c.to; i++) {
            Token t = tokens.get(i);
            if (t.kind() != Token.Kind.COMMA && t.kind() != Token.Kind.CLAUSE_MARK && t.kind() != Token.Kind.QUOTE) {
                if (start < 0) {
                    start = t.start();
                }
                end = t.end();
            }
        }
        if (start < 0) {
            return null;
        }
        boolean privateVenue = !c.venues.isEmpty() && c.venues.stream().allMatch(v -> v.kind() == VenueKind.PRIVATE);
        // writing up and posting after an event happen online; organizing, attending, introducing people and
        // talking there do not
        boolean eventActivity = activity != Activity.POST && activity != Activity.LEARN_IN_PUBLIC;
        boolean offlineVenue = eventActivity && c.venues.stream().noneMatch(v -> v.kind() == VenueKind.PUBLIC)
                && (c.venues.stream().anyMatch(v -> v.kind() == VenueKind.OFFLINE) || c.offlineCue);
        String reason = null;
        if (c.repeated) {
            reason = "repeats an earlier sentence";
        } else if (c.salad) {
            reason = "a list of keywords, not a statement of what the candidate does";
        } else if (c.mode == Mode.REPORTED && c.content) {
            reason = "talks about it (read, learned or believes) rather than doing it";
        } else if (!c.actor.isCandidate()) {
            reason = switch (c.actor) {
                case EMPLOYER_OR_CLIENTS -> "what the employer, team or clients do, not the candidate";
                case OTHERS -> "what other people do, not the candidate";
                default -> "a general statement, not something the candidate does";
            };
        } else if (c.mode != Mode.ACTUAL) {
            reason = switch (c.mode) {
                case NEGATED -> "the candidate says they do not do this";
                case HYPOTHETICAL -> "hypothetical, not something the candidate does";
                case WISH -> "a plan or wish, not current activity";
                case OBLIGATION -> "what should be done, not what the candidate does";
                default -> "talks about it (read, learned or believes) rather than doing it";
            };
        } else if (c.time != TimeFrame.CURRENT) {
            reason = c.time == TimeFrame.FUTURE ? "a plan or wish, not current activity"
                    : c.pastEvent ? "a past event, not said to continue" : "past activity that has ended";
        } else if (activity == Activity.CONSUME
                && c.venues.stream().noneMatch(v -> v.kind() == VenueKind.PUBLIC && (!v.generic() || v.community() != null))) {
            reason = "reads or studies, without taking part anywhere public";
        } else if (c.workAccount) {
            reason = "on an employer's or client's account, not the candidate's own participation";
        } else if (c.noPublicPlace) {
            reason = "no public venue is named anywhere in the answer";
        } else if (activity == Activity.ACCOUNT && c.venues.isEmpty()) {
            reason = "says they take part without saying where";
        } else if (c.venues.isEmpty() && c.frequency == null && !c.ownSubject && c.nonfinite) {
            reason = "names a quality (\"promoting others\") without saying where or how often they do it";
        } else if (privateVenue) {
            reason = "in a private or workplace channel, not public";
        } else if (offlineVenue) {
            reason = "offline, not on social media";
        }
        boolean community = c.venues.stream().anyMatch(v -> !v.own() && (v.community() != null
                || "forum_community".equals(v.category()) || "chat_community".equals(v.category())));
        boolean own = !community && (!c.venues.isEmpty() && c.venues.stream().allMatch(Venue::own)
                || ownContent(cues, c));
        return new Claim(activity, c.actor, c.time, c.mode, c.frequency, c.venues, start, end, c.pastEvent,
                c.workAccount, own, reason == null, reason);
    }

    /** "comments on my posts", "my own videos": the clause is about the candidate's own content. */
    private static boolean ownContent(CueIndex cues, Clause c) {
        for (int i = c.from; i + 1 < c.to; i++) {
            if (cues.covers(i, Cue.POSSESSIVE_SELF)
                    && (cues.covers(i + 1, Cue.CONTENT_NOUN) || (i + 2 < c.to && cues.covers(i + 2, Cue.CONTENT_NOUN)))) {
                return true;
            }
        }
        return false;
    }
}
