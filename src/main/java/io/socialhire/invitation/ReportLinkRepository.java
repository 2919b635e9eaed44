package io.socialhire.invitation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every query about report links. */
@ApplicationScoped
public class ReportLinkRepository implements PanacheRepositoryBase<ReportLink, UUID> {

    /** The link a token opens, unless its assessment was erased (then nothing may be shown). */
    public Optional<ReportLink> byTokenHash(byte[] hash) {
        return find("tokenHash = ?1 AND assessmentId IN (SELECT a.id FROM Assessment a WHERE a.erasedAt IS NULL)", (Object) hash)
                .firstResultOptional();
    }

    /** An assessment's links, oldest first. */
    public List<ReportLink> ofAssessment(UUID assessmentId) {
        return list("assessmentId = ?1 ORDER BY createdAt, id", assessmentId);
    }

    /**
     * Whether the assessment exists and is not erased, with a share lock on its row until the transaction ends: an
     * erasure that has begun makes this wait and then see the assessment erased, and one that begins later waits for
     * the new link to be committed (see deleteAboutCandidate).
     */
    public boolean lockLiveAssessment(UUID assessmentId) {
        return !getEntityManager().createNativeQuery("SELECT id FROM assessment WHERE id = :id AND erased_at IS NULL FOR SHARE")
                .setParameter("id", assessmentId).getResultList().isEmpty();
    }

    /**
     * Deletes the links to a candidate's assessments; runs before the assessments are anonymized. Locking the
     * assessments first, in a statement of its own, makes a link being created for one of them commit before the
     * delete takes its snapshot, so no link outlives the erasure.
     */
    public int deleteAboutCandidate(UUID candidateId) {
        getEntityManager().createNativeQuery("SELECT id FROM assessment WHERE candidate_id = :c FOR UPDATE")
                .setParameter("c", candidateId).getResultList();
        return (int) delete("assessmentId IN (SELECT a.id FROM Assessment a WHERE a.candidateId = ?1)", candidateId);
    }
}
