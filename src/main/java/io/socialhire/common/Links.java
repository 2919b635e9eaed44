package io.socialhire.common;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** RFC 8288 Link headers for paged lists. */
public final class Links {

    private Links() {
    }

    /** 200 with the page, plus Link rel="next" carrying every other query parameter unchanged. */
    public static <T> Response paged(Page<T> page, UriInfo uriInfo) {
        Response.ResponseBuilder response = Response.ok(page);
        if (page.nextCursor() != null) {
            String next = uriInfo.getRequestUriBuilder()
                    .replaceQueryParam("cursor", page.nextCursor())
                    .build().toString();
            response.header("Link", "<" + next + ">; rel=\"next\"");
        }
        return response.build();
    }
}
