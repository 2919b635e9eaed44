package io.socialhire.invitation;

import io.socialhire.common.ApiEnum;
import io.socialhire.common.ApiException;
import io.socialhire.common.Problem;
import io.socialhire.common.ProblemType;
import io.socialhire.common.SocialhireConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The invitation emails an order asks for: whether one can be sent at all, the pending row written
 * with the invitation (in the caller's transaction, so both commit or neither), and their state for
 * the invitation's view. {@link InvitationEmailSender} sends them.
 */
@ApplicationScoped
public class InvitationEmails {

    private final EntityManager em;
    private final InvitationEmailSender sender;
    private final boolean configured;

    public InvitationEmails(EntityManager em, InvitationEmailSender sender, SocialhireConfig config) {
        this.em = em;
        this.sender = sender;
        this.configured = config.invitations().emailFrom().filter(from -> !from.isBlank()).isPresent();
    }

    /** Refuses an order that asks for an email this service cannot send; field names the candidate as the order gave it. */
    /** Whether invitations can be emailed here: a sender address is configured. */
    public boolean configured() {
        return configured;
    }

    public void requireSendable(String candidateEmail, String field) {
        requireSendable(configured, candidateEmail, field);
    }

    /**
     * The rule: without a sender configured, or without the candidate's address, the order is a 422 and writes
     * nothing, never an invitation whose email silently never comes.
     */
    static void requireSendable(boolean configured, String candidateEmail, String field) {
        if (!configured) {
            throw new ApiException(ProblemType.UNPROCESSABLE, "Email is not configured on this service"
                    + " (socialhire.invitations.email-from); send candidateUrl to the candidate yourself.",
                    List.of(new Problem.FieldError("sendEmail", "email is not configured; leave sendEmail out or false")), null);
        }
        if (candidateEmail == null || candidateEmail.isBlank()) {
            throw new ApiException(ProblemType.UNPROCESSABLE, "The candidate has no email address to send the invitation to;"
                    + " add one to the candidate, or leave sendEmail out or false and send candidateUrl yourself.",
                    List.of(new Problem.FieldError(field, "the candidate has no email address")), null);
        }
    }

    /** The pending email of a new invitation, carrying its link until it is sent; the sender looks once this transaction commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public InvitationViews.EmailState enqueue(UUID invitationId, String link, Instant now) {
        InvitationEmail email = new InvitationEmail();
        email.invitationId = invitationId;
        email.status = InvitationViews.EmailStatus.PENDING.json();
        email.link = link;
        email.attempts = 0;
        email.nextAttemptAt = now;
        email.createdAt = now;
        em.persist(email);
        sender.wakeAfterCommit();
        return view(email);
    }

    /** The emails of these invitations, by invitation id; invitations without one are absent. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, InvitationViews.EmailState> of(Collection<UUID> invitationIds) {
        if (invitationIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("FROM InvitationEmail e WHERE e.invitationId IN :ids", InvitationEmail.class)
                .setParameter("ids", invitationIds).getResultStream()
                .collect(Collectors.toMap(e -> e.invitationId, InvitationEmails::view));
    }

    private static InvitationViews.EmailState view(InvitationEmail e) {
        return new InvitationViews.EmailState(ApiEnum.fromJson(InvitationViews.EmailStatus.class, e.status), e.attempts, e.sentAt,
                e.lastError);
    }
}
