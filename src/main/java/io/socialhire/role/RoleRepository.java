package io.socialhire.role;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.socialhire.engine.RoleProfile;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** Every query about role profiles. */
@ApplicationScoped
public class RoleRepository implements PanacheRepositoryBase<Role, String> {

    /** Publishes a shipped profile unless a role with its id exists; an existing one is left as it is. */
    public void insertBuiltinIfAbsent(RoleProfile profile, Instant now) {
        getEntityManager().createNativeQuery("INSERT INTO role_profile (id, title, rubric_key, focus_categories, focus_platforms,"
                        + " keywords, builtin, created_at, updated_at) VALUES (:id, :t, :r, CAST(:c AS text[]), CAST(:p AS text[]),"
                        + " CAST(:k AS text[]), true, :now, :now) ON CONFLICT DO NOTHING")
                .setParameter("id", profile.id()).setParameter("t", profile.title()).setParameter("r", profile.rubricKey())
                .setParameter("c", arrayLiteral(profile.focusCategories()))
                .setParameter("p", arrayLiteral(profile.focusPlatforms()))
                .setParameter("k", arrayLiteral(profile.keywords()))
                .setParameter("now", now)
                .executeUpdate();
    }

    /** Shipped roles first, then by title. */
    public List<Role> listForDisplay() {
        return listAll(Sort.descending("builtin").and("title").and("id"));
    }

    public List<Role> listById() {
        return listAll(Sort.by("id"));
    }

    private static String arrayLiteral(List<String> values) {
        return values.stream().map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }
}
