package io.socialhire.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import io.socialhire.common.ProblemResponses;
import io.socialhire.common.ProblemType;
import io.socialhire.common.SocialhireConfig;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;

/**
 * Throttles failed authentication per client address, so guessing keys is slow and costs the
 * database nothing: each failure takes a token from the address's bucket (maxFailures per
 * window, refilled whole when the window turns), and an address with none left gets 429 for every
 * /api and /integrations request, valid keys included, until then. Other addresses are never affected.
 *
 * <p>The client address is the connection's remote address. Quarkus replaces it with the
 * forwarded one only when quarkus.http.proxy.proxy-address-forwarding is on and the connection
 * comes from quarkus.http.proxy.trusted-proxies, so a client cannot choose its own address.
 * Memory is bounded: at most maxClients addresses are kept, each forgotten a window after it was
 * last seen (by then its bucket is full again).
 */
@ApplicationScoped
public class FailedAuthThrottle {

    private final SocialhireConfig.AuthThrottle config;
    private final Cache<String, Bucket> buckets;

    public FailedAuthThrottle(SocialhireConfig config) {
        this.config = config.authThrottle();
        this.buckets = Caffeine.newBuilder().maximumSize(this.config.maxClients()).expireAfterAccess(this.config.window()).build();
    }

    void register(@Observes Router router) {
        // After the request id (-200) so the problem carries it; before bodies are read (-180).
        router.route("/api/*").order(-195).handler(this::refuseThrottled);
        // The ATS connectors check their own keys (HTTP Basic) and count failures here too.
        router.route("/integrations/*").order(-195).handler(this::refuseThrottled);
    }

    /** Counts one failed authentication from the request's client address. */
    public void failed(RoutingContext context) {
        if (config.enabled()) {
            buckets.get(client(context), address -> newBucket()).tryConsume(1);
        }
    }

    private void refuseThrottled(RoutingContext context) {
        Bucket bucket = config.enabled() ? buckets.getIfPresent(client(context)) : null;
        EstimationProbe probe = bucket == null ? null : bucket.estimateAbilityToConsume(1);
        if (probe == null || probe.canBeConsumed()) {
            context.next();
            return;
        }
        // Whole seconds, rounded up: a client that waits this long has its failures back.
        long retryAfter = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        ProblemResponses.send(context, ProblemType.RATE_LIMITED,
                "Too many failed authentications from this address: failed authentication is throttled to "
                        + config.maxFailures() + " in " + config.window().toSeconds() + " s. Retry in " + retryAfter + " s.",
                Map.of("Retry-After", String.valueOf(retryAfter)));
    }

    private static String client(RoutingContext context) {
        SocketAddress remote = context.request().remoteAddress();
        return remote == null || remote.hostAddress() == null ? "unknown" : remote.hostAddress();
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(config.maxFailures())
                        .refillIntervally(config.maxFailures(), config.window()).build())
                .build();
    }
}
