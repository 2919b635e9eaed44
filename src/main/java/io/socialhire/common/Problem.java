package io.socialhire.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details. Every error response has this shape.")
public record Problem(
        @Schema(description = "URI reference that identifies the problem type", example = "https://socialhire.io/problems/validation")
        String type,
        @Schema(description = "Short, human-readable summary of the problem type", example = "Invalid request")
        String title,
        @Schema(description = "HTTP status code", example = "400")
        int status,
        @Schema(description = "Explanation specific to this occurrence", example = "The request has 1 invalid field.")
        String detail,
        @Schema(description = "The request path that produced the problem", example = "/api/v1/candidates")
        String instance,
        @Schema(description = "Identifier of the request, also sent as the X-Request-Id header", example = "6f1c2c1e-5d7a-4c55-9a35-3bb0f3a2f0a1")
        String requestId,
        @Schema(description = "For validation problems: one entry per invalid field")
        List<FieldError> errors,
        @Schema(description = "For conflicts: the id of the existing resource", example = "0b7e7c7a-2f61-4f2a-8a8e-1d2f3c4b5a69")
        UUID existingId) {

    @Schema(name = "FieldError", description = "One invalid field of a request")
    public record FieldError(
            @Schema(description = "Path of the field in the request body or the name of the parameter", example = "email")
            String field,
            @Schema(description = "What is wrong with it", example = "must be a well-formed email address")
            String message) {
    }
}
