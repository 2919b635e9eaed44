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

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
