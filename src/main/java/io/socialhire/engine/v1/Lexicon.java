package io.socialhire.engine.v1;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Phrases of one language, by category. Entries are lower case; a trailing {@code *} marks a prefix entry.
 * Matching is done on the folded answer (lower case, diacritics removed) at word boundaries.
 */
public record Lexicon(String language, String name, boolean supported, Map<String, List<String>> categories) {

    /** Categories the engine understands. Signal categories are also listed in rubric "signals". */
    public static final Set<String> KNOWN_CATEGORIES = Set.of(
            "function_words", "subject_pronouns", "clause_break",
            "consume", "presence", "react", "comment", "create", "converse", "lead", "help", "promote_others",
            "mentor", "learn_share", "ask_feedback", "broadcast",
            "frequency", "recency", "current", "past", "past_weak", "negation", "negation_exception",
            "hypothetical", "hypothetical_exception", "general", "vanity_metric", "vanity_phrase", "private",
            "offline", "evasive", "generic_forum", "generic_chat", "generic_blog", "generic_podcast",
            "generic_group", "community_nouns", "social_objects");

    /** Signal kinds a rubric may give credit for. */
    public static final List<String> SIGNAL_CATEGORIES = List.of(
            "consume", "presence", "react", "broadcast", "comment", "create", "converse", "lead", "help",
            "promote_others", "mentor", "learn_share", "ask_feedback");

    public List<String> get(String category) {
        return categories.getOrDefault(category, List.of());
    }
}
