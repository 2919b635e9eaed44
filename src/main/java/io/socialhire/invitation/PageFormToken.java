package io.socialhire.invitation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The candidate page's form token against cross-site request forgery: an HMAC-SHA256 of the form's
 * purpose, keyed with the hash of the page's link token. Only a page served at that link carries
 * it (another site can neither read the page nor compute it without the link), and nothing more
 * has to be stored or shared between instances.
 */
final class PageFormToken {

    private static final byte[] PURPOSE = "socialhire candidate page form v1".getBytes(StandardCharsets.US_ASCII);

    private PageFormToken() {
    }

    static String of(LinkToken token) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(token.hash(), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(PURPOSE));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Constant-time, so timing tells nothing about how much of a guess was right. */
    static boolean matches(LinkToken token, String sent) {
        return sent != null && MessageDigest.isEqual(of(token).getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.UTF_8));
    }
}
