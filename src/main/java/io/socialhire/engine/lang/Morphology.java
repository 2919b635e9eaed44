package io.socialhire.engine.lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a word's form says beyond its stem: noun or verb, tense, person. Read from the language file's suffix
 * tables, so it is as good as those tables and no better; the claim reader uses it only for words that already
 * matched an activity lemma.
 */
public final class Morphology {

    public enum Pos { VERB, NOUN, AGENT }

    public enum Tense { PRESENT, PAST, FUTURE, CONDITIONAL, NONFINITE, UNKNOWN }

    public enum Person { FIRST_SINGULAR, FIRST_PLURAL, OTHER, UNKNOWN }

    public record Form(Pos pos, Tense tense, Person person) {
        static final Form PLAIN = new Form(Pos.VERB, Tense.UNKNOWN, Person.UNKNOWN);
    }

    /** A suffix rule: a word of at least {@code minLength} ending in {@code suffix} has this tense and person. */
    public record Ending(String suffix, Tense tense, Person person, int minLength) {
    }

    private final List<String> nounSuffixes;
    private final List<String> agentSuffixes;
    private final List<Ending> endings;
    private final Set<String> pastForms;
    private final Set<String> nonPastForms;
    private final List<String> strictVerbSuffixes;
    private final boolean verbFinal;
    private final boolean negationAfterVerb;
    /**
     * Analyses of forms seen, up to a bound, with the stem each was analysed with: answers reuse a small vocabulary,
     * and the suffix tables are read word by word. Shared by every thread; an analysis depends on form and stem only.
     */
    private final ConcurrentHashMap<String, Analysed> analysed = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 50_000;

    private record Analysed(String stem, Form form) {
    }

    public Morphology(List<String> nounSuffixes, List<String> agentSuffixes, List<Ending> endings, Set<String> pastForms,
                      Set<String> nonPastForms, List<String> strictVerbSuffixes, boolean verbFinal,
                      boolean negationAfterVerb) {
        this.negationAfterVerb = negationAfterVerb || verbFinal;
        this.strictVerbSuffixes = List.copyOf(strictVerbSuffixes);
        this.verbFinal = verbFinal;
        this.nounSuffixes = List.copyOf(nounSuffixes);
        this.agentSuffixes = List.copyOf(agentSuffixes);
        List<Ending> sorted = new ArrayList<>(endings);
        sorted.sort(Comparator.comparingInt((Ending e) -> e.suffix().length()).reversed());
        this.endings = List.copyOf(sorted);
        this.pastForms = Set.copyOf(pastForms);
        this.nonPastForms = Set.copyOf(nonPastForms);
    }

    /**
     * @param form the folded word
     * @param stem its stem; noun and agent suffixes are looked for in what the word adds to it, so "comment" stays a
     *             verb while "moderation" (moder + ation) is a noun and "moderator" an agent
     */
    public Form analyze(String form, String stem) {
        Analysed seen = analysed.get(form);
        if (seen != null && Objects.equals(seen.stem(), stem)) {
            return seen.form();
        }
        Form result = read(form, stem);
        if (seen == null && form.length() < 40 && analysed.size() < CACHE_LIMIT) {
            analysed.put(form, new Analysed(stem, result));
        }
        return result;
    }

    private Form read(String form, String stem) {
        String added = stem != null && form.startsWith(stem) ? form.substring(stem.length()) : form;
        for (String s : nounSuffixes) {
            if (added.endsWith(s) && form.length() > s.length() + 2) {
                return new Form(Pos.NOUN, Tense.UNKNOWN, Person.UNKNOWN);
            }
        }
        for (String s : agentSuffixes) {
            if (added.endsWith(s) && form.length() > s.length() + 2) {
                return new Form(Pos.AGENT, Tense.UNKNOWN, Person.UNKNOWN);
            }
        }
        if (pastForms.contains(form)) {
            return new Form(Pos.VERB, Tense.PAST, Person.UNKNOWN);
        }
        if (nonPastForms.contains(form)) {
            return Form.PLAIN;
        }
        for (Ending e : endings) {
            if (form.length() >= e.minLength() && form.endsWith(e.suffix())) {
                return new Form(Pos.VERB, e.tense(), e.person());
            }
        }
        return Form.PLAIN;
    }

    /**
     * Whether verbs may close the clause and subjects follow the verb (German): then objects and subjects are looked for
     * on both sides of the verb, negation anywhere in the clause, and a determiner two words back proves nothing.
     */
    public boolean verbFinal() {
        return verbFinal;
    }

    /** Whether negation may follow the verb ("je poste plus", "ich poste nie"): then it counts anywhere in the clause. */
    public boolean negationAfterVerb() {
        return negationAfterVerb;
    }

    /**
     * Whether the form is also a plural noun ("posts", "comments", "replies"), so it reads as a verb only right after a
     * subject, adverb, auxiliary or conjunction.
     */
    public boolean ambiguousWithPlural(String form) {
        for (String s : strictVerbSuffixes) {
            if (form.endsWith(s)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word form (any word, not only activities) reads as past by the suffix tables: auxiliaries, participles. */
    public boolean isPastForm(String form) {
        return pastForms.contains(form);
    }
}
