package io.socialhire.common;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Parsing of the list parameters paged endpoints share, with 400s that name the parameter. */
public final class PageParams {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    private static final Instant EARLIEST = Instant.parse("0000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

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
            Instant time = OffsetDateTime.parse(value.strip()).toInstant();
            if (inRange(time)) {
                return time;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw ApiException.invalid(name, "must be an RFC 3339 timestamp such as 2026-11-01T00:00:00Z (years 0000 to 9999)");
    }

    /**
     * Whether a time a client sent can be compared with stored ones: RFC 3339 writes years 0000 to
     * 9999, and PostgreSQL refuses times far outside them (294277 AD, 4714 BC) with an error.
     */
    static boolean inRange(Instant time) {
        return !time.isBefore(EARLIEST) && !time.isAfter(LATEST);
    }

    /** The decoded cursor, or null for the first page. */
    public static Cursor cursor(String cursor) {
        return cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor);
    }
}
