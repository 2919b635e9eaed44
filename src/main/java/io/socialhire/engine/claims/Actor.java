package io.socialhire.engine.claims;

import java.util.Locale;

/** Who does what a claim describes. Only the candidate's own participation (alone or with others) earns credit. */
public enum Actor {
    CANDIDATE,
    CANDIDATE_WITH_OTHERS,
    EMPLOYER_OR_CLIENTS,
    OTHERS,
    PEOPLE_IN_GENERAL;

    /** Its name in results, made once. */
    private final String json = name().toLowerCase(Locale.ROOT);

    public String jsonName() {
        return json;
    }

    public boolean isCandidate() {
        return this == CANDIDATE || this == CANDIDATE_WITH_OTHERS;
    }
}
