package io.socialhire.engine.claims;

import java.util.Locale;

/** When a claim's activity happens. */
public enum TimeFrame {
    CURRENT,
    PAST,
    FUTURE;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
