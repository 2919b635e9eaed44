package io.socialhire.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.StringReader;
import java.util.Set;

/**
 * RFC 7396 JSON Merge Patch over the API's input records: the current state is rendered as its
 * input record, the patch merged in by Jakarta JSON Processing, and the result read back and
 * validated exactly like a create request.
 */
@ApplicationScoped
public class MergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private final ObjectMapper mapper;
    private final Validator validator;

    public MergePatch(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /**
     * The patch document as an object, or a 400 when it is not one. It is read by the same strict
     * reader as every other body (no key twice, nothing after the document, storable strings), then
     * handed to JSON-P for merging.
     */
    public JsonObject parse(String patchBody) {
        if (patchBody == null || patchBody.isBlank()) {
            throw new ApiException(ProblemType.MALFORMED_REQUEST, "The request body is empty; send a JSON merge patch object.");
        }
        JsonNode patch;
        try {
            patch = mapper.readTree(patchBody);
        } catch (JsonProcessingException e) {
            throw new PatchedValueException(e);
        }
        if (!patch.isObject()) {
            throw new ApiException(ProblemType.MALFORMED_REQUEST, "A merge patch must be a JSON object.");
        }
        try (var reader = Json.createReader(new StringReader(patch.toString()))) {
            return reader.readObject();
        }
    }

    /** Applies the patch to current and returns the validated result. */
    public <T> T apply(T current, JsonObject patch, Class<T> type) {
        try {
            JsonValue target;
            try (var reader = Json.createReader(new StringReader(mapper.writeValueAsString(current)))) {
                target = reader.readValue();
            }
            JsonValue merged = Json.createMergePatch(patch).apply(target);
            T result = mapper.readValue(merged.toString(), type);
            Set<ConstraintViolation<T>> violations = validator.validate(result);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
            return result;
        } catch (JsonProcessingException e) {
            // Rethrown unwrapped so the Jackson mappers name the offending field.
            throw new PatchedValueException(e);
        }
    }

    /** Carries a Jackson failure out of parse() and apply() without a checked exception. */
    public static final class PatchedValueException extends RuntimeException {
        public PatchedValueException(JsonProcessingException cause) {
            super(cause.getOriginalMessage(), cause, false, false);
        }

        @Override
        public synchronized JsonProcessingException getCause() {
            return (JsonProcessingException) super.getCause();
        }
    }
}
