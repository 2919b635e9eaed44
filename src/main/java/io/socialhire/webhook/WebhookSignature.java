package io.socialhire.webhook;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.EmptyWebhookSecretException;
import com.standardwebhooks.exceptions.WebhookSigningException;
import java.security.SecureRandom;
import java.util.Base64;

/** Standard Webhooks secrets and signatures: whsec_ secrets, v1 HMAC-SHA256 over "id.timestamp.body". */
public final class WebhookSignature {

    public static final String SECRET_PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {
    }

    /** whsec_ and the base64 of 32 random bytes. */
    public static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /**
     * The webhook-signature header value: "v1," and the base64 HMAC-SHA256 of id.timestamp.body under the
     * secret's key, made by the Standard Webhooks library so that receivers using it agree byte for byte.
     */
    public static String sign(String secret, String id, long timestamp, String body) {
        try {
            return new Webhook(secret).sign(id, timestamp, body);
        } catch (EmptyWebhookSecretException | WebhookSigningException e) {
            throw new IllegalStateException("every endpoint secret is a whsec_ key of 32 bytes", e);
        }
    }
}
