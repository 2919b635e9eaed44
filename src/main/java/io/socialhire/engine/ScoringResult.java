package io.socialhire.engine;

import java.util.List;

/**
 * The one result shape of every scoring. Plain records, serializable by Jackson.
 *
 * <p>Scales are fixed and documented: {@code rating} 1..5, {@code score} 0..100, each criterion level on
 * {@code min..max} (0..4). {@code rating}, {@code score} and {@code recommendation} are null when the answer was
 * not rated (language not supported); then {@code needsHumanReview} is true.
 *
 * <p>Evidence offsets ({@code start}, {@code end}) are UTF-16 code-unit indexes into the original answer string,
 * {@code start} inclusive and {@code end} exclusive, i.e. {@code answer.substring(start, end).equals(text)}.
 */
public record ScoringResult(
        Integer rating,
        Integer score,
        Recommendation recommendation,
        List<CriterionResult> criteria,
        List<ChannelResult> channels,
        List<String> flags,
        List<String> followUpQuestions,
        boolean needsHumanReview,
        List<String> reviewReasons,
        String language,
        RubricRef rubric,
        String engineVersion,
        RoleRef role,
        String summary,
        List<ClaimResult> claims,
        List<AppliedRule> appliedRules,
        List<Double> ratingProbabilities,
        SecondOpinion secondOpinion) {

    public ScoringResult {
        criteria = List.copyOf(criteria);
        channels = List.copyOf(channels);
        flags = List.copyOf(flags);
        followUpQuestions = List.copyOf(followUpQuestions);
        reviewReasons = List.copyOf(reviewReasons);
        summary = summary == null ? "" : summary;
        claims = claims == null ? List.of() : List.copyOf(claims);
        appliedRules = appliedRules == null ? List.of() : List.copyOf(appliedRules);
        ratingProbabilities = ratingProbabilities == null ? List.of() : List.copyOf(ratingProbabilities);
    }

    /**
     * One statement of the answer as the engine read it. {@code credited} is true only for the candidate's own,
     * current, actual participation in public; otherwise {@code reason} says why not, in plain words.
     *
     * @param actor     candidate | candidate_with_others | employer_or_clients | others | people_in_general
     * @param activity  consume | react | account | post | comment | converse | help | promote_others | mentor |
     *                  learn_in_public | ask_feedback | lead
     * @param time      current | past | future
     * @param mode      actual | hypothetical | wish | obligation | negated | reported
     * @param frequency regular | occasional, or null when not said
     */
    public record ClaimResult(String text, int start, int end, String actor, String activity, String description,
                              List<ClaimVenue> venues, String time, String mode, String frequency, boolean credited,
                              String reason) {
        public ClaimResult {
            venues = List.copyOf(venues);
        }
    }

    /** A venue of a claim. {@code kind}: public | private | offline. */
    public record ClaimVenue(String name, String platform, String community, String kind) {
    }

    /** A cap or floor of the rubric that changed or bounded the rating. */
    public record AppliedRule(String id, String description, String effect) {
    }

    /** The text model's rating, a second opinion that never sets the rating. */
    public record SecondOpinion(String model, int rating) {
    }

    /** A span of the answer that backs a point. {@code signal} names what was recognised (e.g. {@code comment}). */
    public record Evidence(int start, int end, String text, String signal) {
    }

    /** One rubric criterion: {@code level} on the scale {@code min..max}, its weight and the evidence. */
    public record CriterionResult(String criterion, int level, int min, int max, double weight, String rationale,
                                  List<Evidence> evidence) {
        public CriterionResult {
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * A venue detected in the answer. {@code platform} is a catalog id or null for a generic venue (a blog, a
     * forum); {@code engagement} is one of none|consuming|present|reacting|commenting|creating|leading;
     * {@code current} is true when the answer describes current, public participation there.
     */
    public record ChannelResult(String platform, String community, String handle, String engagement,
                                boolean current, List<Evidence> evidence) {
        public ChannelResult {
            evidence = List.copyOf(evidence);
        }
    }

    public record RubricRef(String key, int version) {
    }

    /** {@code matchedFrom}: role_id | role_title | default. */
    public record RoleRef(String id, String title, String matchedFrom) {
    }
}
