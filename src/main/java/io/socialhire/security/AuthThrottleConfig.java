package io.socialhire.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Failed authentication per client address: after maxFailures within the window, 429 until it passes. */
@ConfigMapping(prefix = "socialhire.auth-throttle")
public interface AuthThrottleConfig {

    @WithDefault("true")
    boolean enabled();

    /** Failed authentications an address may make in one window. */
    @WithDefault("20")
    long maxFailures();

    /** The window; an address that used up its failures waits for the next one. */
    @WithDefault("60s")
    Duration window();

    /** Addresses remembered at most; the least recently seen are forgotten first. */
    @WithDefault("10000")
    long maxClients();
}
