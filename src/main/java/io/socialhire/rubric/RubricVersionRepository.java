package io.socialhire.rubric;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** Every query about published rubric versions; rows are inserted once and never updated. */
@ApplicationScoped
public class RubricVersionRepository implements PanacheRepositoryBase<RubricVersion, RubricVersion.Key> {

    /** Publishes a shipped version unless it is already there; true when this call inserted it. */
    public boolean insertIfAbsent(String key, int version, String title, String definition, Instant createdAt) {
        return getEntityManager().createNativeQuery("INSERT INTO rubric_version (rubric_key, version, title, definition, builtin,"
                        + " created_at) VALUES (:k, :v, :t, :d, true, :c) ON CONFLICT DO NOTHING")
                .setParameter("k", key).setParameter("v", version)
                .setParameter("t", title).setParameter("d", definition)
                .setParameter("c", createdAt)
                .executeUpdate() > 0;
    }

    public boolean anyVersionOf(String key) {
        return !getEntityManager().createQuery("SELECT r.version FROM RubricVersion r WHERE r.rubricKey = :k", Integer.class)
                .setParameter("k", key).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * The latest version of a rubric, null when it has none. Publishes of one rubric take turns
     * (a transaction-scoped advisory lock), so each reads the version the previous one wrote.
     */
    public Integer latestVersionInTurn(String key) {
        getEntityManager().createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext(:k))) AS turn")
                .setParameter("k", "rubric_version:" + key).getSingleResult();
        return getEntityManager().createQuery("SELECT max(r.version) FROM RubricVersion r WHERE r.rubricKey = :k", Integer.class)
                .setParameter("k", key).getSingleResult();
    }

    /** Every version of every rubric, by key and version. */
    public List<RubricVersion> listByKeyAndVersion() {
        return listAll(Sort.by("rubricKey").and("version"));
    }

    /** The versions of one rubric, oldest first. */
    public List<RubricVersion> versionsOf(String key) {
        return list("rubricKey", Sort.by("version"), key);
    }
}
