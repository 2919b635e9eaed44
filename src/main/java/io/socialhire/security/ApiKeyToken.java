package io.socialhire.security;

import io.socialhire.common.Secrets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The key format: {@code shk_<prefix>_<secret>}. The 8-character prefix is not secret and finds
 * the key's row; the secret is 32 random bytes (256 bits) in base64url. Keys are compared by
 * their SHA-256: with 256 random bits a slow password hash adds nothing.
 */
public record ApiKeyToken(String prefix, String value) {

    private static final Pattern FORMAT = Pattern.compile("^shk_([a-z0-9]{8})_([A-Za-z0-9_-]{43})$");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] PREFIX_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    public static ApiKeyToken generate() {
        StringBuilder prefix = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            prefix.append(PREFIX_ALPHABET[RANDOM.nextInt(PREFIX_ALPHABET.length)]);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new ApiKeyToken(prefix.toString(), "shk_" + prefix + "_" + encoded);
    }

    public static Optional<ApiKeyToken> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(value.strip());
        return m.matches() ? Optional.of(new ApiKeyToken(m.group(1), value.strip())) : Optional.empty();
    }

    public byte[] hash() {
        return Secrets.sha256(value);
    }

    public boolean matches(byte[] storedHash) {
        return Secrets.matches(value, storedHash);
    }

    @Override
    public String toString() {
        return "shk_" + prefix + "_…"; // never the secret, even in logs
    }
}
