package io.socialhire.engine;

/**
 * Scores answers against one immutable rubric version. Implementations are thread-safe and deterministic: the same
 * request and rubric version always give the same result.
 */
public interface ScoringEngine {

    /** Scores one answer. Never throws for any answer text (null is treated as empty). */
    ScoringResult score(ScoringRequest request);

    String rubricKey();

    int rubricVersion();

    /** The ATS recommendation this rubric version gives for a rating 1..5. */
    Recommendation recommendationFor(int rating);
}
