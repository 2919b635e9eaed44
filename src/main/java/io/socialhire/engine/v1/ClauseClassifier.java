package io.socialhire.engine.v1;

import io.socialhire.engine.v1.TextAnalyzer.Clause;
import io.socialhire.engine.v1.TextAnalyzer.Hit;
import io.socialhire.engine.v1.TextAnalyzer.Kind;
import io.socialhire.engine.v1.TextAnalyzer.Status;
import io.socialhire.engine.v1.TextAnalyzer.Venue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides for each clause whether it describes current, public participation: negation and hypothetical cues
 * (unless an exception phrase covers them), past versus current time, general statements, private or offline
 * venues, vanity, and whether a venue anchors the clause, from the clause itself, its sentence or the last two
 * sentences. A clause of a repeated or salad sentence gets that status whatever else it says.
 */
final class ClauseClassifier {

    private static final Set<String> PUBLIC_CATEGORIES = Set.of("microblog", "video", "forum_community", "photo",
            "social_network", "developer_community", "q_and_a", "live_streaming", "blog_newsletter", "podcast",
            "professional_network");

    private ClauseClassifier() {
    }

    /**
     * Sets each clause's status, signals, effective venues and frequency, recency, number and evasive marks.
     *
     * @param repeatSentence per sentence, whether it repeats an earlier one
     * @param saladSentence per sentence, whether it is keyword salad
     * @param anyVenue whether the answer names any venue, which lets a social object anchor a clause
     * @return {anySignal, anyEvasive}: whether any clause has a signal, is evasive
     */
    static boolean[] classify(List<Clause> clauses, char[] fc, String language,
                              boolean[] repeatSentence, boolean[] saladSentence, boolean anyVenue) {
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
                if (v.category() != null && PUBLIC_CATEGORIES.contains(v.category())
                        || "community".equals(v.kind()) && v.platformId() == null) {
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
        if (e - s < 4 || !FoldedChars.regionIs(fc, e - 2, "ed")) {
            return false;
        }
        int from = Math.max(0, h.start() - 16);
        int to = h.start();
        return !(FoldedChars.containsIn(fc, from, to, "have ") || FoldedChars.containsIn(fc, from, to, "'ve ")
                || FoldedChars.containsIn(fc, from, to, "has ") || FoldedChars.containsIn(fc, from, to, "been ")
                || FoldedChars.containsIn(fc, from, to, "'s "));
    }
}
