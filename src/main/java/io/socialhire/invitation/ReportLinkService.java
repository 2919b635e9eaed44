package io.socialhire.invitation;

import io.socialhire.assessment.AssessmentService;
import io.socialhire.audit.AuditLog;
import io.socialhire.candidate.CandidateErasure;
import io.socialhire.common.ApiException;
import io.socialhire.common.ReportUrls;
import io.socialhire.event.DomainEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Report links: a hiring manager's way into one assessment's report without an API key. */
@ApplicationScoped
@Transactional
public class ReportLinkService implements ReportTokens {

    private final ReportLinkRepository links;
    private final AssessmentService assessments;
    private final ReportUrls reportUrls;
    private final AuditLog audit;
    private final Event<DomainEvent> events;

    public ReportLinkService(ReportLinkRepository links, AssessmentService assessments, ReportUrls reportUrls, AuditLog audit, Event<DomainEvent> events) {
        this.links = links;
        this.assessments = assessments;
        this.reportUrls = reportUrls;
        this.audit = audit;
        this.events = events;
    }

    /** Issues a link to the assessment's report; the returned URL carries the only copy of the token. */
    public ReportLinkViews.Created create(UUID assessmentId) {
        if (!links.lockLiveAssessment(assessmentId)) {
            throw ApiException.notFound("Assessment", assessmentId);
        }
        LinkToken token = LinkToken.generate();
        ReportLink link = new ReportLink();
        link.id = UUID.randomUUID();
        link.assessmentId = assessmentId;
        link.tokenHash = token.hash();
        link.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        link.createdByKeyId = audit.currentKeyId();
        links.persist(link);
        events.fire(new InvitationEvents.ReportLinkCreated(link.id));
        return new ReportLinkViews.Created(link.id, assessmentId, reportUrls.of(token.value()), link.createdAt);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReportLinkViews.View> list(UUID assessmentId) {
        assessments.get(assessmentId);
        return links.ofAssessment(assessmentId).stream().map(ReportLinkService::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportLinkViews.View get(UUID id) {
        return view(load(id));
    }

    /** Revokes a link at once; revoking it again changes nothing and answers the same. */
    public ReportLinkViews.View revoke(UUID id) {
        ReportLink link = links.findById(id, LockModeType.PESSIMISTIC_WRITE); // two revokes: the first time stays
        if (link == null) {
            throw ApiException.notFound("Report link", id);
        }
        if (link.revokedAt == null) {
            link.revokedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            events.fire(new InvitationEvents.ReportLinkRevoked(link.id));
        }
        return view(link);
    }

    /** What the token of a /r/{token} URL opens, when it is a report link's. */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Opened open(String token) {
        return LinkToken.parse(token)
                .flatMap(t -> links.byTokenHash(t.hash()).filter(link -> t.matches(link.tokenHash)))
                .<Opened>map(link -> link.revokedAt != null ? new Opened.Revoked() : new Opened.Report(link.assessmentId))
                .orElseGet(Opened.Unknown::new);
    }

    /** Before the assessments are anonymized (default priority), while they still name the candidate. */
    @Transactional(Transactional.TxType.MANDATORY)
    void erase(@Observes @Priority(Interceptor.Priority.APPLICATION) CandidateErasure erasure) {
        links.deleteAboutCandidate(erasure.candidateId());
    }

    private ReportLink load(UUID id) {
        ReportLink link = links.findById(id);
        if (link == null) {
            throw ApiException.notFound("Report link", id);
        }
        return link;
    }

    private static ReportLinkViews.View view(ReportLink link) {
        return new ReportLinkViews.View(link.id, link.assessmentId, link.createdAt, link.revokedAt);
    }
}
