package io.socialhire.engine.claims;

import java.util.Locale;

/** When a claim's activity happens. */
public enum TimeFrame {
    CURRENT,
    PAST,
    FUTURE;

    /** Its name in results, made once. */
    private final String json = name().toLowerCase(Locale.ROOT);

    public String jsonName() {
        return json;
    }
}
