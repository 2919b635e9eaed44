package io.socialhire.invitation;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Duration;

/**
 * The mailer in tests: the mock mailer (MockMailbox), except that a mail server refuses every address
 * at {@link #REFUSED_DOMAIN}, as one answers 550 for a mailbox that does not exist.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class RefusingMailer implements Mailer {

    static final String REFUSED_DOMAIN = "@refused.example";

    private final ReactiveMailer mock;

    public RefusingMailer(ReactiveMailer mock) {
        this.mock = mock;
    }

    @Override
    public void send(Mail... mails) {
        for (Mail mail : mails) {
            if (mail.getTo().stream().anyMatch(to -> to.endsWith(REFUSED_DOMAIN))) {
                throw new IllegalStateException("550 5.1.1 mailbox unavailable");
            }
        }
        mock.send(mails).await().atMost(Duration.ofSeconds(10));
    }
}
