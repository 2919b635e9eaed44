package io.socialhire.common;

import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
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

    /** Ends a request with a problem before it reaches a resource (from a Vert.x route handler). */
    public static void send(RoutingContext rc, ProblemType type, String detail, Map<String, String> headers) {
        Problem problem = problem(type, detail, List.of(), null, rc.request().path(), rc.request().getHeader(HttpFilters.REQUEST_ID));
        rc.response().setStatusCode(type.status()).putHeader("Content-Type", MEDIA_TYPE);
        headers.forEach(rc.response()::putHeader);
        rc.response().end(Json.encode(problem));
    }
}
