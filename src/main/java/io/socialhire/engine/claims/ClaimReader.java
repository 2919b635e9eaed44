package io.socialhire.engine.claims;

import io.socialhire.engine.lang.Cue;
import io.socialhire.engine.lang.LanguageDetector;
import io.socialhire.engine.lang.LanguagePack;
import io.socialhire.engine.lang.Morphology;
import io.socialhire.engine.lang.PhraseMatcher;
import io.socialhire.engine.text.Token;
import io.socialhire.engine.text.Tokenizer;
import java.util.ArrayList;
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

    private static final Set<Cue> ACTORS = Set.of(Cue.ACTOR_SELF, Cue.ACTOR_WE, Cue.ACTOR_EMPLOYER, Cue.ACTOR_OTHERS,
            Cue.ACTOR_GENERIC);
    private static final Set<Cue> FUNCTION_PHRASES = Set.of(Cue.TIME_PAST, Cue.TIME_ENDED, Cue.TIME_CURRENT,
            Cue.TIME_RECENT, Cue.TIME_FUTURE, Cue.MODAL_WISH, Cue.MODAL_HYPOTHETICAL, Cue.MODAL_OBLIGATION, Cue.FREQ_REGULAR,
            Cue.FREQ_OCCASIONAL, Cue.CONJ_COORD, Cue.CONJ_CONTRAST, Cue.CONJ_SUB, Cue.GENERAL_STATEMENT, Cue.OWNER_EMPLOYER,
            Cue.CONTENT_HEAD, Cue.VANITY, Cue.EVASIVE);
    private static final Set<Cue> BEFORE_VERB = Set.of(Cue.ACTOR_SELF, Cue.ACTOR_WE, Cue.ACTOR_EMPLOYER, Cue.ACTOR_OTHERS,
            Cue.ACTOR_GENERIC, Cue.NEGATION, Cue.MODAL_HYPOTHETICAL, Cue.MODAL_WISH, Cue.MODAL_OBLIGATION, Cue.AUX_PERFECT,
            Cue.AUX_PAST, Cue.TIME_CURRENT, Cue.TIME_PAST, Cue.TIME_RECENT, Cue.FREQ_REGULAR, Cue.FREQ_OCCASIONAL,
            Cue.CONJ_COORD, Cue.CONJ_CONTRAST, Cue.CONJ_SUB, Cue.ADVERB, Cue.MODE_EXCEPTION);
    private static final Set<Cue> NOUN_CONTEXT = Set.of(Cue.DETERMINER, Cue.POSSESSIVE_SELF, Cue.POSSESSIVE_WE,
            Cue.POSSESSIVE_OTHER, Cue.PREPOSITION);
    private static final Set<Cue> SALAD_WORDS = Set.of(Cue.ACT_CONSUME, Cue.ACT_REACT, Cue.ACT_POST, Cue.ACT_COMMENT,
            Cue.ACT_CONVERSE, Cue.ACT_HELP, Cue.ACT_PROMOTE, Cue.ACT_MENTOR, Cue.ACT_LEARN_PUBLIC, Cue.ACT_ASK_FEEDBACK,
            Cue.ACT_LEAD, Cue.ACT_FOUND, Cue.ROLE_LEAD, Cue.COMMUNITY_NOUN, Cue.VANITY, Cue.GENERAL_STATEMENT,
            Cue.PEOPLE_NOUN, Cue.CONTENT_NOUN);

    /** Most specific first: when two activity phrases start at the same word and are as long, the first here wins. */
    private static final List<Cue> PRIORITY = List.of(Cue.ACT_FOUND, Cue.ACT_LEAD, Cue.ROLE_LEAD, Cue.ACT_LEARN_PUBLIC,
            Cue.ACT_ANSWER, Cue.ACT_CREATE,
            Cue.ACT_ASK_FEEDBACK, Cue.ACT_MENTOR, Cue.ROLE_HELPER, Cue.ACT_PROMOTE, Cue.ACT_HELP, Cue.ACT_CONVERSE,
            Cue.ACT_COMMENT, Cue.ACT_POST, Cue.ACT_ACCOUNT, Cue.ROLE_MEMBER, Cue.ACT_REACT, Cue.ACT_CONSUME);

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
        /** The sentence talks about the job applied for ("if hired", "your channels"). */
        boolean hiringSentence;
        /** The answer names no public venue but names private or offline ones (or a job), and this clause none. */
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
        tokens = pack.splitElisions(tokens);
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
        boolean jobContext = false;
        for (Clause c : clauses) {
            Clause before = previous != null && previous.sentence == c.sentence ? previous : null;
            jobContext |= cues.any(Cue.JOB_CONTEXT, c.from, c.to - 1) || cues.any(Cue.OWNER_EMPLOYER, c.from, c.to - 1)
                    || businessAccount(cues, c);
            read(tokens, stems, cues, morphology, c, before, jobContext);
            if (before != null && c.link == Link.CONTRAST && c.activity == null && before.activity != null
                    && before.activity.rung() <= Activity.POST.rung() && cues.any(Cue.TIME_ENDED, c.from, c.to - 1)) {
                before.time = TimeFrame.PAST; // "I have accounts, but I haven't logged in for months"
                before.timeFromCue = true;
            }
            previous = c;
        }
        attachVenues(clauses, found);
        markVenueOnlySentences(clauses);
        boolean publicVenue = found.stream().anyMatch(v -> v.kind() == VenueKind.PUBLIC);
        boolean closedVenue = found.stream().anyMatch(v -> v.kind() != VenueKind.PUBLIC) || jobContext;
        for (Clause c : clauses) {
            c.noPublicPlace = !publicVenue && closedVenue && c.venues.isEmpty();
        }
        List<Claim> claims = new ArrayList<>();
        int numbers = 0;
        int recency = 0;
        for (Clause c : clauses) {
            Claim claim = claim(tokens, c);
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
        int n = tokens.size();
        for (int i = 0; i <= n; i++) {
            boolean end = i == n;
            Token t = end ? null : tokens.get(i);
            if (end || t.kind() == Token.Kind.FULL_STOP || t.kind() == Token.Kind.BREAK) {
                if (i > start) {
                    out.add(new Clause(start, i, link, sentence));
                }
                if (!out.isEmpty() && out.get(out.size() - 1).sentence == sentence) {
                    sentence++;
                }
                start = i + 1;
                link = Link.START;
                continue;
            }
            Link next = null;
            if (t.kind() == Token.Kind.COMMA || t.kind() == Token.Kind.CLAUSE_MARK) {
                next = Link.COORD;
            } else if (i > start && cues.covers(i, Cue.CONJ_CONTRAST) && startsCue(cues, i, Cue.CONJ_CONTRAST)) {
                next = Link.CONTRAST;
            } else if (i > start && startsCue(cues, i, Cue.CONJ_SUB)) {
                next = Link.SUB;
            } else if (i > start && startsCue(cues, i, Cue.CONJ_COORD)) {
                next = Link.COORD;
            } else if (i > start && startsCue(cues, i, Cue.CONTENT_OPENER) && contentHeadBefore(cues, start, i)) {
                next = Link.SUB;
            } else if (i > start && (startsCue(cues, i, Cue.ACTOR_SELF) || startsCue(cues, i, Cue.ACTOR_WE))
                    && contentWord(tokens, cues, i - 1)) {
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

    /** A word after which a new subject starts a new clause: not a conjunction, preposition or time phrase. */
    private static boolean contentWord(List<Token> tokens, CueIndex cues, int i) {
        if (i < 0 || !tokens.get(i).isWord()) {
            return false;
        }
        for (Cue cue : cues.at(i)) {
            if (cue != Cue.COMMUNITY_NOUN && cue != Cue.PEOPLE_NOUN && cue != Cue.CONTENT_NOUN && cue != Cue.QUESTION_NOUN
                    && cue != Cue.VENUE_GENERIC && !cue.isActivity()) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsCue(CueIndex cues, int i, Cue cue) {
        for (PhraseMatcher.Match<Cue> m : cues.startingAt(i)) {
            if (m.payload() == cue) {
                return true;
            }
        }
        return false;
    }

    private static boolean contentHeadBefore(CueIndex cues, int from, int to) {
        return cues.any(Cue.CONTENT_HEAD, from, to - 1);
    }

    /** Marks repeated sentences, keyword-salad sentences and reported-content scopes. */
    private static void markSentences(List<Token> tokens, CueIndex cues, List<Clause> clauses) {
        Set<String> seen = new HashSet<>();
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
                    if (!java.util.Collections.disjoint(cues.at(k), SALAD_WORDS)) {
                        loaded++;
                    }
                    if (cues.covers(k, Cue.ACTOR_SELF) || cues.covers(k, Cue.ACTOR_WE)) {
                        subject = true;
                    }
                }
            }
            boolean repeated = words >= 3 && !seen.add(key.toString());
            boolean hiring = cues.any(Cue.HIRING_CONTEXT, from, to - 1);
            boolean anyActor = false;
            for (int k = from; k < to; k++) {
                for (Cue a : ACTORS) {
                    anyActor |= cues.covers(k, a);
                }
            }
            boolean salad = !subject && loaded >= 4 && loaded * 2 >= words;
            boolean content = false;
            for (int k = i; k < j; k++) {
                Clause c = clauses.get(k);
                c.repeated = repeated;
                c.salad = salad;
                c.hiringSentence = hiring;
                c.sentenceHasActor = anyActor;
                if (c.link == Link.CONTRAST || (content && ownSelfSubject(cues, c)) || meansClause(tokens, c)) {
                    content = false;
                }
                if (k > i && c.link == Link.SUB && startsCue(cues, c.from, Cue.CONTENT_OPENER)
                        && contentHeadBefore(cues, clauses.get(k - 1).from, c.from)) {
                    content = true;
                }
                c.content = content;
            }
            i = j;
        }
    }

    /** "... by moderating r/x": how something was learned is something done. */
    private static boolean meansClause(List<Token> tokens, Clause c) {
        Token first = tokens.get(c.from);
        return first.is("by") || first.is("through") || first.is("via") || first.is("from");
    }

    private static boolean ownSelfSubject(CueIndex cues, Clause c) {
        return cues.any(Cue.ACTOR_SELF, c.from, Math.min(c.to - 1, c.from + 2))
                || cues.any(Cue.ACTOR_WE, c.from, Math.min(c.to - 1, c.from + 2));
    }

    // ---------------------------------------------------------------- one clause

    private static void read(List<Token> tokens, String[] stems, CueIndex cues, Morphology morphology, Clause c,
                             Clause before, boolean jobContext) {
        findPredicate(tokens, stems, cues, morphology, c);
        if (c.predicate >= 0 && c.predicateLast == c.predicate && before != null && before.activity == null
                && c.link == Link.COORD && c.venues.isEmpty() && wordsIn(tokens, c) <= 1) {
            c.bareListItem = true;
        }
        int end = c.predicate >= 0 ? c.predicate : c.to;
        // actor: the nearest subject before the predicate (the first one when there is none), else the clause this
        // one is coordinated with
        for (int k = c.from; k < end; k++) {
            int i = c.predicate >= 0 ? end - 1 - (k - c.from) : k;
            Cue actor = actorAt(cues, i, c.predicate);
            if (actor != null) {
                c.actor = switch (actor) {
                    case ACTOR_SELF -> Actor.CANDIDATE;
                    case ACTOR_WE -> Actor.CANDIDATE_WITH_OTHERS;
                    case ACTOR_EMPLOYER -> Actor.EMPLOYER_OR_CLIENTS;
                    case ACTOR_OTHERS -> Actor.OTHERS;
                    default -> Actor.PEOPLE_IN_GENERAL;
                };
                c.ownSubject = true;
                break;
            }
        }
        if (c.actor == null && c.predicate > c.from && cues.covers(previousWord(tokens, c.from, c.predicate), Cue.PEOPLE_NOUN)) {
            c.actor = Actor.OTHERS; // "members share", "people ask"
            c.ownSubject = true;
        }
        if (c.actor == null && c.predicate > c.from) {
            int aux = previousWord(tokens, c.from, c.predicate);
            int subject = aux >= 0 ? previousWord(tokens, c.from, aux) : -1;
            String a = aux >= 0 ? tokens.get(aux).form() : "";
            if (subject >= 0 && (a.equals("are") || a.equals("is") || a.equals("were") || a.equals("was"))
                    && actorAt(cues, subject) == null && !cues.covers(subject, Cue.ADVERB)) {
                c.actor = Actor.OTHERS; // "whatever the newsletter operators are publishing"
                c.ownSubject = true;
            }
        }
        if (c.actor == null && c.from > 0 && (tokens.get(c.from).is("who") || tokens.get(c.from).is("whose"))
                && antecedentIsOthers(tokens, cues, c.from)) {
            c.actor = Actor.OTHERS; // "people who post every day"
            c.ownSubject = true;
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
            c.actor = before != null && before.actor != null ? before.actor : Actor.CANDIDATE;
        }
        // mode: the clause's own cues before the predicate's end, else inherited through coordination
        int modeEnd = c.predicate >= 0 ? c.predicateLast : c.to - 1;
        if (cues.any(Cue.NEGATION, c.from, modeEnd)) {
            c.mode = Mode.NEGATED;
        } else if (cues.any(Cue.MODAL_OBLIGATION, c.from, modeEnd)) {
            c.mode = Mode.OBLIGATION;
        } else if (cues.any(Cue.MODAL_WISH, c.from, modeEnd) || cues.any(Cue.TIME_FUTURE, c.from, c.to - 1)) {
            c.mode = Mode.WISH;
        } else if (cues.any(Cue.MODAL_HYPOTHETICAL, c.from, modeEnd) || cues.any(Cue.CONDITIONAL, c.from, modeEnd)
                || c.hiringSentence) {
            c.mode = Mode.HYPOTHETICAL;
        } else if (c.content || cues.any(Cue.GENERAL_STATEMENT, c.from, c.to - 1)) {
            c.mode = Mode.REPORTED;
        } else if (before != null && !c.ownSubject && c.link == Link.COORD && before.mode != Mode.REPORTED) {
            c.mode = before.mode;
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
        boolean founded = c.activity == Activity.LEAD && c.predicate >= 0
                && cues.any(Cue.ACT_FOUND, c.predicate, c.predicateLast);
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
                || businessAccount(cues, c)
                || (jobContext && cues.any(Cue.OWNER_WEAK, c.from, c.to - 1))
                || (before != null && before.workAccount && c.link != Link.CONTRAST
                && (c.venues.isEmpty() || (!c.ownSubject && c.link == Link.COORD)));
        if (c.actor == Actor.CANDIDATE_WITH_OTHERS && (c.workAccount || jobContext)) {
            c.actor = Actor.EMPLOYER_OR_CLIENTS; // "we" when the answer is about the candidate's job is the employer
        }
    }

    private static boolean antecedentIsOthers(List<Token> tokens, CueIndex cues, int relative) {
        int k = relative - 1;
        while (k >= 0 && !tokens.get(k).isWord()) {
            k--;
        }
        for (int j = Math.max(0, k - 4); j < k; j++) {
            if (tokens.get(j).is("one") && j + 1 < tokens.size() && tokens.get(j + 1).is("of")) {
                return false; // "I'm one of the people who greet every newcomer"
            }
        }
        return k >= 0 && (cues.covers(k, Cue.PEOPLE_NOUN) || cues.covers(k, Cue.ACTOR_OTHERS)
                || cues.covers(k, Cue.ACTOR_GENERIC));
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

    /** The actor phrase starting at token i, unless it runs into the predicate ("one of the mods"). */
    private static Cue actorAt(CueIndex cues, int i, int predicate) {
        for (PhraseMatcher.Match<Cue> m : cues.startingAt(i)) {
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

    private static int wordsIn(List<Token> tokens, Clause c) {
        int n = 0;
        for (int i = c.from; i < c.to; i++) {
            if (tokens.get(i).isWord() && !tokens.get(i).is("and") && !tokens.get(i).is("or")) {
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
            List<PhraseMatcher.Match<Cue>> here = new ArrayList<>(cues.startingAt(i));
            here.sort(java.util.Comparator.comparingInt((PhraseMatcher.Match<Cue> m) -> -(m.last() - m.first()))
                    .thenComparingInt(m -> PRIORITY.indexOf(m.payload())));
            for (PhraseMatcher.Match<Cue> m : here) {
                Cue cue = m.payload();
                if (!cue.isActivity() || insideFunctionPhrase(cues, m)) {
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
        boolean role = cue == Cue.ROLE_LEAD || cue == Cue.ROLE_MEMBER || cue == Cue.ROLE_HELPER
                || (!multiword && pos == Morphology.Pos.AGENT);
        if (role && pos == Morphology.Pos.NOUN) {
            return null; // "moderation" shares the stem of "moderator" but names no one
        }
        if (role) {
            boolean copula = prev < 0 || cues.any(Cue.COPULA, Math.max(c.from, m.first() - 4), m.first() - 1);
            if (!copula) {
                return null;
            }
            return cue == Cue.ROLE_MEMBER || cue == Cue.ROLE_HELPER ? Activity.of(cue)
                    : pos == Morphology.Pos.AGENT && cue != Cue.ROLE_LEAD ? Activity.of(cue) : Activity.LEAD;
        }
        if (!multiword && pos == Morphology.Pos.NOUN) {
            return null;
        }
        if (prev >= 0 && !multiword && nounContext(tokens, cues, prev)) {
            return null;
        }
        int prev2 = prev >= 0 ? previousWord(tokens, c.from, prev) : -1;
        if (prev2 >= 0 && !multiword && !verbCanFollow(cues, prev)
                && (cues.covers(prev2, Cue.DETERMINER) || cues.covers(prev2, Cue.POSSESSIVE_SELF)
                || cues.covers(prev2, Cue.POSSESSIVE_WE) || cues.covers(prev2, Cue.POSSESSIVE_OTHER))) {
            return null; // "the Hootsuite blog", "a weekly post"
        }
        if (prev >= 0 && !multiword && morphology.ambiguousWithPlural(tokens.get(m.first()).form())
                && !verbCanFollow(cues, prev)) {
            return null; // "tag posts", "read comments": a plural noun after a verb
        }
        if (cue == Cue.ACT_ANSWER) {
            int look = Math.min(c.to - 1, m.last() + 5);
            for (int i = m.last() + 1; i <= look; i++) {
                if (cues.covers(i, Cue.QUESTION_NOUN) || cues.covers(i, Cue.PEOPLE_NOUN)) {
                    return Activity.HELP; // "I answer Terraform questions", "I answer beginners"
                }
            }
            return Activity.COMMENT;
        }
        if (cue == Cue.ACT_CREATE) {
            int look = Math.min(c.to - 1, m.last() + 6);
            for (int i = m.last() + 1; i <= look; i++) {
                if (cues.covers(i, Cue.CONTENT_NOUN) || isVenueToken(tokens.get(i)) || cues.covers(i, Cue.VENUE_GENERIC)
                        || cues.covers(i, Cue.LEARNING_OBJECT) || cues.covers(i, Cue.COMMUNITY_NOUN)) {
                    return cues.covers(i, Cue.COMMUNITY_NOUN) && !cues.covers(i, Cue.CONTENT_NOUN) ? Activity.LEAD
                            : Activity.POST;
                }
            }
            return c.venues.isEmpty() ? null : Activity.POST;
        }
        if (cue == Cue.ACT_FOUND) {
            int look = Math.min(c.to - 1, m.last() + 9);
            for (int i = m.last() + 1; i <= look; i++) {
                if (cues.covers(i, Cue.COMMUNITY_NOUN) || isVenueToken(tokens.get(i)) || cues.covers(i, Cue.VENUE_GENERIC)
                        || venueAt(c, i)) {
                    return Activity.LEAD;
                }
                if (cues.covers(i, Cue.CONTENT_NOUN)) {
                    return Activity.POST;
                }
            }
            return null;
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
                Activity a = accept(tokens, stems, cues, morphology, c, m);
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

    private static boolean venueAt(Clause c, int token) {
        for (Venue v : c.venues) {
            if (token >= v.first() && token <= v.last() && v.kind() == VenueKind.PUBLIC) {
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
        if (tokens.get(prev).is("to")) {
            return false; // infinitive: "I try to help"
        }
        for (Cue cue : NOUN_CONTEXT) {
            if (cues.covers(prev, cue)) {
                return true;
            }
        }
        return false;
    }

    private static boolean verbCanFollow(CueIndex cues, int prev) {
        for (Cue cue : cues.at(prev)) {
            if (BEFORE_VERB.contains(cue)) {
                return true;
            }
        }
        return false;
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
                    if (next.activity != null) {
                        break;
                    }
                    c.venues.addAll(next.venues);
                }
                for (int j = k - 1; c.venues.isEmpty() && j >= 0 && clauses.get(j).sentence == c.sentence; j--) {
                    c.venues.addAll(clauses.get(j).venues);
                }
                if (c.venues.isEmpty() && !lastSeen.isEmpty() && c.ownSubject) {
                    c.venues.addAll(lastSeen);
                }
            }
            if (!c.venues.isEmpty()) {
                lastSeen = List.copyOf(c.venues);
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

    private static Claim claim(List<Token> tokens, Clause c) {
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
        // writing up, posting and promoting after an event happen online; organizing and attending it do not
        boolean eventActivity = activity == Activity.LEAD || activity == Activity.ACCOUNT || activity == Activity.HELP
                || activity == Activity.MENTOR || activity == Activity.CONVERSE || activity == Activity.CONSUME;
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
            reason = "no public venue: the answer names only private or offline places, or the job";
        } else if (privateVenue) {
            reason = "in a private or workplace channel, not public";
        } else if (offlineVenue) {
            reason = "offline, not on social media";
        }
        return new Claim(activity, c.actor, c.time, c.mode, c.frequency, c.venues, start, end, c.pastEvent,
                c.workAccount, reason == null, reason);
    }
}
