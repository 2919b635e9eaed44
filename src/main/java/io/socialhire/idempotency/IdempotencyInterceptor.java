package io.socialhire.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.socialhire.audit.AuditLog;
import io.socialhire.common.ApiException;
import io.socialhire.common.ProblemType;
import io.socialhire.common.RetryLostRacesInterceptor;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a POST safe to retry. With an {@code Idempotency-Key} header, the request runs in one transaction that also
 * claims the key and stores the response, so the stored response exists exactly when the request's writes do: a
 * retry (same API key, same key, same request) within {@link #KEPT} gets that response again, marked
 * {@code Idempotent-Replayed: true}, and writes nothing; a concurrent retry waits for the first and then gets its
 * response; the same key with another request is refused (422). Only successful responses are kept: a refused
 * request wrote nothing, so retrying it runs it again. Without the header the request runs as it always does.
 * Its priority puts it outside {@code RetryLostRaces} and {@code @Transactional}, whose transactions join its own.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 50)
public class IdempotencyInterceptor {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    /** How long a response is kept for retries (the IETF draft and the API conventions say 24 hours). */
    public static final Duration KEPT = Duration.ofHours(24);
    public static final int MAX_KEY_LENGTH = 255;
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1," + MAX_KEY_LENGTH + "}");
    /** Response headers a client needs again on a replay; the others are the server's to set each time. */
    private static final Set<String> KEPT_HEADERS = Set.of("location", "etag", "content-location", "link");
    private static final Pattern TRAILING_UUID = Pattern.compile("/([0-9a-fA-F-]{36})$");
    private static final Pattern CANDIDATE_PATH = Pattern.compile("/candidates/([0-9a-fA-F-]{36})(?:/|$)");

    private final IdempotencyRepository records;
    private final EntityManager em;
    private final ObjectMapper mapper;
    private final AuditLog audit;
    private final Instance<HttpServerRequest> request;

    public IdempotencyInterceptor(IdempotencyRepository records, EntityManager em, ObjectMapper mapper, AuditLog audit,
            Instance<HttpServerRequest> request) {
        this.records = records;
        this.em = em;
        this.mapper = mapper;
        this.audit = audit;
        this.request = request;
    }

    @AroundInvoke
    Object idempotent(InvocationContext call) throws Exception {
        HttpServerRequest http = request.get();
        String key = http.getHeader(HEADER);
        UUID apiKeyId = audit.currentKeyId();
        if (key == null || apiKeyId == null) {
            return call.proceed();
        }
        if (!KEY.matcher(key).matches()) {
            throw ApiException.invalid(HEADER, "must be 1 to " + MAX_KEY_LENGTH
                    + " visible ASCII characters (a UUID is a good choice)");
        }
        byte[] hash = requestHash(http.method().name() + " " + http.path(), call);
        Outcome outcome = RetryLostRacesInterceptor.retrying(call.getMethod().getName(), () -> once(call, apiKeyId, key, hash, http.path()));
        if (outcome.replay() != null) {
            throw new ReplayedResponse(outcome.replay());
        }
        return outcome.result();
    }

    private record Outcome(Object result, StoredResponse replay) {
    }

    private Outcome once(InvocationContext call, UUID apiKeyId, String key, byte[] hash, String path) throws Exception {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
                if (!records.claim(apiKeyId, key, hash, now, now.plus(KEPT))) {
                    IdempotencyRepository.Stored stored = records.find(apiKeyId, key)
                            .orElseThrow(() -> new IllegalStateException("an idempotency key was held and then gone"));
                    if (!stored.sameRequest(hash)) {
                        throw new ApiException(ProblemType.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key '" + key
                                + "' was used within the last 24 hours for a different request. Use a new key for a new request.");
                    }
                    if (stored.response().body() == null && !replaysBody(call)) {
                        String location = stored.response().headers().get(HttpHeaders.LOCATION);
                        throw ApiException.conflict("The first request with Idempotency-Key '" + key + "' already created "
                                + (location == null ? "its resource" : location) + "; what it returned is shown once and"
                                + " not kept. If that response was lost, revoke what it created and send a new request with a"
                                + " new key.", lastUuid(location));
                    }
                    return new Outcome(null, stored.response());
                }
                Object result = call.proceed();
                em.flush();
                StoredResponse response = stored(result, path, replaysBody(call));
                if (response == null) {
                    records.release(apiKeyId, key); // not a success: nothing to replay, the next try runs again
                } else {
                    records.complete(apiKeyId, key, response);
                }
                return new Outcome(result, null);
            });
        } catch (QuarkusTransactionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** What to keep of a resource method's result, or null when it is not a success. */
    private StoredResponse stored(Object result, String path, boolean keepBody) throws JsonProcessingException {
        int status = 200;
        Object entity = result;
        Map<String, String> headers = new LinkedHashMap<>();
        if (result instanceof Response response) {
            status = response.getStatus();
            entity = response.getEntity();
            response.getStringHeaders().forEach((name, values) -> {
                if (KEPT_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT)) && !values.isEmpty()) {
                    headers.put(name, values.get(0));
                }
            });
        }
        if (status < 200 || status > 299) {
            return null;
        }
        String body = entity == null || !keepBody ? null : mapper.writeValueAsString(entity);
        return new StoredResponse(status, headers, body, candidateOf(path, headers.get(HttpHeaders.LOCATION), body));
    }

    private static UUID lastUuid(String location) {
        Matcher m = location == null ? null : TRAILING_UUID.matcher(location);
        return m != null && m.find() ? UUID.fromString(m.group(1)) : null;
    }

    private static boolean replaysBody(InvocationContext call) {
        Idempotent idempotent = call.getMethod().getAnnotation(Idempotent.class);
        return idempotent == null || idempotent.replaysBody();
    }

    /** The candidate a response is about: in the path, the Location, or the body's candidateId. */
    private UUID candidateOf(String path, String location, String body) throws JsonProcessingException {
        for (String where : new String[] {path, location}) {
            Matcher m = where == null ? null : CANDIDATE_PATH.matcher(where);
            if (m != null && m.find()) {
                return UUID.fromString(m.group(1));
            }
        }
        if (body != null) {
            JsonNode candidate = mapper.readTree(body).path("candidateId");
            if (candidate.isTextual()) {
                return UUID.fromString(candidate.asText());
            }
        }
        return null;
    }

    /** SHA-256 of the operation and its arguments as JSON (path and query parameters, body), not of raw bytes. */
    private byte[] requestHash(String operation, InvocationContext call) throws JsonProcessingException {
        Annotation[][] annotations = call.getMethod().getParameterAnnotations();
        List<Object> arguments = new ArrayList<>();
        Object[] values = call.getParameters();
        for (int i = 0; i < values.length; i++) {
            boolean context = false;
            for (Annotation a : annotations[i]) {
                context |= a instanceof Context;
            }
            if (!context) {
                arguments.add(values[i]);
            }
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(operation.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(mapper.writeValueAsBytes(arguments));
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
