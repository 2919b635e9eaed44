package io.socialhire.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Secrets the service must read back later (a report token for a link sent to an ATS, a customer's
 * ATS API key), sealed with AES-256-GCM under {@code socialhire.secrets.key}: a fresh 12-byte nonce
 * per seal, stored in front of the ciphertext and its tag, so a sealed value reveals nothing and any
 * change to it fails to open. Without a key nothing can be sealed; what needs sealing is then refused
 * by its caller (see {@link #available()}).
 */
@ApplicationScoped
public class SecretBox {

    /** The environment variable operators set; named in the problems that need it. */
    public static final String ENV = "SOCIALHIRE_SECRETS_KEY";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Optional<SecretKey> key;

    @Inject
    public SecretBox(SocialhireConfig config) {
        this(config.secrets().key());
    }

    SecretBox(Optional<String> base64Key) {
        this.key = base64Key.filter(k -> !k.isBlank()).map(SecretBox::decode);
    }

    private static SecretKey decode(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(ENV + " (socialhire.secrets.key) is not base64");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(ENV + " (socialhire.secrets.key) must be 32 bytes in base64, not " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    /** Whether a key is configured, so secrets can be sealed and opened. */
    public boolean available() {
        return key.isPresent();
    }

    /** The text sealed: nonce, ciphertext and tag; empty when no key is configured. */
    public Optional<byte[]> seal(String plain) {
        if (key.isEmpty()) {
            return Optional.empty();
        }
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key.get(), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Optional.of(ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /**
     * The text a {@link #seal} produced; empty when there is nothing to open, no key is configured,
     * or the value was sealed under another key or changed since.
     */
    public Optional<String> open(byte[] sealed) {
        if (key.isEmpty() || sealed == null || sealed.length <= NONCE_BYTES) {
            return Optional.empty();
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.get(), new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            return Optional.of(new String(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES), StandardCharsets.UTF_8));
        } catch (javax.crypto.AEADBadTagException e) {
            return Optional.empty(); // another key, or tampered with: nothing to show
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }
}
