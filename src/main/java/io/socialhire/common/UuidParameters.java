package io.socialhire.common;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads UUID parameters so that a malformed one is a 400 validation problem naming the parameter
 * ("id": "must be a UUID"), not the 404 JAX-RS gives a path or query parameter it cannot convert:
 * a typo in an id is the caller's mistake, not an unknown resource. Only the canonical form is a
 * UUID here (8-4-4-4-12 hex digits), as the document's format says; UUID.fromString alone would
 * take "1-1-1-1-1".
 */
@Provider
public class UuidParameters implements ParamConverterProvider {

    private static final Pattern CANONICAL = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != UUID.class) {
            return null;
        }
        String name = parameterName(annotations);
        return (ParamConverter<T>) new ParamConverter<UUID>() {
            @Override
            public UUID fromString(String value) {
                if (value == null) {
                    return null;
                }
                if (!CANONICAL.matcher(value).matches()) {
                    // Thrown through JAX-RS, which wraps it; ExceptionMappers.http answers with this problem.
                    throw ApiException.invalid(name, "must be a UUID");
                }
                return UUID.fromString(value);
            }

            @Override
            public String toString(UUID value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static String parameterName(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof PathParam path) {
                    return path.value();
                }
                if (annotation instanceof QueryParam query) {
                    return query.value();
                }
                if (annotation instanceof HeaderParam header) {
                    return header.value();
                }
                if (annotation instanceof CookieParam cookie) {
                    return cookie.value();
                }
            }
        }
        return "parameter";
    }
}
