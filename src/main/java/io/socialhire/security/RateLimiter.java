package io.socialhire.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.socialhire.audit.AuditLog;
import io.socialhire.common.HttpFilters;
import io.socialhire.common.ProblemResponses;
import io.socialhire.common.ProblemType;
import io.socialhire.common.SocialhireConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Rate limits each API key with a Bucket4j token bucket. Every API response tells the caller
 * its quota (RateLimit-Limit, RateLimit-Remaining); a 429 adds Retry-After.
 */
@ApplicationScoped
public class RateLimiter {

    private static final String REMAINING = "socialhire.rateLimitRemaining";

    private final SocialhireConfig.RateLimit config;
    private final CurrentIdentityAssociation identities;
    private final Map<UUID, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(SocialhireConfig config, CurrentIdentityAssociation identities) {
        this.config = config.rateLimit();
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Response> limit(ContainerRequestContext request) {
        if (!config.enabled()) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().map(identity -> {
            UUID keyId = identity.isAnonymous() ? null : identity.getAttribute(AuditLog.KEY_ID);
            if (keyId == null) {
                return null; // refused later as 401 where a key is needed
            }
            ConsumptionProbe probe = buckets.computeIfAbsent(keyId, id -> newBucket()).tryConsumeAndReturnRemaining(1);
            request.setProperty(REMAINING, probe.getRemainingTokens());
            if (probe.isConsumed()) {
                return null;
            }
            // Whole seconds, rounded up: a client that waits this long finds a token.
            long retryAfter = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
            Response problem = Response.status(429)
                    .type(ProblemResponses.MEDIA_TYPE)
                    .entity(ProblemResponses.problem(ProblemType.RATE_LIMITED,
                            "This API key made more than " + config.capacity() + " requests in a burst; retry in "
                                    + retryAfter + " s. The quota refills by " + config.refillPerSecond() + " requests a second.",
                            List.of(), null, request.getUriInfo().getRequestUri().getPath(),
                            request.getHeaderString(HttpFilters.REQUEST_ID)))
                    .header("Retry-After", retryAfter)
                    .build();
            return problem;
        });
    }

    @ServerResponseFilter
    public void quotaHeaders(ContainerRequestContext request, ContainerResponseContext response) {
        Object remaining = request.getProperty(REMAINING);
        if (remaining != null) {
            response.getHeaders().putSingle("RateLimit-Limit", config.capacity());
            response.getHeaders().putSingle("RateLimit-Remaining", remaining);
        }
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(config.capacity())
                        .refillGreedy(config.refillPerSecond(), Duration.ofSeconds(1)).build())
                .build();
    }
}
