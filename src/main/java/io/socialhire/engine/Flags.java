package io.socialhire.engine;

import java.util.List;

/** Flag and fact names used in results and in rubric rules (lower_snake_case). */
public final class Flags {
    private Flags() {
    }

    public static final String VANITY_METRICS = "vanity_metrics";
    public static final String PROFESSIONAL_NETWORK_ONLY = "professional_network_only";
    public static final String BROADCAST_ONLY = "broadcast_only";
    public static final String NO_CURRENT_PARTICIPATION = "no_current_participation";
    public static final String PAST_PARTICIPATION_ONLY = "past_participation_only";
    public static final String FUTURE_PLANS_ONLY = "future_plans_only";
    public static final String CONSUMING_ONLY = "consuming_only";
    public static final String DECLARED_NOT_MENTIONED = "declared_not_mentioned";
    public static final String CONTRADICTS_DECLARED_CHANNELS = "contradicts_declared_channels";
    public static final String EMPTY_OR_EVASIVE = "empty_or_evasive";
    public static final String OFF_TOPIC = "off_topic";
    public static final String GIBBERISH = "gibberish";
    public static final String KEYWORD_STUFFING = "keyword_stuffing";
    public static final String REPETITION = "repetition";
    public static final String PRIVATE_CHANNELS_ONLY = "private_channels_only";
    public static final String OFFLINE_ONLY = "offline_only";
    public static final String GENERAL_TALK = "general_talk";
    public static final String LANGUAGE_NOT_SUPPORTED = "language_not_supported";
    /** Everything described happens on an employer's or clients' accounts (participation v2 and later). */
    public static final String EMPLOYER_ACCOUNTS_ONLY = "employer_accounts_only";

    /** Every flag the engine can raise. */
    public static final List<String> ALL = List.of(VANITY_METRICS, PROFESSIONAL_NETWORK_ONLY, BROADCAST_ONLY,
            NO_CURRENT_PARTICIPATION, PAST_PARTICIPATION_ONLY, FUTURE_PLANS_ONLY, CONSUMING_ONLY,
            DECLARED_NOT_MENTIONED, CONTRADICTS_DECLARED_CHANNELS, EMPTY_OR_EVASIVE, OFF_TOPIC, GIBBERISH,
            KEYWORD_STUFFING, REPETITION, PRIVATE_CHANNELS_ONLY, OFFLINE_ONLY, GENERAL_TALK, LANGUAGE_NOT_SUPPORTED,
            EMPLOYER_ACCOUNTS_ONLY);

    /** Facts rules may test besides flags. venue_mentioned: a named venue in a clause that is not negated. */
    public static final String FACT_VENUE_MENTIONED = "venue_mentioned";
    public static final String FACT_CURRENT_PUBLIC_VENUE = "current_public_venue";
    public static final List<String> FACTS = List.of(FACT_VENUE_MENTIONED, FACT_CURRENT_PUBLIC_VENUE);

    /** Review reasons. */
    public static final String REVIEW_BORDERLINE = "borderline";
    public static final String REVIEW_VERY_SHORT = "very_short";
    public static final String REVIEW_LANGUAGE = "language_not_supported";
    public static final String REVIEW_CONTRADICTION = "contradicts_declared_channels";
    public static final String REVIEW_KEYWORD_STUFFING = "keyword_stuffing";
    /** The text model's second opinion is two or more ratings away from the engine's. */
    public static final String REVIEW_MODEL_DISAGREEMENT = "model_disagreement";
}
