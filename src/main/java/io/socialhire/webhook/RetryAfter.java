package io.socialhire.webhook;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** A receiver's Retry-After header (RFC 9110): delay seconds or an HTTP date. */
final class RetryAfter {

    private RetryAfter() {
    }

    /** The wait it asks for from now; null when it is neither form or asks for no wait at all. */
    static Duration parse(String value) {
        return parse(value, Instant.now());
    }

    static Duration parse(String value, Instant now) {
        String v = value.strip();
        if (v.matches("\\d{1,10}")) {
            long seconds = Long.parseLong(v);
            return seconds == 0 ? null : Duration.ofSeconds(seconds);
        }
        try {
            Duration wait = Duration.between(now, ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            return wait.isNegative() || wait.isZero() ? null : wait;
        } catch (DateTimeParseException e) {
            return null; // not a form the header has: the schedule alone decides
        }
    }
}
