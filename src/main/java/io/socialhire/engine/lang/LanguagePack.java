package io.socialhire.engine.lang;

import com.fasterxml.jackson.databind.JsonNode;
import io.socialhire.engine.text.TextFold;
import io.socialhire.engine.text.Token;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One language as the engine reads it, built from its lexicon file: function words (to detect it), a stemmer,
 * suffix tables, and the phrases of every {@link Cue}. A language exists for the engine because its file is bound
 * into the rubric version; nothing else lists languages.
 */
public final class LanguagePack {
    private final String code;
    private final String name;
    private final Set<String> functionWords;
    private final Set<String> elisions;
    private final Stemmer stemmer;
    private final Morphology morphology;
    private final PhraseMatcher<Cue> cues;
    private final PhraseMatcher<String> genericVenues;
    private final Map<Cue, Integer> cuePhraseCounts;
    private final Map<String, String[]> spellings;
    /**
     * Each lexicon stem by its skeleton (double letters made single), when no other stem shares the skeleton: a word
     * the lexicon does not know whose skeleton is here is a doubled-letter slip ("acounts", "comunity", "modderate").
     */
    private final Map<String, String> stemBySkeleton;
    private final Set<String> knownStems;
    /** Shortest word read as a possible slip: shorter words have too many real neighbours. */
    private static final int SLIP_MIN_LENGTH = 5;
    /**
     * The stem {@link #stems} gives each word form seen, up to a bound: answers reuse a small vocabulary, so most words
     * cost one lookup instead of the stemmer's, the lexicon's and the skeleton's. Shared by every thread.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, String> stemByForm =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int STEM_CACHE_LIMIT = 50_000;

    private LanguagePack(String code, String name, Set<String> functionWords, Set<String> elisions, Stemmer stemmer,
                         Morphology morphology, PhraseMatcher<Cue> cues, PhraseMatcher<String> genericVenues,
                         Map<Cue, Integer> cuePhraseCounts, Map<String, String[]> spellings) {
        this.spellings = spellings;
        this.code = code;
        this.name = name;
        this.functionWords = functionWords;
        this.elisions = elisions;
        this.stemmer = stemmer;
        this.morphology = morphology;
        this.cues = cues;
        this.genericVenues = genericVenues;
        this.cuePhraseCounts = cuePhraseCounts;
        Set<String> known = new java.util.HashSet<>();
        cues.collectWords(known);
        genericVenues.collectWords(known);
        Map<String, String> bySkeleton = new java.util.HashMap<>();
        Set<String> shared = new java.util.HashSet<>();
        for (String stem : known) {
            if (stem.length() >= SLIP_MIN_LENGTH - 1 && bySkeleton.putIfAbsent(skeleton(stem), stem) != null) {
                shared.add(skeleton(stem));
            }
        }
        bySkeleton.keySet().removeAll(shared);
        bySkeleton.keySet().removeIf(k -> known.contains(k) && !bySkeleton.get(k).equals(k));
        this.knownStems = known;
        this.stemBySkeleton = bySkeleton;
    }

    /**
     * Builds a pack from its lexicon document; every problem is added to {@code problems} as "path: message".
     *
     * @return the pack, or null when the document has problems
     */
    public static LanguagePack parse(JsonNode doc, String path, List<String> problems) {
        int before = problems.size();
        String code = text(doc, "language", path, problems);
        String name = text(doc, "name", path, problems);
        String stemmerName = text(doc, "stemmer", path, problems);
        Stemmer stemmer = null;
        if (stemmerName != null) {
            try {
                stemmer = Stemmer.of(stemmerName);
            } catch (IllegalArgumentException e) {
                problems.add(path + ".stemmer: " + e.getMessage());
            }
        }
        Set<String> functionWords = foldedSet(doc.get("functionWords"), path + ".functionWords", problems);
        if (functionWords.size() < 10) {
            problems.add(path + ".functionWords: at least 10 words are needed to recognise the language");
        }
        Set<String> elisions = foldedSet(doc.get("elisions"), path + ".elisions", problems);
        Morphology morphology = morphology(doc.path("morphology"), path + ".morphology", problems);
        PhraseMatcher<Cue> cues = new PhraseMatcher<>(stemmer);
        Map<Cue, Integer> counts = new EnumMap<>(Cue.class);
        JsonNode cueNode = doc.get("cues");
        if (cueNode == null || !cueNode.isObject()) {
            problems.add(path + ".cues: required object of cue -> phrases");
        } else {
            Iterator<Map.Entry<String, JsonNode>> it = cueNode.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                Cue cue;
                try {
                    cue = Cue.fromJson(e.getKey());
                } catch (IllegalArgumentException ex) {
                    problems.add(path + ".cues." + e.getKey() + ": unknown cue");
                    continue;
                }
                for (String phrase : strings(e.getValue(), path + ".cues." + e.getKey(), problems)) {
                    if (cues.add(phrase, cue)) {
                        counts.merge(cue, 1, Integer::sum);
                    }
                }
            }
        }
        PhraseMatcher<String> venues = new PhraseMatcher<>(stemmer);
        JsonNode venueNode = doc.get("genericVenues");
        if (venueNode != null && venueNode.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = venueNode.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                for (String phrase : strings(e.getValue(), path + ".genericVenues." + e.getKey(), problems)) {
                    venues.add(phrase, e.getKey());
                }
            }
        }
        if (problems.size() > before) {
            return null;
        }
        Map<String, String[]> spellings = new java.util.HashMap<>();
        JsonNode sp = doc.path("spellings");
        Iterator<Map.Entry<String, JsonNode>> spIt = sp.fields();
        while (spIt.hasNext()) {
            Map.Entry<String, JsonNode> e = spIt.next();
            spellings.put(TextFold.fold(e.getKey()), TextFold.fold(e.getValue().asText()).split(" "));
        }
        return new LanguagePack(code, name, functionWords, elisions, stemmer, morphology, cues, venues, counts, spellings);
    }

    private static Morphology morphology(JsonNode m, String path, List<String> problems) {
        List<Morphology.Ending> endings = new ArrayList<>();
        JsonNode e = m.path("endings");
        for (int i = 0; i < e.size(); i++) {
            JsonNode row = e.get(i);
            try {
                endings.add(new Morphology.Ending(TextFold.fold(row.path("suffix").asText()),
                        Morphology.Tense.valueOf(row.path("tense").asText("unknown").toUpperCase(Locale.ROOT)),
                        Morphology.Person.valueOf(row.path("person").asText("unknown").toUpperCase(Locale.ROOT)),
                        row.path("minLength").asInt(4)));
            } catch (IllegalArgumentException ex) {
                problems.add(path + ".endings[" + i + "]: tense must be present|past|future|conditional|nonfinite|unknown"
                        + " and person first_singular|first_plural|other|unknown");
            }
        }
        return new Morphology(new ArrayList<>(foldedSet(m.get("nounSuffixes"), path + ".nounSuffixes", problems)),
                new ArrayList<>(foldedSet(m.get("agentSuffixes"), path + ".agentSuffixes", problems)), endings,
                foldedSet(m.get("pastForms"), path + ".pastForms", problems),
                foldedSet(m.get("nonPastForms"), path + ".nonPastForms", problems),
                new ArrayList<>(foldedSet(m.get("strictVerbSuffixes"), path + ".strictVerbSuffixes", problems)),
                m.path("verbFinal").asBoolean(false), m.path("negationAfterVerb").asBoolean(false));
    }

    private static String text(JsonNode doc, String field, String path, List<String> problems) {
        JsonNode v = doc.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            problems.add(path + "." + field + ": required text");
            return null;
        }
        return v.asText();
    }

    private static List<String> strings(JsonNode node, String path, List<String> problems) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isArray()) {
            problems.add(path + ": expected an array of strings");
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isTextual() || node.get(i).asText().isBlank()) {
                problems.add(path + "[" + i + "]: expected a non-empty string");
            } else {
                out.add(node.get(i).asText());
            }
        }
        return out;
    }

    private static Set<String> foldedSet(JsonNode node, String path, List<String> problems) {
        Set<String> out = new HashSet<>();
        for (String s : strings(node, path, problems)) {
            out.add(TextFold.fold(s.trim()));
        }
        return out;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public boolean isFunctionWord(String form) {
        return functionWords.contains(form);
    }

    public Set<String> functionWords() {
        return functionWords;
    }

    public Morphology morphology() {
        return morphology;
    }

    /** How many phrases the file gives per cue (for tests and documentation). */
    public Map<Cue, Integer> cuePhraseCounts() {
        return cuePhraseCounts;
    }

    /**
     * Informal and abbreviated spellings in their standard form ("ppl" people, "thru" through, "rn" right now): one
     * token may become several, all spanning the original word.
     */
    public List<Token> normalizeSpellings(List<Token> tokens) {
        if (spellings.isEmpty()) {
            return tokens;
        }
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            String[] standard = t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.SYMBOL ? spellings.get(t.form()) : null;
            if (standard == null) {
                out.add(t);
                continue;
            }
            for (String w : standard) {
                out.add(new Token(t.start(), t.end(), w, Token.Kind.WORD, t.capitalized()));
            }
        }
        return out;
    }

    /**
     * Splits elided articles and pronouns off their word ({@code j'ai} becomes {@code j'} and {@code ai}) where the
     * language elides.
     */
    public List<Token> splitElisions(List<Token> tokens) {
        if (elisions.isEmpty()) {
            return tokens;
        }
        List<Token> out = new ArrayList<>(tokens.size() + 8);
        for (Token t : tokens) {
            int apostrophe = t.kind() == Token.Kind.WORD ? t.form().indexOf('\'') : -1;
            if (apostrophe > 0 && apostrophe < t.form().length() - 1
                    && elisions.contains(t.form().substring(0, apostrophe))) {
                int cut = t.start() + apostrophe + 1;
                out.add(new Token(t.start(), cut, t.form().substring(0, apostrophe + 1), Token.Kind.WORD));
                out.add(new Token(cut, t.end(), t.form().substring(apostrophe + 1), Token.Kind.WORD));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /** Stems of the word tokens (null for other tokens). */
    public String[] stems(List<Token> tokens) {
        String[] out = new String[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.WORD) {
                String form = t.form();
                String known = stemByForm.get(form);
                if (known == null) {
                    String stem = stemmer.stem(form);
                    known = form.length() < SLIP_MIN_LENGTH || knownStems.contains(stem) ? stem
                            : stemBySkeleton.getOrDefault(skeleton(stem), stem);
                    if (form.length() < 40 && stemByForm.size() < STEM_CACHE_LIMIT) {
                        stemByForm.put(form, known);
                    }
                }
                out[i] = known;
            }
        }
        return out;
    }

    /** The word with every run of one repeated letter made single. */
    static String skeleton(String word) {
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            if (i == 0 || word.charAt(i) != word.charAt(i - 1)) {
                b.append(word.charAt(i));
            }
        }
        return b.toString();
    }

    public List<PhraseMatcher.Match<Cue>> cues(List<Token> tokens, String[] stems) {
        return cues.match(tokens, stems);
    }

    public List<PhraseMatcher.Match<String>> genericVenues(List<Token> tokens, String[] stems) {
        return genericVenues.match(tokens, stems);
    }

    @Override
    public String toString() {
        return code;
    }

    /** Function words of languages the engine recognises but does not score, keyed by language code. */
    public static Map<String, Set<String>> unsupported(JsonNode doc) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = doc.path("unsupported").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            Set<String> words = new HashSet<>();
            e.getValue().forEach(w -> words.add(TextFold.fold(w.asText())));
            out.put(e.getKey(), words);
        }
        return out;
    }
}
