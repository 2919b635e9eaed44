package io.socialhire.engine.claims;

import java.util.Locale;

/** Whether a claim states something done, or something wished, supposed, denied or only read about. */
public enum Mode {
    ACTUAL,
    HYPOTHETICAL,
    WISH,
    OBLIGATION,
    NEGATED,
    REPORTED;

    /** Its name in results, made once. */
    private final String json = name().toLowerCase(Locale.ROOT);

    public String jsonName() {
        return json;
    }
}
