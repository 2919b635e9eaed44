package io.socialhire.common;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Parsing of the list parameters paged endpoints share, with 400s that name the parameter. */
public final class PageParams {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    private PageParams() {
    }

    public static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.strip());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw ApiException.invalid("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }

    /** An RFC 3339 time filter (updatedSince, from, to), or null when absent. */
    public static Instant timestamp(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(name, "must be an RFC 3339 timestamp such as 2026-11-01T00:00:00Z");
        }
    }

    /** The decoded cursor, or null for the first page. */
    public static Cursor cursor(String cursor) {
        return cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor);
    }
}
