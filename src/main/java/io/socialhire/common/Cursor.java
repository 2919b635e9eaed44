package io.socialhire.common;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;

/**
 * Position in a list ordered by (createdAt, id). Opaque to clients: base64url of
 * "v1|epochMicros|uuid". Keyset positions never repeat or skip rows when others are inserted.
 */
public record Cursor(Instant createdAt, UUID id) {

    private static final String VERSION = "v1";

    public String encode() {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, createdAt);
        String raw = VERSION + "|" + micros + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor from a request; anything malformed is the client's mistake (400). */
    public static Cursor decode(String cursor) {
        if (cursor.length() > 200) {
            throw invalid();
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|", -1);
            if (parts.length != 3 || !VERSION.equals(parts[0])) {
                throw invalid();
            }
            Instant createdAt = Instant.EPOCH.plus(Long.parseLong(parts[1]), ChronoUnit.MICROS);
            if (!PageParams.inRange(createdAt)) {
                throw invalid(); // no row was ever created then: a forged position
            }
            return new Cursor(createdAt, UUID.fromString(parts[2]));
        } catch (IllegalArgumentException | ArithmeticException | java.time.DateTimeException e) {
            throw invalid();
        }
    }

    private static ApiException invalid() {
        return ApiException.invalid("cursor", "is not a cursor this API issued; use the nextCursor of a previous page");
    }
}
