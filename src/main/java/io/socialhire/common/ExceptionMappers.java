package io.socialhire.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpClosedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an RFC 9457 problem. Messages are written for API clients: they name
 * fields and allowed values, never Java types, SQL or stack traces.
 */
public class ExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ExceptionMappers.class);
    /** Jackson's words for a key seen twice (StreamReadFeature.STRICT_DUPLICATE_DETECTION). */
    private static final Pattern DUPLICATE_KEY = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);
    /** The detail of a value only the database refused; tests look for it, as it means validation missed one. */
    public static final String REFUSED_BY_DATABASE = "A value in the request is too long, out of range or not storable.";

    /** The caller, for a 403 that names the key's role. */
    @Inject
    SecurityIdentity identity;

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri, HttpHeaders headers) {
        return ProblemResponses.response(e.type(), e.getMessage(), e.errors(), e.existingId(), uri, headers);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        String detail = errors.size() == 1 ? "The request has 1 invalid field."
                : "The request has " + errors.size() + " invalid fields.";
        return ProblemResponses.response(ProblemType.VALIDATION, detail, errors, null, uri, headers);
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e, UriInfo uri, HttpHeaders headers) {
        String field = jsonPath(e);
        Collection<Object> known = e.getKnownPropertyIds() == null ? List.of() : e.getKnownPropertyIds();
        String allowed = known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
        return ProblemResponses.response(ProblemType.VALIDATION, "Unknown property '" + e.getPropertyName() + "'.",
                List.of(new Problem.FieldError(field, "unknown property; allowed here: " + allowed)), null, uri, headers);
    }

    @ServerExceptionMapper
    public Response invalidValue(InvalidFormatException e, UriInfo uri, HttpHeaders headers) {
        if (e.getTargetType() == String.class && e.getValue() instanceof String) {
            return fieldProblem(e, e.getOriginalMessage(), uri, headers); // a string StrictJson refused for its content
        }
        return fieldProblem(e, "must be " + describeExpected(e.getTargetType()), uri, headers);
    }

    @ServerExceptionMapper
    public Response valueRejected(ValueInstantiationException e, UriInfo uri, HttpHeaders headers) {
        Throwable cause = e.getCause();
        String message = cause instanceof IllegalArgumentException && cause.getMessage() != null
                ? cause.getMessage() : "invalid value";
        return fieldProblem(e, message, uri, headers);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        if (e.getPath() == null || e.getPath().isEmpty()) {
            String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            String detail = message.startsWith("Trailing token")
                    ? "The request body continues after its JSON document" + where(e) + "; send exactly one JSON document."
                    : e.getTargetType() != null && message.contains("No content")
                    ? "The request body is empty; a JSON document is required."
                    : "The request body must be a JSON object.";
            return ProblemResponses.response(ProblemType.MALFORMED_REQUEST, detail, List.of(), null, uri, headers);
        }
        return fieldProblem(e, "has the wrong type: expected " + describeExpected(e.getTargetType()), uri, headers);
    }

    @ServerExceptionMapper
    public Response otherMapping(JsonMappingException e, UriInfo uri, HttpHeaders headers) {
        if (e.getCause() instanceof StreamReadException read) {
            return malformedJson(read, uri, headers); // unreadable JSON inside a list, which Jackson wraps
        }
        return fieldProblem(e, "invalid value", uri, headers);
    }

    @ServerExceptionMapper
    public Response malformedJson(StreamReadException e, UriInfo uri, HttpHeaders headers) {
        Matcher duplicate = DUPLICATE_KEY.matcher(e.getOriginalMessage() == null ? "" : e.getOriginalMessage());
        if (duplicate.matches() && e.getProcessor() != null) {
            // Refused rather than letting the last value win: another reader of the same body may take the first.
            String field = jsonPath(e.getProcessor().getParsingContext());
            return ProblemResponses.response(ProblemType.VALIDATION, "The request body has a key twice" + where(e) + ".",
                    List.of(new Problem.FieldError(field, "appears more than once in its object")), null, uri, headers);
        }
        return ProblemResponses.response(ProblemType.MALFORMED_REQUEST,
                "The request body is not valid JSON" + where(e) + ".", List.of(), null, uri, headers);
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " near line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    @ServerExceptionMapper
    public Response otherJson(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        return ProblemResponses.response(ProblemType.MALFORMED_REQUEST, "The request body is not valid JSON.",
                List.of(), null, uri, headers);
    }

    @ServerExceptionMapper
    public Response patchedValue(MergePatch.PatchedValueException e, UriInfo uri, HttpHeaders headers) {
        return clientError(e.getCause(), uri, headers);
    }

    /**
     * The problem for a failure caused by the client's input, or null for anything else. Lets
     * code that handles many inputs in one request (batches, patches) report each one the same
     * way a whole request would be.
     */
    public Response clientError(Throwable e, UriInfo uri, HttpHeaders headers) {
        if (e instanceof ApiException a) {
            return api(a, uri, headers);
        }
        if (e instanceof ConstraintViolationException c) {
            return validation(c, uri, headers);
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return unknownProperty(u, uri, headers);
        }
        if (e instanceof InvalidFormatException f) {
            return invalidValue(f, uri, headers);
        }
        if (e instanceof ValueInstantiationException v) {
            return valueRejected(v, uri, headers);
        }
        if (e instanceof MismatchedInputException m) {
            return mismatchedInput(m, uri, headers);
        }
        if (e instanceof JsonMappingException m) {
            return otherMapping(m, uri, headers);
        }
        if (e instanceof StreamReadException r) {
            return malformedJson(r, uri, headers);
        }
        if (e instanceof JsonProcessingException j) {
            return otherJson(j, uri, headers);
        }
        return null;
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e, UriInfo uri, HttpHeaders headers) {
        return unauthorized(uri, headers);
    }

    @ServerExceptionMapper
    public Response unauthorizedAccess(UnauthorizedException e, UriInfo uri, HttpHeaders headers) {
        return unauthorized(uri, headers);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers, ResourceInfo resource) {
        return ProblemResponses.response(ProblemType.FORBIDDEN, forbiddenDetail(resource, identity), List.of(), null, uri, headers);
    }

    /** Names the key's role and the roles the matched operation allows (its @RolesAllowed), so the caller knows which key to use. */
    private static String forbiddenDetail(ResourceInfo resource, SecurityIdentity identity) {
        String role = identity == null || identity.getRoles().isEmpty() ? "none"
                : identity.getRoles().stream().sorted().collect(Collectors.joining(", "));
        RolesAllowed allowed = null;
        if (resource != null && resource.getResourceMethod() != null) {
            allowed = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
            if (allowed == null && resource.getResourceClass() != null) {
                allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
            }
        }
        String detail = "This API key's role (" + role + ") may not do this";
        return allowed == null || allowed.value().length == 0 ? detail + "."
                : detail + "; allowed: " + String.join(", ", allowed.value()) + ".";
    }

    private static Response unauthorized(UriInfo uri, HttpHeaders headers) {
        Response problem = ProblemResponses.response(ProblemType.UNAUTHORIZED,
                "Send a valid API key as Authorization: Bearer <key>.", List.of(), null, uri, headers);
        return Response.fromResponse(problem).header("WWW-Authenticate", "Bearer realm=\"socialhire\"").build();
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri, HttpHeaders headers) {
        return lostRace(uri, headers);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, UriInfo uri, HttpHeaders headers) {
        return lostRace(uri, headers);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri, HttpHeaders headers, Request request) {
        int status = e.getResponse().getStatus();
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof ApiException api) {
                return api(api, uri, headers); // a parameter UuidParameters refused, wrapped by JAX-RS in a 404 or 400
            }
            if (t instanceof StreamReadException read) {
                return malformedJson(read, uri, headers);
            }
            if (t instanceof JsonMappingException mapping) {
                return otherMapping(mapping, uri, headers);
            }
        }
        if (status >= 500) {
            return unexpected(e, uri, headers);
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 400 -> "The request could not be read; check that the body is valid JSON and the parameters are well-formed.";
            case 404 -> "No resource exists at this path.";
            case 405 -> "This path does not support this HTTP method.";
            case 406 -> "This resource produces application/json; adjust the Accept header.";
            case 415 -> "Unsupported Content-Type; send application/json"
                    + (request != null && "PATCH".equals(request.getMethod()) ? " (application/merge-patch+json for PATCH)" : "") + ".";
            default -> type.title() + ".";
        };
        Response response = ProblemResponses.response(type, detail, List.of(), null, uri, headers);
        if (status == 405 && e.getResponse().getAllowedMethods() != null && !e.getResponse().getAllowedMethods().isEmpty()) {
            return Response.fromResponse(response)
                    .header("Allow", String.join(", ", e.getResponse().getAllowedMethods().stream().sorted().toList()))
                    .build();
        }
        return response;
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        String requestId = headers == null ? null : headers.getHeaderString(HttpFilters.REQUEST_ID);
        if (isDatabaseUnavailable(e)) {
            LOG.warnf("request %s: database unavailable: %s", requestId, e.getMessage());
            return ProblemResponses.response(ProblemType.SERVICE_UNAVAILABLE,
                    "The database is unavailable; retry in a few seconds.", List.of(), null, uri, headers);
        }
        if (isClientDisconnect(e)) {
            // The client hung up (a timeout on its side) while its body was being read: nobody will
            // receive this answer and the server did nothing wrong, so no error and no stack trace.
            LOG.debugf("request %s: the client closed the connection before its request was read", requestId);
            return ProblemResponses.response(ProblemType.MALFORMED_REQUEST,
                    "The connection closed before the request body was read.", List.of(), null, uri, headers);
        }
        if (isLostRace(e)) {
            // Services run lost races again (RetryLostRaces); this is what is left when that kept failing.
            LOG.warnf("request %s kept losing races to concurrent requests: %s", requestId, e.getMessage());
            return lostRace(uri, headers);
        }
        if (isRefusedByDatabase(e)) {
            // Validation should have refused the value with its field named; this is the last line behind it.
            LOG.warnf(e, "request %s: the database refused a value that validation let through", requestId);
            return ProblemResponses.response(ProblemType.MALFORMED_REQUEST, REFUSED_BY_DATABASE, List.of(), null, uri, headers);
        }
        LOG.errorf(e, "request %s failed", requestId);
        return ProblemResponses.response(ProblemType.INTERNAL,
                "An unexpected error occurred. Quote the requestId when reporting it.", List.of(), null, uri, headers);
    }

    /**
     * 409, not 412: nobody sent an If-Match that failed. The request met concurrent changes to the
     * same data again and again; sending it again will most likely succeed.
     */
    private static Response lostRace(UriInfo uri, HttpHeaders headers) {
        return ProblemResponses.response(ProblemType.CONFLICT,
                "Other requests changed the same data at the same moment; send the request again.",
                List.of(), null, uri, headers);
    }

    private static Response fieldProblem(JsonMappingException e, String message, UriInfo uri, HttpHeaders headers) {
        String field = jsonPath(e);
        return ProblemResponses.response(ProblemType.VALIDATION, "The request has 1 invalid field.",
                List.of(new Problem.FieldError(field.isEmpty() ? "body" : field, message)), null, uri, headers);
    }

    /**
     * A transaction that lost a race to a concurrent one and would see another outcome if run
     * again: an optimistic-lock conflict, or PostgreSQL's unique_violation (23505),
     * foreign_key_violation (23503, the row referred to went away meanwhile),
     * serialization_failure (40001) or deadlock_detected (40P01).
     */
    static boolean isLostRace(Throwable e) {
        return anyCause(e, t -> t instanceof OptimisticLockException || t instanceof StaleStateException
                || hasSqlState(t, "23505", "23503", "40001", "40P01"));
    }

    /** PostgreSQL's data exceptions (class 22): a value too long, out of range or not storable as text. */
    static boolean isRefusedByDatabase(Throwable e) {
        return anyCause(e, t -> hasSqlState(t, "22"));
    }

    /** Whether t is a database error whose SQLState starts with one of the prefixes: a class ("08") or a whole code. */
    private static boolean hasSqlState(Throwable t, String... prefixes) {
        if (!(t instanceof SQLException sql) || sql.getSQLState() == null) {
            return false;
        }
        for (String prefix : prefixes) {
            if (sql.getSQLState().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    static boolean isClientDisconnect(Throwable e) {
        return anyCause(e, t -> t instanceof HttpClosedException);
    }

    static boolean isDatabaseUnavailable(Throwable e) {
        return anyCause(e, t -> t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                // 08: connection exceptions; 57P: the server is shutting down, crashed or not yet accepting connections.
                || hasSqlState(t, "08", "57P")
                || isNoConnectionInTime(t));
    }

    /**
     * The pool found no connection within its acquisition timeout: every connection was busy or
     * none could be opened (the database restarting). Agroal says so with a plain SQLException
     * (no SQLState) or a TimeoutException; Hibernate wraps either as a generic JDBC error.
     */
    private static boolean isNoConnectionInTime(Throwable t) {
        String message = t.getMessage();
        return (t instanceof SQLException || t instanceof TimeoutException) && message != null
                && message.toLowerCase(Locale.ROOT).contains("acquisition timeout");
    }

    /**
     * Whether e, one of its causes or one of the exceptions suppressed along the way passes the
     * test. The transaction manager reports why a commit failed as a suppressed exception.
     */
    private static boolean anyCause(Throwable e, Predicate<Throwable> test) {
        Deque<Throwable> pending = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (e != null) {
            pending.push(e);
        }
        while (!pending.isEmpty()) {
            Throwable t = pending.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (test.test(t)) {
                return true;
            }
            if (t.getCause() != null) {
                pending.push(t.getCause());
            }
            for (Throwable suppressed : t.getSuppressed()) {
                pending.push(suppressed);
            }
        }
        return false;
    }

    /** "channels[1].platform" for where a parser is; the parser names the key it just read. */
    static String jsonPath(JsonStreamContext context) {
        Deque<String> steps = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                steps.push("[" + c.getCurrentIndex() + "]");
            } else if (c.getCurrentName() != null) {
                steps.push("." + c.getCurrentName());
            }
        }
        String path = String.join("", steps);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    /** Builds "channels[1].platform" from Jackson's reference chain. */
    static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Explains what a field expects in JSON terms instead of naming a Java type. */
    static String describeExpected(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type.isEnum()) {
            String values = Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
            return "one of: " + values;
        }
        if (type == java.util.UUID.class) {
            return "a UUID";
        }
        if (type == String.class || CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != char.class)) {
            return "a number";
        }
        if (type == java.time.Instant.class || type == java.time.OffsetDateTime.class) {
            return "an RFC 3339 timestamp such as 2026-11-22T10:15:30Z";
        }
        if (type == java.time.YearMonth.class) {
            return "a year and month such as 2021-04";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "a valid value";
    }

    /** "create.input.channels[0].platform" → "channels[0].platform"; query parameters keep their name. */
    static String fieldName(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        String path = violation.getPropertyPath().toString();
        if (nodes.size() >= 2 && nodes.get(0).getKind() == jakarta.validation.ElementKind.METHOD
                && nodes.get(1).getKind() == jakarta.validation.ElementKind.PARAMETER) {
            if (nodes.size() == 2 && isBody(violation.getRootBeanClass(), nodes.get(0).as(Path.MethodNode.class),
                    nodes.get(1).as(Path.ParameterNode.class))) {
                return "body"; // a missing body, not the Java name of its parameter
            }
            path = path.substring(nodes.get(0).getName().length() + 1);
            if (nodes.size() > 2) {
                // A body parameter: its Java name means nothing to clients.
                path = path.substring(nodes.get(1).getName().length()).replaceFirst("^\\.", "");
            }
        }
        return path.replace(".<list element>", "").replace(".<iterable element>", "");
    }

    /**
     * The entity parameter of a resource method is the one without a JAX-RS or Quarkus REST
     * annotation. The root bean may be a generated subclass whose overrides carry no parameter
     * annotations, so every declaration up the hierarchy is looked at.
     */
    private static boolean isBody(Class<?> resource, Path.MethodNode method, Path.ParameterNode parameter) {
        Class<?>[] types = method.getParameterTypes().toArray(Class<?>[]::new);
        int index = parameter.getParameterIndex();
        boolean found = false;
        for (Class<?> type = resource; type != null && type != Object.class; type = type.getSuperclass()) {
            Method declared;
            try {
                declared = type.getDeclaredMethod(method.getName(), types);
            } catch (NoSuchMethodException e) {
                continue; // declared higher up
            }
            found = true;
            boolean annotated = Arrays.stream(declared.getParameterAnnotations()[index])
                    .map(a -> a.annotationType().getPackageName())
                    .anyMatch(p -> p.startsWith("jakarta.ws.rs") || p.startsWith("org.jboss.resteasy.reactive"));
            if (annotated) {
                return false;
            }
        }
        return found;
    }
}
