package io.socialhire.engine.claims;

import java.util.Locale;

/** Where participation happens: only public venues are social media participation in the rating guide's sense. */
public enum VenueKind {
    PUBLIC,
    PRIVATE,
    OFFLINE;

    /** Its name in results, made once. */
    private final String json = name().toLowerCase(Locale.ROOT);

    public String jsonName() {
        return json;
    }
}
