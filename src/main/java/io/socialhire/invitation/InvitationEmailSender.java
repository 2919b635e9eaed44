package io.socialhire.invitation;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.socialhire.candidate.CandidateService;
import io.socialhire.common.Background;
import io.socialhire.common.DueLoop;
import io.socialhire.common.SocialhireConfig;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import org.jboss.logging.Logger;

/**
 * Sends pending invitation emails after the orders that wrote them commit: claims up to 10 due ones
 * at a time in a short transaction (FOR UPDATE SKIP LOCKED, and a lease that moves the next attempt
 * two minutes ahead, so several instances never send the same email and a crash mid-send leaves it
 * to be sent again), composes and sends each outside any transaction, then records the attempt.
 * A refused or failed send is retried after 1 min, 5 min, 30 min and 2 h (each stretched by up to a
 * tenth); after the fifth attempt the email has failed. Once sent or failed, its link is cleared.
 *
 * <p>The database is asked at the earliest pending attempt it knows of, at once after a commit that
 * added an email, and at least once a minute for emails other instances added or left behind.
 * Nothing runs unless email is configured (socialhire.invitations.email-from).
 */
@ApplicationScoped
public class InvitationEmailSender {

    private static final Logger LOG = Logger.getLogger(InvitationEmailSender.class);

    /** The wait before each retry: after the first attempt 1 min, ..., after the fourth 2 h; the fifth is the last. */
    static final List<Duration> RETRIES = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
            Duration.ofHours(2));
    static final int BATCH = 10;
    /** Longer than a send may take (the mailer's own timeout), so a lease runs out only when its sender is gone. */
    static final Duration LEASE = Duration.ofMinutes(2);
    static final int MAX_ERROR = 500;
    /** The name of the sender's worker pool, and the start of its thread's name. */
    public static final String THREAD = "invitation-email-sender";
    static final Duration IDLE_CHECK = Duration.ofSeconds(60);
    static final Duration TICK = Duration.ofSeconds(1);

    private final EntityManager em;
    private final Vertx vertx;
    private final TransactionSynchronizationRegistry transactions;
    private final Mailer mailer;
    private final InvitationRepository invitations;
    private final AssessmentPackageRepository packages;
    private final CandidateService candidates;
    private final Template html;
    private final Template text;
    private final Optional<String> from;
    private final Optional<String> organization;
    private final DueLoop loop = new DueLoop(THREAD, TICK);

    public InvitationEmailSender(EntityManager em, Vertx vertx, TransactionSynchronizationRegistry transactions, Mailer mailer,
            InvitationRepository invitations, AssessmentPackageRepository packages, CandidateService candidates, SocialhireConfig config,
            @Location("invitation/email.html") Template html, @Location("invitation/email.txt") Template text) {
        this.em = em;
        this.vertx = vertx;
        this.transactions = transactions;
        this.mailer = mailer;
        this.invitations = invitations;
        this.packages = packages;
        this.candidates = candidates;
        this.html = html;
        this.text = text;
        this.from = config.invitations().emailFrom().filter(f -> !f.isBlank());
        this.organization = PageWording.organization(config);
    }

    void schedule(@Observes StartupEvent started) {
        if (from.isEmpty()) {
            return; // no email is accepted, so none is pending
        }
        loop.start(vertx, this::sendDue);
    }

    void stop(@Observes ShutdownEvent stopping) {
        loop.stop(vertx);
    }

    /** Look at the next tick: emails were added or made due. */
    public void wake() {
        loop.wake();
    }

    /** Wakes the sender once the current transaction commits, when the email it wrote can be claimed. */
    public void wakeAfterCommit() {
        Background.afterCommit(transactions, this::wake);
    }

    /** The invitation can no longer be answered, so its email is pointless: retrying cannot help. */
    private static final class LinkUnusable extends RuntimeException {
        LinkUnusable(String message) {
            super(message, null, false, false);
        }
    }

    /** A claimed email: its invitation, the attempts made before this one and the link it carries. */
    record Claimed(UUID invitationId, int attempts, String link) {
    }

    /** An attempt's result: sent, or the error; final when retrying cannot help (the link no longer works). */
    record Outcome(boolean sent, String error, boolean giveUp) {
    }

    /** Sends the due emails, at most one run at a time; returns how many were attempted. */
    public int sendDue() {
        return loop.runAlone(() -> {
            int attempted = 0;
            int batch;
            do {
                batch = sendBatch();
                attempted += batch;
            } while (batch == BATCH);
            return attempted;
        });
    }

    private int sendBatch() {
        loop.lookAgainBy(Instant.now().plus(IDLE_CHECK));
        try {
            List<Claimed> claimed = claim();
            for (Claimed email : claimed) {
                record(email, send(email));
            }
            Object nextDue = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "SELECT min(next_attempt_at) FROM invitation_email WHERE status = 'pending'").getSingleResult());
            if (nextDue != null) {
                loop.checkBy(Background.instant(nextDue));
            }
            return claimed.size();
        } catch (RuntimeException e) {
            wake();
            LOG.warnf("Sending invitation emails failed; it runs again in a second: %s", e.getMessage());
            return 0;
        }
    }

    @SuppressWarnings("unchecked")
    private List<Claimed> claim() {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> (List<Object[]>) em.createNativeQuery("""
                        WITH due AS (
                            SELECT invitation_id FROM invitation_email WHERE status = 'pending' AND next_attempt_at <= now()
                            ORDER BY next_attempt_at LIMIT :batch FOR UPDATE SKIP LOCKED)
                        UPDATE invitation_email e SET next_attempt_at = now() + make_interval(secs => :lease)
                        FROM due WHERE e.invitation_id = due.invitation_id
                        RETURNING e.invitation_id, e.attempts, e.link""")
                .setParameter("batch", BATCH).setParameter("lease", (double) LEASE.toSeconds()).getResultList());
        return rows.stream().map(r -> new Claimed((UUID) r[0], ((Number) r[1]).intValue(), (String) r[2])).toList();
    }

    /** Composes the email from the invitation as it is now and hands it to the mail server. */
    private Outcome send(Claimed email) {
        Mail mail;
        try {
            mail = QuarkusTransaction.requiringNew().call(() -> compose(email));
        } catch (LinkUnusable e) {
            return new Outcome(false, e.getMessage(), true);
        }
        if (mail == null) {
            return new Outcome(false, "the candidate has no email address", false);
        }
        try {
            mailer.send(mail);
            return new Outcome(true, null, false);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null && e.getMessage() != null && e.getMessage().startsWith("Unable to send") ? e.getCause() : e;
            String error = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            return new Outcome(false, e == cause ? error : e.getMessage() + ": " + error, false);
        }
    }

    /**
     * The email in the page's language (the invitation's locale, else the package's default): who asks and for which job,
     * the link, until when it works, and the automated-scoring notice in brief. Null when the candidate has no address.
     */
    private Mail compose(Claimed email) {
        Invitation i = invitations.findById(email.invitationId());
        if (i == null) {
            throw new LinkUnusable("the invitation no longer exists");
        }
        if (!i.isOpen() || !i.expiresAt.isAfter(Instant.now())) {
            throw new LinkUnusable("the invitation is " + (i.isOpen() ? "expired" : i.status) + "; its link no longer works");
        }
        String to = candidates.get(i.candidateId).email();
        if (to == null || to.isBlank()) {
            return null;
        }
        AssessmentPackage pkg = packages.findById(i.packageId);
        String lang = CandidatePageResource.language(i.locale, List.copyOf(pkg.languages), null);
        PageMessages msg = PageWording.messages(lang);
        String subject = organization.map(org -> org + ": " + msg.title()).orElse(msg.title());
        return Mail.withText(to, subject, render(text, lang, msg, i, email.link()))
                .setHtml(render(html, lang, msg, i, email.link()))
                .setFrom(from.orElseThrow())
                .addHeader("Content-Language", lang);
    }

    private String render(Template template, String lang, PageMessages msg, Invitation i, String link) {
        TemplateInstance instance = template.instance().data("lang", lang).data("link", link)
                .data("asker", PageWording.asker(msg, organization, i.jobTitle))
                .data("deadline", PageWording.deadline(msg, i.expiresAt, lang));
        instance.setAttribute(TemplateInstance.LOCALE, Locale.forLanguageTag(lang));
        return instance.render();
    }

    /**
     * Records the attempt, unless another sender already did (a lease that ran out): sent, pending with its next attempt,
     * or failed; the link goes with the last two.
     */
    private void record(Claimed email, Outcome outcome) {
        int attempts = email.attempts() + 1;
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String status;
        Instant next = null;
        if (outcome.sent()) {
            status = InvitationViews.EmailStatus.SENT.json();
        } else if (!outcome.giveUp() && attempts <= RETRIES.size()) {
            status = InvitationViews.EmailStatus.PENDING.json();
            next = now.plus(Background.jittered(RETRIES.get(attempts - 1))).truncatedTo(ChronoUnit.MICROS);
            loop.checkBy(next);
        } else {
            status = InvitationViews.EmailStatus.FAILED.json();
        }
        String error = Background.clip(outcome.error(), MAX_ERROR);
        Instant nextAttempt = next;
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        UPDATE invitation_email SET status = :status, attempts = :attempts, next_attempt_at = :next,
                            last_attempt_at = :now, last_error = :error, sent_at = :sent,
                            link = CASE WHEN :status = 'pending' THEN link END
                        WHERE invitation_id = :id AND status = 'pending' AND attempts = :before""")
                .unwrap(NativeQuery.class)
                .setParameter("status", status).setParameter("attempts", attempts).setParameter("next", nextAttempt, Instant.class)
                .setParameter("now", now).setParameter("error", error, String.class)
                .setParameter("sent", outcome.sent() ? now : null, Instant.class)
                .setParameter("id", email.invitationId()).setParameter("before", email.attempts()).executeUpdate());
        if (!outcome.sent()) {
            LOG.debugf("Invitation email %s attempt %d failed: %s", email.invitationId(), attempts, error);
        }
    }
}
