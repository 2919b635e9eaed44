package io.socialhire.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Hashing of random secrets (API keys, report tokens): SHA-256, because with 256 random bits a slow
 * password hash adds nothing, and constant-time comparison, so timing tells nothing about how much of
 * a guess was right.
 */
public final class Secrets {

    private Secrets() {
    }

    /** SHA-256 of the text's UTF-8 bytes (the same as its ASCII bytes for the secrets' alphabets). */
    public static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Whether the secret hashes to the stored hash, in constant time. */
    public static boolean matches(String secret, byte[] storedHash) {
        return MessageDigest.isEqual(sha256(secret), storedHash);
    }
}
