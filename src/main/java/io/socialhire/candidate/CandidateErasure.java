package io.socialhire.candidate;

import java.util.UUID;

/**
 * Fired inside the transaction that erases a candidate, before the candidate row goes, so that
 * features holding data about the person remove or anonymize it in the same transaction.
 */
public record CandidateErasure(UUID candidateId) {
}
