package io.socialhire.integration;

import io.socialhire.common.Secrets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key an ATS presents to a connector ({@code shc_} and 32 random bytes in base64url, 47
 * characters: Greenhouse takes keys under 171). Kept as its SHA-256 (see Secrets), as API keys are.
 */
public record ConnectorKey(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static ConnectorKey generate() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return new ConnectorKey("shc_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    public byte[] hash() {
        return Secrets.sha256(value);
    }

    /** The first characters, shown to tell keys apart; never enough to guess the rest. */
    public String hint() {
        return value.substring(0, 8) + "…";
    }

    @Override
    public String toString() {
        return hint(); // never the secret, even in logs
    }
}
