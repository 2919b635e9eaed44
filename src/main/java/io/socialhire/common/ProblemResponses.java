package io.socialhire.common;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;

/** Builds problem+json responses with the request's id and path. */
public final class ProblemResponses {

    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemResponses() {
    }

    public static Problem problem(ProblemType type, String detail, List<Problem.FieldError> errors, UUID existingId,
            String instance, String requestId) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, requestId,
                errors == null || errors.isEmpty() ? null : errors, existingId);
    }

    public static Response response(ProblemType type, String detail, List<Problem.FieldError> errors, UUID existingId,
            UriInfo uriInfo, HttpHeaders headers) {
        String requestId = headers == null ? null : headers.getHeaderString(HttpFilters.REQUEST_ID);
        String instance = uriInfo == null ? null : "/" + uriInfo.getPath().replaceFirst("^/", "");
        return Response.status(type.status())
                .type(MEDIA_TYPE)
                .entity(problem(type, detail, errors, existingId, instance, requestId))
                .build();
    }
}
