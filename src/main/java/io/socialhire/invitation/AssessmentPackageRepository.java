package io.socialhire.invitation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** Every query about assessment packages. */
@ApplicationScoped
public class AssessmentPackageRepository implements PanacheRepositoryBase<AssessmentPackage, String> {

    /** Packages by status (active, retired, or both when null), shipped ones first, then by name. */
    public List<AssessmentPackage> list(PackageViews.Status status) {
        Sort order = Sort.descending("builtin").and("name").and("id");
        if (status == null) {
            return listAll(order);
        }
        return list(status == PackageViews.Status.ACTIVE ? "retiredAt IS NULL" : "retiredAt IS NOT NULL", order);
    }

    /** Publishes a shipped package unless one with its id exists (even retired): ids are never reused. */
    public void insertBuiltinIfAbsent(AssessmentPackage p, Instant now) {
        getEntityManager().createNativeQuery("INSERT INTO assessment_package (id, name, description, question, rubric_key, role_id,"
                        + " languages, builtin, created_at, updated_at) VALUES (:id, :n, :d, :q, :r, :role, CAST(:l AS text[]), true,"
                        + " :now, :now) ON CONFLICT DO NOTHING")
                .setParameter("id", p.id).setParameter("n", p.name).setParameter("d", p.description).setParameter("q", p.question)
                .setParameter("r", p.rubricKey).setParameter("role", p.roleId)
                .setParameter("l", "{" + String.join(",", p.languages) + "}")
                .setParameter("now", now)
                .executeUpdate();
    }
}
