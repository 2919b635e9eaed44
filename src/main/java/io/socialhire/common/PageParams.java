package io.socialhire.common;

/** Parsing of the list parameters every paged endpoint shares, with 400s that name the parameter. */
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

    /** The decoded cursor, or null for the first page. */
    public static Cursor cursor(String cursor) {
        return cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor);
    }
}
