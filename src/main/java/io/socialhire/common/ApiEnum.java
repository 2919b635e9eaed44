package io.socialhire.common;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** An enum that travels in JSON as its lower_snake_case name, per the API conventions. */
public interface ApiEnum {

    String name();

    @JsonValue
    default String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constant for a stored or sent value; IllegalArgumentException when there is none. */
    static <E extends Enum<E> & ApiEnum> E fromJson(Class<E> type, String value) {
        return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    }
}
