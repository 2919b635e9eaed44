package io.socialhire.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The report URL handed out with an invitation ({@code reportUrl}): it works from the order on, and
 * opens the report once the candidate has answered.
 */
@ApplicationScoped
public class InvitationReportTokens implements ReportTokens {

    private final InvitationRepository invitations;

    public InvitationReportTokens(InvitationRepository invitations) {
        this.invitations = invitations;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Opened open(String token) {
        return LinkToken.parse(token)
                .flatMap(t -> invitations.findByReportToken(t.hash()).filter(i -> t.matches(i.reportTokenHash)))
                .<Opened>map(i -> i.assessmentId != null ? new Opened.Report(i.assessmentId) : new Opened.NotAnswered(!i.isOpen()))
                .orElseGet(Opened.Unknown::new);
    }
}
