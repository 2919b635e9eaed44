package io.socialhire.platform;

import java.util.Objects;

/**
 * A validated, normalized channel.
 *
 * @param platformId   catalog id, e.g. {@code "x"}
 * @param kind         USER or COMMUNITY
 * @param handle       canonical display handle (see README for per-platform conventions), e.g. {@code "JaneDoe"},
 *                     {@code "r/CommunityManager"}, {@code "@jane@mastodon.social"}, {@code "janedoe.dev/blog"}
 * @param canonicalUrl https URL on the platform's canonical host
 * @param key          dedup key {@code platformId:kind:value}, e.g. {@code "x:user:janedoe"}; lower-case except
 *                     for the value part of case-sensitive identifiers (YouTube channel ids, Discord invite codes,
 *                     WhatsApp invite codes, Hacker News usernames)
 */
public record ChannelIdentity(String platformId, IdentifierKind kind, String handle, String canonicalUrl, String key) {
    public ChannelIdentity {
        Objects.requireNonNull(platformId, "platformId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(handle, "handle");
        Objects.requireNonNull(canonicalUrl, "canonicalUrl");
        Objects.requireNonNull(key, "key");
    }
}
