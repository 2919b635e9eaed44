package io.socialhire.security;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every query about API keys. */
@ApplicationScoped
public class ApiKeyRepository implements PanacheRepositoryBase<ApiKey, UUID> {

    /** The key with this (non-secret) prefix, revoked or not. */
    public Optional<ApiKey> findByPrefix(String prefix) {
        return find("prefix", prefix).stream().findFirst();
    }

    public boolean anyActiveWithRole(String role) {
        return !getEntityManager().createQuery("SELECT k.id FROM ApiKey k WHERE k.role = :r AND k.revokedAt IS NULL", UUID.class)
                .setParameter("r", role).setMaxResults(1).getResultList().isEmpty();
    }

    /** Every key, oldest first. */
    public List<ApiKey> listOldestFirst() {
        return listAll(Sort.by("createdAt").and("id"));
    }
}
