package io.socialhire.integration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The candidate of an invitation an ATS ordered, with the page's link from the email they got. */
final class CandidateLink {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/a/[A-Za-z0-9_-]+)");
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");

    private final String page;

    private CandidateLink(String page) {
        this.page = page;
    }

    /**
     * The link in the invitation email the candidate got: the ATS left sending it to us, so an order through a
     * connector always emails the candidate (the mock mailbox in tests).
     */
    static CandidateLink of(MockMailbox mailbox, String invitationId) throws InterruptedException {
        String candidateId = given().when().get("/api/v1/invitations/" + invitationId).then().statusCode(200).extract().path("candidateId");
        String address = given().when().get("/api/v1/candidates/" + candidateId).then().statusCode(200).extract().path("email");
        for (int i = 0; i < 200; i++) {
            List<Mail> mails = mailbox.getMailsSentTo(address);
            if (!mails.isEmpty()) {
                assertThat(mails).as("one email per order").hasSize(1);
                Matcher link = LINK.matcher(mails.get(0).getText());
                assertThat(link.find()).as("the email carries the candidate's page link").isTrue();
                return new CandidateLink(link.group(1));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no invitation email to " + address + " within 20 s");
    }

    /** Opens the page (the invitation starts); returns its HTML. */
    String open() {
        return given().when().get(page).then().statusCode(200).extract().asString();
    }

    /** Submits the page's form, with the form token of the page as it was opened. */
    void submit(String html, String answer) {
        Matcher formToken = FORM_TOKEN.matcher(html);
        assertThat(formToken.find()).as("the page has a form token").isTrue();
        given().redirects().follow(false).contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParam("formToken", formToken.group(1)).formParam("action", "submit").formParam("answer", answer)
                .when().post(page).then().statusCode(303);
    }
}
