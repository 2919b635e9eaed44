package io.socialhire.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.socialhire.common.ApiException;
import io.socialhire.common.SocialhireConfig;
import io.socialhire.event.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Creates, lists, revokes and checks API keys. */
@ApplicationScoped
@Transactional
public class ApiKeyService {

    private static final Logger LOG = Logger.getLogger(ApiKeyService.class);

    /** What authentication needs to know about a key. */
    public record KeyIdentity(UUID id, String name, String role) {
    }

    private final ApiKeyRepository keys;
    private final Event<DomainEvent> events;
    private final Optional<String> bootstrapKey;
    private final ApiKeyCache cache;

    public ApiKeyService(ApiKeyRepository keys, Event<DomainEvent> events, ApiKeyCache cache, SocialhireConfig config) {
        this.keys = keys;
        this.cache = cache;
        this.events = events;
        this.bootstrapKey = config.security().bootstrapAdminKey();
    }

    /**
     * The first admin key comes from configuration. Without one, dev mode makes a key and prints
     * it; production only warns, since a generated secret in a log is not a secret.
     */
    void bootstrap(@Observes StartupEvent started) {
        if (bootstrapKey.isPresent() && !bootstrapKey.get().isBlank()) {
            ApiKeyToken token = ApiKeyToken.parse(bootstrapKey.get()).orElseThrow(() -> new IllegalStateException(
                    "socialhire.security.bootstrap-admin-key is not an API key: expected shk_<8 lower-case letters or digits>_"
                            + "<43 base64url characters>; see the README for a command that makes one"));
            ApiKey existing = keys.findByPrefix(token.prefix()).orElse(null);
            if (existing == null) {
                insert("bootstrap admin", Roles.ADMIN, token);
                LOG.infof("Bootstrap admin key %s registered", token);
            } else if (!token.matches(existing.secretHash)) {
                throw new IllegalStateException("socialhire.security.bootstrap-admin-key has the prefix of another key but a different secret");
            } else if (existing.revokedAt != null) {
                LOG.warnf("Bootstrap admin key %s was revoked; it stays revoked", token);
            }
            return;
        }
        if (keys.anyActiveWithRole(Roles.ADMIN)) {
            return;
        }
        if (LaunchMode.current() == LaunchMode.DEVELOPMENT) {
            ApiKeyToken token = ApiKeyToken.generate();
            insert("dev-mode admin", Roles.ADMIN, token);
            LOG.infof("Dev mode: no admin key was configured, so one was made for you. Use it in Swagger UI's Authorize button:%n"
                    + "  Authorization: Bearer %s", token.value());
        } else {
            LOG.warn("No admin API key exists: set SOCIALHIRE_SECURITY_BOOTSTRAP_ADMIN_KEY to create the first one");
        }
    }

    public ApiKeyViews.Created create(ApiKeyViews.Input input) {
        ApiKeyToken token = ApiKeyToken.generate();
        ApiKey key = insert(input.name().strip(), input.role(), token);
        events.fire(new ApiKeyEvents.Created(key.id));
        return new ApiKeyViews.Created(key.id, key.name, key.role, "shk_" + key.prefix, key.createdAt, token.value());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApiKeyViews.View> list() {
        return keys.listOldestFirst().stream().map(ApiKeyService::view).toList();
    }

    /** Revokes at once: the key's next request is refused, on this instance and after any cache expiry elsewhere. */
    public ApiKeyViews.View revoke(UUID id) {
        ApiKey key = keys.findById(id);
        if (key == null) {
            throw ApiException.notFound("API key", id);
        }
        if (key.revokedAt == null) {
            key.revokedAt = now();
            events.fire(new ApiKeyEvents.Revoked(key.id));
        }
        cache.refuse(key.prefix);
        return view(key);
    }

    /** The key's identity, or empty for an unknown, revoked or wrong key: the cache first, then the database. */
    public Optional<KeyIdentity> authenticate(ApiKeyToken token) {
        Optional<KeyIdentity> cached = cache.vouch(token);
        if (cached.isPresent() || cache.refuses(token)) {
            return cached;
        }
        Instant now = Instant.now();
        ApiKey key = keys.findByPrefix(token.prefix()).orElse(null);
        if (key == null || key.revokedAt != null) {
            cache.refuse(token.prefix());
            return Optional.empty();
        }
        KeyIdentity identity = new KeyIdentity(key.id, key.name, key.role);
        // Cached either way: with the real key's hash in memory, further wrong secrets need no read.
        cache.put(token.prefix(), identity, key.secretHash);
        if (!token.matches(key.secretHash)) {
            return Optional.empty();
        }
        if (key.lastUsedAt == null || key.lastUsedAt.isBefore(now.minus(1, ChronoUnit.MINUTES))) {
            key.lastUsedAt = now().truncatedTo(ChronoUnit.MINUTES);
        }
        return Optional.of(identity);
    }

    private ApiKey insert(String name, String role, ApiKeyToken token) {
        ApiKey key = new ApiKey();
        key.id = UUID.randomUUID();
        key.name = name;
        key.role = role;
        key.prefix = token.prefix();
        key.secretHash = token.hash();
        key.createdAt = now();
        keys.persistAndFlush(key);
        cache.evict(key.prefix); // in case the prefix was guessed before the key existed
        return key;
    }

    private static ApiKeyViews.View view(ApiKey k) {
        return new ApiKeyViews.View(k.id, k.name, k.role, "shk_" + k.prefix, k.createdAt, k.lastUsedAt, k.revokedAt);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
