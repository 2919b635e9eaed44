package io.socialhire.assessment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.socialhire.common.Cursor;
import io.socialhire.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Every query about stored assessments. */
@ApplicationScoped
public class AssessmentRepository implements PanacheRepositoryBase<Assessment, UUID> {

    /** An assessment with its latest review. */
    public record Reviewed(Assessment assessment, Review latestReview) {
    }

    /** One page of a candidate's assessments in (createdAt, id) order. */
    public Page<Assessment> page(UUID candidateId, Cursor after, int limit) {
        String where = after == null ? "" : " AND (a.createdAt > :c OR (a.createdAt = :c AND a.id > :i))";
        var query = getEntityManager()
                .createQuery("FROM Assessment a WHERE a.candidateId = :cand" + where + " ORDER BY a.createdAt, a.id", Assessment.class)
                .setParameter("cand", candidateId).setMaxResults(limit + 1);
        if (after != null) {
            query.setParameter("c", after.createdAt()).setParameter("i", after.id());
        }
        return Page.fromOverfetch(query.getResultList(), limit, a -> new Cursor(a.createdAt, a.id));
    }

    /** A candidate's assessments, in no particular order. */
    public List<Assessment> listOwnedBy(UUID candidateId) {
        return list("candidateId", candidateId);
    }

    /** A candidate's assessments, oldest first. */
    public List<Assessment> listOwnedByOldestFirst(UUID candidateId) {
        return list("candidateId", Sort.by("createdAt").and("id"), candidateId);
    }

    /**
     * Each rated assessment of a rubric that has a review, with its latest review, oldest
     * assessment first, in one statement. Two reviews with the same latest timestamp both appear.
     */
    public List<Reviewed> listReviewed(String rubricKey) {
        return getEntityManager().createQuery("SELECT a, r FROM Assessment a, Review r WHERE a.rubricKey = :k"
                        + " AND r.assessmentId = a.id AND a.rating IS NOT NULL"
                        + " AND r.createdAt = (SELECT max(r2.createdAt) FROM Review r2 WHERE r2.assessmentId = a.id)"
                        + " ORDER BY a.createdAt, a.id", Object[].class)
                .setParameter("k", rubricKey).getResultList().stream()
                .map(row -> new Reviewed((Assessment) row[0], (Review) row[1])).toList();
    }
}
