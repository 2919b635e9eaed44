package io.socialhire.integration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.restassured.http.ContentType;
import io.socialhire.common.Secrets;
import io.socialhire.invitation.LinkToken;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The candidate of an invitation an ATS ordered, with the page's link as an email would carry it. */
final class CandidateLink {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");

    private final String page;

    private CandidateLink(String page) {
        this.page = page;
    }

    /** A page token set for the invitation: only its hash is stored, as for any link. */
    static CandidateLink of(AgroalDataSource dataSource, String invitationId) throws SQLException {
        LinkToken token = LinkToken.generate();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("UPDATE invitation SET candidate_token_hash = ? WHERE id = ?::uuid")) {
            s.setBytes(1, Secrets.sha256(token.value()));
            s.setString(2, invitationId);
            assertThat(s.executeUpdate()).isOne();
        }
        return new CandidateLink("/a/" + token.value());
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
