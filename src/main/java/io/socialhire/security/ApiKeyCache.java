package io.socialhire.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keys checked recently, by prefix, and prefixes recently found unknown or revoked. Pure memory and
 * no transaction, so authentication can consult it on the I/O thread and go to the database (on a
 * worker thread) only on a miss: repeating a guess costs no database read.
 */
@ApplicationScoped
public class ApiKeyCache {

    /** A checked key stays trusted this long without a database read; revoking drops it at once. */
    static final Duration TTL = Duration.ofSeconds(30);

    private record Entry(ApiKeyService.KeyIdentity identity, byte[] hash, Instant expires) {
    }

    /** Prefixes remembered as refused at most; guesses are random, so this one must be bounded. */
    static final long MAX_REFUSED = 10_000;

    /** Real keys only (put after a database read found the key), so bounded by the keys that exist. */
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Cache<String, Boolean> refused = Caffeine.newBuilder().maximumSize(MAX_REFUSED).expireAfterWrite(TTL).build();

    /** The identity of a cached, unexpired key whose secret matches; empty when the cache cannot vouch for the token. */
    Optional<ApiKeyService.KeyIdentity> vouch(ApiKeyToken token) {
        Entry entry = entries.get(token.prefix());
        if (entry == null || !entry.expires().isAfter(Instant.now()) || !token.matches(entry.hash())) {
            return Optional.empty();
        }
        return Optional.of(entry.identity());
    }

    /**
     * Whether the token is certainly no valid key without asking the database: its prefix was
     * recently found unknown or revoked, or belongs to a cached key whose secret is another.
     */
    boolean refuses(ApiKeyToken token) {
        if (refused.getIfPresent(token.prefix()) != null) {
            return true;
        }
        Entry entry = entries.get(token.prefix());
        return entry != null && entry.expires().isAfter(Instant.now()) && !token.matches(entry.hash());
    }

    void put(String prefix, ApiKeyService.KeyIdentity identity, byte[] hash) {
        refused.invalidate(prefix);
        entries.put(prefix, new Entry(identity, hash, Instant.now().plus(TTL)));
    }

    /** No key has this prefix, or its key is revoked (revocation is for good). */
    void refuse(String prefix) {
        entries.remove(prefix);
        refused.put(prefix, Boolean.TRUE);
    }

    /** Forgets what is known about the prefix: a key with it was just made. */
    void evict(String prefix) {
        entries.remove(prefix);
        refused.invalidate(prefix);
    }
}
