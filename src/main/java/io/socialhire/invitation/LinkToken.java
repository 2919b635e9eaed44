package io.socialhire.invitation;

import io.socialhire.common.Secrets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret in a page URL: the candidate's page ({@code /a/<token>}) and the report page
 * ({@code /r/<token>}, of an invitation or a report link). 32 random bytes (256 bits) in base64url,
 * 43 characters. Only its SHA-256 is stored, as with API keys (see Secrets); the hash finds the row
 * through a unique index.
 */
public record LinkToken(String value) {

    private static final Pattern FORMAT = Pattern.compile("^[A-Za-z0-9_-]{43}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    public static LinkToken generate() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return new LinkToken(Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** The token of a URL path segment, when it has the shape of one; anything else cannot match a link. */
    public static Optional<LinkToken> parse(String value) {
        return value != null && FORMAT.matcher(value).matches() ? Optional.of(new LinkToken(value)) : Optional.empty();
    }

    public byte[] hash() {
        return Secrets.sha256(value);
    }

    public boolean matches(byte[] storedHash) {
        return Secrets.matches(value, storedHash);
    }

    @Override
    public String toString() {
        return "LinkToken[…]"; // never the secret, even in logs
    }
}
