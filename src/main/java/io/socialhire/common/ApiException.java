package io.socialhire.common;

import java.util.List;
import java.util.UUID;

/**
 * A client-facing failure raised by services: it carries everything the problem response needs,
 * so services state what went wrong without knowing about HTTP.
 */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;
    private final UUID existingId;

    public ApiException(ProblemType type, String detail) {
        this(type, detail, List.of(), null);
    }

    public ApiException(ProblemType type, String detail, List<Problem.FieldError> errors, UUID existingId) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
        this.existingId = existingId;
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(ProblemType.NOT_FOUND, what + " " + id + " does not exist.");
    }

    public static ApiException conflict(String detail, UUID existingId) {
        return new ApiException(ProblemType.CONFLICT, detail, List.of(), existingId);
    }

    public static ApiException invalid(String field, String message) {
        return new ApiException(ProblemType.VALIDATION, "The request has 1 invalid field.",
                List.of(new Problem.FieldError(field, message)), null);
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public UUID existingId() {
        return existingId;
    }
}
