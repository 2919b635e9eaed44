package io.socialhire.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.VertxHttpConfig;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/** HTTP-level handlers that run before any resource, for every path. */
@ApplicationScoped
public class HttpFilters {

    public static final String REQUEST_ID = "X-Request-Id";
    private static final Pattern SAFE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    /** quarkus.http.limits.max-body-size: the server's limit, which these handlers apply early and explain. */
    private final long maxBodyBytes;

    public HttpFilters(VertxHttpConfig http) {
        this.maxBodyBytes = http.limits().maxBodySize().map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
    }

    void register(@Observes Router router) {
        router.route().order(-200).handler(HttpFilters::assignRequestId);
        router.route().order(-190).handler(this::limitBodySize);
        // HTTP/1.1 bodies are read whole on the I/O thread before the resource runs. Otherwise a
        // blocking endpoint's worker thread waits for the I/O thread to hand the body over (5 % of
        // a scoring's CPU in futex wake-ups), and a client sending its body slowly holds a worker
        // for as long as it takes. HTTP/2 bodies stay streamed: Quarkus REST pauses every request
        // it starts, and an HTTP/2 request that has been read whole refuses to be paused.
        // Form bodies stay streamed too: no endpoint reads forms, and decoding one (with its field
        // size limits) would fail with an error page before the resource could answer 415.
        BodyHandler wholeBody = BodyHandler.create(false).setBodyLimit(maxBodyBytes);
        router.route().method(HttpMethod.POST).method(HttpMethod.PUT).method(HttpMethod.PATCH).order(-180)
                .handler(rc -> {
                    if (readWhole(rc)) {
                        wholeBody.handle(rc);
                    } else {
                        rc.next();
                    }
                })
                .failureHandler(this::bodyTooLarge);
        router.route().method(HttpMethod.POST).method(HttpMethod.PUT).method(HttpMethod.PATCH).order(-179)
                .handler(HttpFilters::emptyBodyIsABody);
    }

    /**
     * BodyHandler leaves an empty body unset, and Quarkus REST would then wait for a body that has
     * already been read (until the read timeout).
     */
    static void emptyBodyIsABody(RoutingContext rc) {
        if (readWhole(rc) && rc.body().buffer() == null) {
            rc.setBody(Buffer.buffer());
        }
        rc.next();
    }

    /** Whether the body is read whole before the resource runs (see register). */
    private static boolean readWhole(RoutingContext rc) {
        String type = rc.request().getHeader("Content-Type");
        boolean form = type != null && (type.regionMatches(true, 0, "application/x-www-form-urlencoded", 0, 33)
                || type.regionMatches(true, 0, "multipart/", 0, 10));
        return rc.request().version() != HttpVersion.HTTP_2 && !form;
    }

    /**
     * Gives every request an id: the caller's X-Request-Id when it is a safe token, otherwise a new
     * UUID. It is echoed in the response and written back into the request headers, so problem
     * responses and logs read the same value.
     */
    static void assignRequestId(RoutingContext rc) {
        String given = rc.request().getHeader(REQUEST_ID);
        String id = given != null && SAFE_REQUEST_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
        rc.request().headers().set(REQUEST_ID, id);
        rc.response().putHeader(REQUEST_ID, id);
        rc.next();
    }

    /**
     * Rejects declared bodies over the limit before reading them, with a problem response; the
     * server's own limit, the same number, still stops chunked bodies.
     */
    void limitBodySize(RoutingContext rc) {
        String length = rc.request().getHeader("Content-Length");
        if (length != null && tooLarge(length)) {
            payloadTooLarge(rc);
            return;
        }
        rc.next();
    }

    /** A chunked body that grew past the limit while it was read. */
    void bodyTooLarge(RoutingContext rc) {
        if (rc.statusCode() == 413 && !rc.response().headWritten()) {
            payloadTooLarge(rc);
        } else {
            rc.next();
        }
    }

    private void payloadTooLarge(RoutingContext rc) {
        ProblemResponses.send(rc, ProblemType.PAYLOAD_TOO_LARGE, tooLargeDetail(maxBodyBytes), Map.of("Connection", "close"));
    }

    /** "The request body is larger than 1 MiB (1048576 bytes)." */
    static String tooLargeDetail(long limit) {
        long kib = 1024;
        long mib = kib * kib;
        String size = limit % mib == 0 ? limit / mib + " MiB (" + limit + " bytes)"
                : limit % kib == 0 ? limit / kib + " KiB (" + limit + " bytes)" : limit + " bytes";
        return "The request body is larger than " + size + ".";
    }

    private boolean tooLarge(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
