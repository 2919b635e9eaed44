package io.socialhire.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keys checked recently, by prefix. Pure memory and no transaction, so authentication can consult
 * it on the I/O thread and go to the database (on a worker thread) only on a miss.
 */
@ApplicationScoped
public class ApiKeyCache {

    /** A checked key stays trusted this long without a database read; revoking drops it at once. */
    static final Duration TTL = Duration.ofSeconds(30);

    private record Entry(ApiKeyService.KeyIdentity identity, byte[] hash, Instant expires) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /** The identity of a cached, unexpired key whose secret matches; empty when the cache cannot vouch for the token. */
    Optional<ApiKeyService.KeyIdentity> vouch(ApiKeyToken token) {
        Entry entry = entries.get(token.prefix());
        if (entry == null || !entry.expires().isAfter(Instant.now()) || !token.matches(entry.hash())) {
            return Optional.empty();
        }
        return Optional.of(entry.identity());
    }

    void put(String prefix, ApiKeyService.KeyIdentity identity, byte[] hash) {
        entries.put(prefix, new Entry(identity, hash, Instant.now().plus(TTL)));
    }

    void evict(String prefix) {
        entries.remove(prefix);
    }
}
