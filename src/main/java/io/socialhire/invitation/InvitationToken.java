package io.socialhire.invitation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A link token of an invitation (the candidate's page, the report page): 32 random bytes (256
 * bits) in base64url, stored only as its SHA-256, like API keys. With 256 random bits a lookup by
 * hash tells a guesser nothing, so no slow hash and no constant-time comparison are needed.
 */
record InvitationToken(String value) {

    private static final Pattern FORMAT = Pattern.compile("^[A-Za-z0-9_-]{43}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    static InvitationToken generate() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return new InvitationToken(Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** The token in a link, or empty when it cannot be one this service made. */
    static Optional<InvitationToken> parse(String value) {
        return value != null && FORMAT.matcher(value).matches() ? Optional.of(new InvitationToken(value)) : Optional.empty();
    }

    byte[] hash() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "InvitationToken[…]"; // never the secret, even in logs
    }
}
