package io.socialhire.assessment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Every query about reviews of assessments. */
@ApplicationScoped
public class ReviewRepository implements PanacheRepositoryBase<Review, UUID> {

    /** Reviews of the given assessments in one statement, oldest first, by assessment id. */
    public Map<UUID, List<Review>> byAssessment(List<UUID> assessmentIds) {
        if (assessmentIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery("FROM Review r WHERE r.assessmentId IN :ids ORDER BY r.createdAt, r.id", Review.class)
                .setParameter("ids", assessmentIds).getResultStream()
                .collect(Collectors.groupingBy(r -> r.assessmentId));
    }
}
