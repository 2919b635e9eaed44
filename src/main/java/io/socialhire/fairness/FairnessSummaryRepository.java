package io.socialhire.fairness;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.socialhire.common.Cursor;
import io.socialhire.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Every query about published summaries. */
@ApplicationScoped
public class FairnessSummaryRepository implements PanacheRepositoryBase<FairnessSummary, UUID> {

    /** Newest first; the cursor is the last row's (publishedAt, id). */
    public Page<FairnessSummary> page(Cursor after, int limit) {
        String where = after == null ? "" : " WHERE s.publishedAt < :c OR (s.publishedAt = :c AND s.id < :i)";
        var query = getEntityManager()
                .createQuery("FROM FairnessSummary s" + where + " ORDER BY s.publishedAt DESC, s.id DESC", FairnessSummary.class)
                .setMaxResults(limit + 1);
        if (after != null) {
            query.setParameter("c", after.createdAt()).setParameter("i", after.id());
        }
        return Page.fromOverfetch(query.getResultList(), limit, s -> new Cursor(s.publishedAt, s.id));
    }

    public Optional<FairnessSummary> latest() {
        return getEntityManager().createQuery("FROM FairnessSummary s ORDER BY s.publishedAt DESC, s.id DESC", FairnessSummary.class)
                .setMaxResults(1).getResultStream().findFirst();
    }
}
