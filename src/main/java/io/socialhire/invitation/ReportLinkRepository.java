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

    /** Deletes the links to a candidate's assessments; runs before the assessments are anonymized. */
    public int deleteAboutCandidate(UUID candidateId) {
        return (int) delete("assessmentId IN (SELECT a.id FROM Assessment a WHERE a.candidateId = ?1)", candidateId);
    }
}
