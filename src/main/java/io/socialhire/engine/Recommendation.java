package io.socialhire.engine;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** ATS-style overall recommendation; JSON form is lower_snake_case ({@code strong_yes}). */
public enum Recommendation {
    DEFINITELY_NOT, NO, MIXED, YES, STRONG_YES;

    @JsonValue
    public String jsonValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the JSON form (case-insensitive); throws IllegalArgumentException on unknown values. */
    @JsonCreator
    public static Recommendation fromJson(String value) {
        if (value != null) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            for (Recommendation r : values()) {
                if (r.jsonValue().equals(v)) {
                    return r;
                }
            }
        }
        throw new IllegalArgumentException("unknown recommendation: " + value
                + " (expected definitely_not|no|mixed|yes|strong_yes)");
    }
}
