package io.socialhire.invitation;

import static io.restassured.RestAssured.given;
import static io.socialhire.TestData.candidate;
import static io.socialhire.TestData.createCandidate;
import static io.socialhire.TestData.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InvitationEmailTest {

    static final String PACKAGE = InvitationApiTest.PACKAGE;

    @Inject
    MockMailbox mailbox;
    @Inject
    InvitationEmailSender sender;
    @Inject
    AgroalDataSource dataSource;

    private static Response order(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/invitations");
    }

    private static String withEmail(String candidateId, String extra) {
        return """
                {"packageId": "%s", "candidateId": "%s", "sendEmail": true%s}""".formatted(PACKAGE, candidateId, extra);
    }

    @Test
    void theCandidateGetsTheLinkInTheInvitationsLanguageOnceAndTheLinkIsNotKept() throws Exception {
        Map<String, String[]> languages = new LinkedHashMap<>();
        // language -> subject, link text, words of the deadline
        languages.put("es", new String[] {"Una pregunta sobre tu participación en redes sociales", "Responder a la pregunta",
                "Puedes responder hasta el"});
        languages.put("de", new String[] {"Eine Frage zu Ihrer Beteiligung in sozialen Medien", "Frage beantworten",
                "Sie können bis"});
        for (var language : languages.entrySet()) {
            String address = uniqueEmail();
            String candidateId = createCandidate(candidate("Emailed Person", address));
            Response created = order(withEmail(candidateId, ", \"locale\": \"" + language.getKey() + "\","
                    + " \"job\": {\"title\": \"Community lead\"}"));
            created.then().statusCode(201).body("email.status", equalTo("pending")).body("email.attempts", equalTo(0));
            String id = created.path("id");
            String link = created.path("candidateUrl");

            Mail mail = awaitMail(address);
            String[] expected = language.getValue();
            assertThat(mail.getSubject()).isEqualTo(expected[0]);
            assertThat(mail.getFrom()).isEqualTo("Hiring team <hiring@socialhire.test>");
            assertThat(mail.getText()).contains(link, "Community lead", expected[1], expected[2]).doesNotContain("<");
            assertThat(mail.getHtml()).contains("<html lang=\"" + language.getKey() + "\">",
                    "<a href=\"" + link + "\" style=\"color:#0b57d0;font-weight:bold\">" + expected[1] + "</a>", "Community lead",
                    expected[2]).doesNotContain("<img", " src=");
            assertThat(mail.getHtml()).as("the automated-scoring notice, from the page's own messages")
                    .contains(PageWording.messages(language.getKey()).noticeAutomated(),
                            PageWording.messages(language.getKey()).noticeOptOut().substring(0, 20));

            awaitEmail(id, row -> "sent".equals(row.status()));
            given().when().get("/api/v1/invitations/" + id).then().statusCode(200)
                    .body("email.status", equalTo("sent")).body("email.attempts", equalTo(1))
                    .body("email.sentAt", notNullValue()).body("email", not(hasKey("lastError")));
            assertThat(row(id).link()).as("the link is not kept once sent").isNull();
        }
    }

    @Test
    void anOrderWithoutSendEmailSendsNothingAndShowsNoEmail() throws Exception {
        String address = uniqueEmail();
        String candidateId = createCandidate(candidate("Not Emailed", address));
        String id = order("""
                {"packageId": "%s", "candidateId": "%s", "sendEmail": false}""".formatted(PACKAGE, candidateId))
                .then().statusCode(201).body("$", not(hasKey("email"))).extract().path("id");
        sender.wake();
        sender.sendDue();
        assertThat(row(id)).isNull();
        assertThat(mailbox.getMailsSentTo(address)).isEmpty();
        given().when().get("/api/v1/invitations/" + id).then().statusCode(200).body("$", not(hasKey("email")));
    }

    @Test
    void aRefusedEmailIsRetriedThenFailsAndItsLinkIsCleared() throws Exception {
        String address = "c-" + UUID.randomUUID() + RefusingMailer.REFUSED_DOMAIN;
        String candidateId = createCandidate(candidate("Refused Address", address));
        String id = order(withEmail(candidateId, "")).then().statusCode(201).extract().path("id");

        EmailRow first = awaitEmail(id, row -> row.attempts() == 1);
        assertThat(first.status()).isEqualTo("pending");
        assertThat(first.lastError()).contains("550");
        assertThat(first.link()).as("kept for the retry").isNotNull();
        assertThat(first.secondsToNextAttempt()).as("the first retry waits about a minute").isBetween(50L, 70L);
        for (int attempt = 2; attempt <= InvitationEmailSender.RETRIES.size() + 1; attempt++) {
            update("UPDATE invitation_email SET next_attempt_at = now() WHERE invitation_id = ?", id);
            sender.wake();
            int expected = attempt;
            awaitEmail(id, row -> row.attempts() == expected);
        }
        EmailRow last = row(id);
        assertThat(last.status()).isEqualTo("failed");
        assertThat(last.attempts()).isEqualTo(5);
        assertThat(last.link()).as("the link is not kept once the email has failed").isNull();
        assertThat(mailbox.getMailsSentTo(address)).isEmpty();
        given().when().get("/api/v1/invitations/" + id).then().statusCode(200)
                .body("email.status", equalTo("failed")).body("email.attempts", equalTo(5))
                .body("email.lastError", equalTo("550 5.1.1 mailbox unavailable")).body("email", not(hasKey("sentAt")));
    }

    @Test
    void anEmailWhoseInvitationWasCancelledIsNotRetried() throws Exception {
        String address = "c-" + UUID.randomUUID() + RefusingMailer.REFUSED_DOMAIN;
        String candidateId = createCandidate(candidate("Cancelled Meanwhile", address));
        String id = order(withEmail(candidateId, "")).then().statusCode(201).extract().path("id");
        awaitEmail(id, row -> row.attempts() == 1);
        given().when().post("/api/v1/invitations/" + id + "/cancel").then().statusCode(200);
        update("UPDATE invitation_email SET next_attempt_at = now() WHERE invitation_id = ?", id);
        sender.wake();
        EmailRow row = awaitEmail(id, r -> r.attempts() == 2);
        assertThat(row.status()).isEqualTo("failed");
        assertThat(row.lastError()).isEqualTo("the invitation is cancelled; its link no longer works");
        assertThat(row.link()).isNull();
    }

    @Test
    void aRepeatedOrderSendsNoSecondEmail() throws Exception {
        String address = uniqueEmail();
        String candidateId = createCandidate(candidate("Ordered Twice", address));
        String key = UUID.randomUUID().toString();
        String body = withEmail(candidateId, "");
        String id = given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body).when().post("/api/v1/invitations")
                .then().statusCode(201).extract().path("id");
        awaitMail(address);
        awaitEmail(id, row -> "sent".equals(row.status()));

        given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body).when().post("/api/v1/invitations")
                .then().statusCode(409);
        order(body).then().statusCode(200).body("id", equalTo(id)).body("email.status", equalTo("sent"));
        sender.wake();
        Thread.sleep(1500);
        sender.sendDue();
        assertThat(mailbox.getMailsSentTo(address)).hasSize(1);
        assertThat(count("SELECT count(*) FROM invitation_email WHERE invitation_id = ?", id)).isEqualTo(1);
    }

    @Test
    void erasingTheCandidateRemovesTheirEmails() throws Exception {
        String address = "c-" + UUID.randomUUID() + RefusingMailer.REFUSED_DOMAIN; // stays pending, link and all
        String candidateId = createCandidate(candidate("Erased Person", address));
        String id = order(withEmail(candidateId, "")).then().statusCode(201).extract().path("id");
        assertThat(count("SELECT count(*) FROM invitation_email WHERE invitation_id = ?", id)).isEqualTo(1);
        given().when().delete("/api/v1/candidates/" + candidateId).then().statusCode(204);
        assertThat(count("SELECT count(*) FROM invitation_email WHERE invitation_id = ?", id)).isZero();
    }

    // --- helpers ------------------------------------------------------------------------------

    record EmailRow(String status, int attempts, String link, String lastError, long secondsToNextAttempt) {
    }

    private Mail awaitMail(String address) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<Mail> mails = mailbox.getMailsSentTo(address);
            if (!mails.isEmpty()) {
                assertThat(mails).hasSize(1);
                return mails.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no email to " + address + " within 10 s");
    }

    private EmailRow awaitEmail(String id, Predicate<EmailRow> done) throws Exception {
        EmailRow row = null;
        for (int i = 0; i < 100; i++) {
            row = row(id);
            if (row != null && done.test(row)) {
                return row;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the email of " + id + " did not get there within 10 s: " + row);
    }

    private EmailRow row(String id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement("""
                SELECT status, attempts, link, last_error, coalesce(extract(epoch FROM next_attempt_at - now()), 0)::bigint
                FROM invitation_email WHERE invitation_id = ?""")) {
            q.setObject(1, UUID.fromString(id));
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? new EmailRow(r.getString(1), r.getInt(2), r.getString(3), r.getString(4), r.getLong(5)) : null;
            }
        }
    }

    private void update(String sql, String id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setObject(1, UUID.fromString(id));
            assertThat(q.executeUpdate()).isEqualTo(1);
        }
    }

    private long count(String sql, String id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setObject(1, UUID.fromString(id));
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
