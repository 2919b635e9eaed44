package io.socialhire.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Per-key token bucket: bursts up to capacity, refilled steadily. */
@ConfigMapping(prefix = "socialhire.rate-limit")
public interface RateLimitConfig {

    /** Off only for load tests that measure the service itself. */
    @WithDefault("true")
    boolean enabled();

    /** Requests a key may make in a burst. */
    @WithDefault("300")
    long capacity();

    /** Tokens added back per second (600 a minute by default). */
    @WithDefault("10")
    long refillPerSecond();
}
