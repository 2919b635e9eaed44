package io.socialhire.engine.claims;

import java.util.Locale;

/** Who does what a claim describes. Only the candidate's own participation (alone or with others) earns credit. */
public enum Actor {
    CANDIDATE,
    CANDIDATE_WITH_OTHERS,
    EMPLOYER_OR_CLIENTS,
    OTHERS,
    PEOPLE_IN_GENERAL;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isCandidate() {
        return this == CANDIDATE || this == CANDIDATE_WITH_OTHERS;
    }
}
