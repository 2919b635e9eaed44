package io.socialhire.fairness;

import io.socialhire.candidate.CandidateErasure;
import io.socialhire.candidate.CandidateService;
import io.socialhire.common.ApiException;
import io.socialhire.common.RetryLostRaces;
import io.socialhire.event.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * Voluntary self-identification: written by whoever forwards the candidate's choice, read only by auditors and
 * admins, erased with the candidate. The audit log records that it changed, never what it says.
 */
@ApplicationScoped
@Transactional
@RetryLostRaces
public class SelfIdentificationService {

    private final SelfIdentificationRepository records;
    private final CandidateService candidates;
    private final Event<DomainEvent> events;

    public SelfIdentificationService(SelfIdentificationRepository records, CandidateService candidates, Event<DomainEvent> events) {
        this.records = records;
        this.candidates = candidates;
        this.events = events;
    }

    /** Sets the answers (a field left out is "not given"); true when it was new. */
    public boolean put(UUID candidateId, SelfIdentificationViews.Input input) {
        candidates.get(candidateId); // 404 for an unknown candidate
        SelfIdentification s = records.findById(candidateId, LockModeType.PESSIMISTIC_WRITE);
        boolean created = s == null;
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (created) {
            s = new SelfIdentification();
            s.candidateId = candidateId;
            s.createdAt = now;
        }
        s.sex = input.sex();
        s.raceEthnicity = input.raceEthnicity();
        s.ageBand = input.ageBand();
        s.updatedAt = now;
        if (created) {
            records.persist(s);
        }
        records.flush();
        events.fire(new FairnessEvents.SelfIdentificationSet(candidateId, created));
        return created;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SelfIdentificationViews.View get(UUID candidateId) {
        return find(candidateId).orElseThrow(() -> ApiException.notFound("Self-identification of candidate", candidateId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SelfIdentificationViews.View> find(UUID candidateId) {
        return Optional.ofNullable(records.findById(candidateId)).map(SelfIdentificationService::view);
    }

    public void delete(UUID candidateId) {
        if (!records.deleteById(candidateId)) {
            throw ApiException.notFound("Self-identification of candidate", candidateId);
        }
        events.fire(new FairnessEvents.SelfIdentificationDeleted(candidateId));
    }

    void erase(@Observes CandidateErasure erasure) {
        records.deleteById(erasure.candidateId());
    }

    private static SelfIdentificationViews.View view(SelfIdentification s) {
        return new SelfIdentificationViews.View(s.candidateId, s.sex, s.raceEthnicity, s.ageBand, s.createdAt, s.updatedAt);
    }
}
