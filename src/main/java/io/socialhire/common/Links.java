package io.socialhire.common;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

/** RFC 8288 Link headers for paged lists. */
public final class Links {

    private Links() {
    }

    /**
     * 200 with the page, plus Link rel="next": the request's own URL (from PublicUrls.request) with
     * every other query parameter unchanged and the next cursor.
     */
    public static <T> Response paged(Page<T> page, UriBuilder requestUrl) {
        Response.ResponseBuilder response = Response.ok(page);
        if (page.nextCursor() != null) {
            String next = requestUrl.replaceQueryParam("cursor", page.nextCursor()).build().toString();
            response.header("Link", "<" + next + ">; rel=\"next\"");
        }
        return response.build();
    }
}
