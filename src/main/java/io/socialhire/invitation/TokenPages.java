package io.socialhire.invitation;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** What every page opened by a link token (the candidate's page, the report page) is sent with. */
final class TokenPages {

    private TokenPages() {
    }

    /**
     * HTML that is not indexed, not cached and sends no referrer (the link is a credential), under the
     * page's Content-Security-Policy.
     */
    static Response.ResponseBuilder html(Response.ResponseBuilder response, String body, String contentSecurityPolicy) {
        return response.entity(body).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("X-Robots-Tag", "noindex, nofollow")
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", contentSecurityPolicy);
    }
}
