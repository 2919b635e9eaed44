package io.socialhire.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * The report page's absolute URL ({@code /r/{token}}), from its token or from the token as kept sealed at
 * rest: the one place the invitations, the webhooks and the ATS connectors make it.
 */
@ApplicationScoped
public class ReportUrls {

    private final PublicUrls urls;
    private final SecretBox box;

    public ReportUrls(PublicUrls urls, SecretBox box) {
        this.urls = urls;
        this.box = box;
    }

    public String of(String token) {
        return urls.at("/r/" + token).toString();
    }

    /** Empty when nothing was sealed (no secrets key when the token was made) or no key opens it now. */
    public Optional<String> ofSealed(byte[] sealed) {
        return box.open(sealed).map(this::of);
    }
}
