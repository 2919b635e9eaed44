package io.socialhire.engine.claims;

import java.util.Locale;

/** Where participation happens: only public venues are social media participation in the rating guide's sense. */
public enum VenueKind {
    PUBLIC,
    PRIVATE,
    OFFLINE;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
