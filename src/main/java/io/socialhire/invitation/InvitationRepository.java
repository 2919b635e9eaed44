package io.socialhire.invitation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.socialhire.common.Cursor;
import io.socialhire.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every query about invitations. */
@ApplicationScoped
public class InvitationRepository implements PanacheRepositoryBase<Invitation, UUID> {

    /** One page in (createdAt, id) order, filtered. */
    public Page<Invitation> page(InvitationViews.Filter filter, Cursor after, int limit) {
        StringBuilder where = new StringBuilder("FROM Invitation i WHERE true");
        if (filter.status() != null) {
            where.append(" AND i.status = :status");
        }
        if (filter.packageId() != null) {
            where.append(" AND i.packageId = :package");
        }
        if (filter.candidateId() != null) {
            where.append(" AND i.candidateId = :candidate");
        }
        if (filter.updatedSince() != null) {
            where.append(" AND i.updatedAt >= :since");
        }
        if (after != null) {
            where.append(" AND (i.createdAt > :c OR (i.createdAt = :c AND i.id > :i))");
        }
        TypedQuery<Invitation> query = getEntityManager().createQuery(where + " ORDER BY i.createdAt, i.id", Invitation.class)
                .setMaxResults(limit + 1);
        if (filter.status() != null) {
            query.setParameter("status", filter.status().json());
        }
        if (filter.packageId() != null) {
            query.setParameter("package", filter.packageId());
        }
        if (filter.candidateId() != null) {
            query.setParameter("candidate", filter.candidateId());
        }
        if (filter.updatedSince() != null) {
            query.setParameter("since", filter.updatedSince());
        }
        if (after != null) {
            query.setParameter("c", after.createdAt()).setParameter("i", after.id());
        }
        return Page.fromOverfetch(query.getResultList(), limit, i -> new Cursor(i.createdAt, i.id));
    }

    /**
     * Orders of one (source, candidate, package) take turns until the transaction ends: with no row
     * yet to lock, parallel orders would otherwise both insert, and one would fail on the unique index.
     */
    public void takeTurn(String source, UUID candidateId, String packageId) {
        getEntityManager().createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(:k, 0))) AS turn")
                .setParameter("k", "invitation\n" + source + '\n' + candidateId + '\n' + packageId).getSingleResult();
    }

    /** The invitation of (source, candidate, package) that is still invited or started, if any. */
    public Optional<Invitation> findOpen(String source, UUID candidateId, String packageId) {
        return find("source = ?1 AND candidateId = ?2 AND packageId = ?3 AND status IN ('invited', 'started')",
                source, candidateId, packageId).firstResultOptional();
    }

    /** The open invitation of this source assessing this ATS application with this package, if any. */
    public Optional<Invitation> findOpenForApplication(String source, String applicationId, String packageId) {
        return find("source = ?1 AND atsApplicationId = ?2 AND packageId = ?3 AND status IN ('invited', 'started')",
                source, applicationId, packageId).firstResultOptional();
    }

    /** The invitation, locked until the transaction ends, so concurrent writers take turns. */
    public Optional<Invitation> lockById(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The invitation whose candidate's page token has this hash, locked until the transaction ends. */
    public Optional<Invitation> lockByCandidateToken(byte[] hash) {
        return find("candidateTokenHash", hash).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The invitation whose candidate's page token has this hash, not locked. */
    public Optional<Invitation> findByCandidateToken(byte[] hash) {
        return find("candidateTokenHash", hash).firstResultOptional();
    }

    /** The invitation whose report page token has this hash, not locked. */
    public Optional<Invitation> findByReportToken(byte[] hash) {
        return find("reportTokenHash", hash).firstResultOptional();
    }

    /**
     * Marks every open invitation due by now expired, in one statement, and returns their ids and
     * packages. Safe with several instances: rows are locked by the update, and one that another
     * instance expired meanwhile no longer matches when its lock is released.
     */
    public List<Object[]> expireDue(Instant now, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        UPDATE invitation SET status = 'expired', expired_at = :now, updated_at = :now, version = version + 1
                        WHERE id IN (SELECT id FROM invitation WHERE status IN ('invited', 'started') AND expires_at <= :now
                                     ORDER BY expires_at LIMIT :max FOR UPDATE SKIP LOCKED)
                        RETURNING id, candidate_id, source""")
                .setParameter("now", now).setParameter("max", max).getResultList();
        return rows;
    }

    /** A candidate's invitations, oldest first, for an export. */
    public List<Invitation> listByCandidate(UUID candidateId) {
        return list("candidateId = ?1 ORDER BY createdAt, id", candidateId);
    }
}
