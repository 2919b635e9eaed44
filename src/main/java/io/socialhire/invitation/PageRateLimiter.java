package io.socialhire.invitation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Base64;

/**
 * Writes per candidate page (saving a draft, submitting): a Bucket4j token bucket per link, as API
 * keys have, so one link cannot be used to hammer the scorer. Buckets are kept per instance and
 * forgotten when idle; a person saving and sending a form never comes near the limit.
 */
@ApplicationScoped
public class PageRateLimiter {

    /** Writes per link in one burst, and per minute after it. */
    static final int WRITES_PER_MINUTE = 6;

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(2)).maximumSize(100_000).build();

    /** Whether a write through this link may go ahead now. */
    boolean tryWrite(LinkToken token) {
        String key = Base64.getEncoder().encodeToString(token.hash());
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(WRITES_PER_MINUTE).refillGreedy(WRITES_PER_MINUTE, Duration.ofMinutes(1)).build())
                .build()).tryConsume(1);
    }
}
