package io.socialhire.engine.criteria;

import io.socialhire.engine.RoleProfile;
import io.socialhire.engine.claims.Claim;
import java.util.List;

/**
 * Computes one criterion's level (0..4) from an answer's claims. A rubric version names the scorer of each criterion
 * ({@code "scorer": "two_way_interaction"}); {@link Scorers} holds them by name.
 */
public interface CriterionScorer {

    /** A level, why, and the claims that back it. */
    record Level(int level, String rationale, List<Claim> support) {
        public Level {
            support = List.copyOf(support);
        }
    }

    Level score(Evidence evidence, RoleProfile role);
}
