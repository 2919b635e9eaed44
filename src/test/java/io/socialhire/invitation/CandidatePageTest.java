package io.socialhire.invitation;

import static io.restassured.RestAssured.given;
import static io.socialhire.TestData.candidate;
import static io.socialhire.TestData.createCandidate;
import static io.socialhire.TestData.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The candidate's page through HTTP, as a browser without script uses it: GET the page, POST its form. */
@QuarkusTest
class CandidatePageTest {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");

    @Inject
    AgroalDataSource dataSource;

    /** An invitation: its id, candidate, page path and report page path. */
    record Invited(String id, String candidateId, String path, String reportPath) {
    }

    private static Invited invite(String extra) {
        String candidateId = createCandidate(candidate("Page Person", uniqueEmail()));
        Response created = given().contentType(ContentType.JSON)
                .body("{\"packageId\": \"community-manager-participation\", \"candidateId\": \"" + candidateId + "\"" + extra + "}")
                .when().post("/api/v1/invitations");
        created.then().statusCode(201);
        String url = created.path("candidateUrl");
        String reportUrl = created.path("reportUrl");
        return new Invited(created.path("id"), candidateId, url.substring(url.indexOf("/a/")), reportUrl.substring(reportUrl.indexOf("/r/")));
    }

    private static String formToken(String html) {
        Matcher m = FORM_TOKEN.matcher(html);
        assertThat(m.find()).as("the page has a form token").isTrue();
        return m.group(1);
    }

    private static RequestSpecification form(Map<String, String> fields) {
        RequestSpecification request = given().redirects().follow(false).contentType(ContentType.URLENC.withCharset("UTF-8"));
        fields.forEach(request::formParam);
        return request;
    }

    private static Map<String, String> fields(Object... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put((String) pairs[i], (String) pairs[i + 1]);
        }
        return fields;
    }

    @Test
    void thePageSpeaksTheInvitationsLanguageElseTheBrowsersAndIsNotIndexed() {
        Invited spanish = invite(", \"locale\": \"es\", \"job\": {\"title\": \"Community manager <Madrid>\"}");
        String html = given().header("Accept-Language", "de").when().get(spanish.path()).then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("X-Robots-Tag", containsString("noindex"))
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer")
                .extract().asString();
        assertThat(html).contains("<html lang=\"es\">", "<meta name=\"robots\" content=\"noindex, nofollow\">",
                "Una pregunta sobre tu participación en redes sociales", "El equipo de selección te pide que respondas una pregunta",
                "«Community manager &lt;Madrid&gt;»", "Where do you participate in social media?",
                "Tu respuesta la puntúa una herramienta automática.", "evaluación solo humana",
                "<label for=\"answer\">Tu respuesta</label>", "<legend>Canal 1</legend>");
        assertThat(html).doesNotContain("<script", "Madrid>");
        Matcher stylesheet = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\">").matcher(html);
        assertThat(stylesheet.find()).isTrue();
        given().when().get(stylesheet.group(1).substring(stylesheet.group(1).indexOf("/assets/"))).then().statusCode(200)
                .contentType(containsString("text/css")).body(containsString(".error-summary"));
        given().when().get("/api/v1/invitations/" + spanish.id()).then().body("status", equalTo("started"));

        String german = given().header("Accept-Language", "it;q=1, de-CH;q=0.8, en;q=0.5").when().get(invite("").path())
                .then().statusCode(200).extract().asString();
        assertThat(german).contains("<html lang=\"de\">", "Eine Frage zu Ihrer Beteiligung in sozialen Medien",
                "Ihre Antwort wird von einem automatisierten Werkzeug bewertet.", "rein menschliche Bewertung");
        assertThat(given().when().get(invite("").path()).then().statusCode(200).extract().asString())
                .contains("<html lang=\"en\">", "scored by an automated tool", "human-only assessment");
    }

    @Test
    void errorsStandNextToTheirFieldsInThePagesLanguageAndNothingTypedIsLost() {
        Invited spanish = invite(", \"locale\": \"es\"");
        String token = formToken(given().when().get(spanish.path()).then().extract().asString());
        String html = form(fields("formToken", token, "action", "submit", "answer", "",
                "channels[0].platform", "reddit", "channels[0].identity", "mi comunidad favorita", "channels[0].role", "",
                "channels[0].frequency", "weekly"))
                .when().post(spanish.path()).then().statusCode(422).extract().asString();
        assertThat(html).contains("<html lang=\"es\">", "Hay un problema", "Escribe tu respuesta antes de enviarla.",
                "Elige tu papel allí.", "href=\"#answer\"", "href=\"#channels-0-role\"", "id=\"answer-error\"",
                "aria-describedby=\"question answer-hint answer-error\" aria-invalid=\"true\"",
                "aria-invalid=\"true\" aria-describedby=\"channels-0-role-error\"",
                "value=\"mi comunidad favorita\"", "<option value=\"reddit\" selected>", "<option value=\"weekly\" selected>");

        Invited german = invite(", \"locale\": \"de\"");
        String germanToken = formToken(given().when().get(german.path()).then().extract().asString());
        String answer = "Ich moderiere r/CommunityManager jede Woche & antworte <täglich> auf Fragen.";
        String germanHtml = form(fields("formToken", germanToken, "action", "submit", "answer", answer,
                "channels[1].platform", "reddit", "channels[1].identity", "r/CommunityManager", "channels[1].frequency", "often",
                "channels[3].platform", "discord", "channels[3].identity", "a very long server name ".repeat(10),
                "channels[3].role", "member", "channels[3].frequency", "daily"))
                .when().post(german.path()).then().statusCode(422).extract().asString();
        assertThat(germanHtml).contains("<html lang=\"de\">", "Es gibt ein Problem", "Wählen Sie Ihre Rolle dort.",
                "Wählen Sie, wie oft Sie sich beteiligen.", "href=\"#channels-1-role\"", "href=\"#channels-1-frequency\"",
                ">Ich moderiere r/CommunityManager jede Woche &amp; antworte &lt;täglich&gt; auf Fragen.</textarea>",
                "value=\"r/CommunityManager\"", "href=\"#channels-3-identity\"",
                "Geben Sie einen Benutzernamen, einen Profil-Link oder einen Community-Namen an");
        assertThat(germanHtml).doesNotContain("answer-error");
        given().when().get("/api/v1/invitations/" + german.id()).then().body("status", equalTo("started"));
        given().when().get("/api/v1/candidates/" + german.candidateId() + "/assessments").then().body("items", hasSize(0));
    }

    @Test
    void aPostWithoutTheFormTokenIsRefused() {
        Invited invited = invite("");
        given().when().get(invited.path()).then().statusCode(200);
        form(fields("action", "submit", "answer", "I moderate r/CommunityManager weekly."))
                .when().post(invited.path()).then().statusCode(403).body(containsString("The form could not be checked"));
        form(fields("formToken", "forged", "action", "submit", "answer", "I moderate r/CommunityManager weekly."))
                .when().post(invited.path()).then().statusCode(403);
        Invited other = invite("");
        String othersToken = formToken(given().when().get(other.path()).then().extract().asString());
        form(fields("formToken", othersToken, "action", "submit", "answer", "I moderate r/CommunityManager weekly."))
                .when().post(invited.path()).then().statusCode(403);
        given().when().get("/api/v1/invitations/" + invited.id()).then().body("status", equalTo("started"));
    }

    @Test
    void aDraftIsKeptAndTheAnswerIsSubmittedOnce() throws SQLException {
        Invited invited = invite("");
        String token = formToken(given().when().get(invited.path()).then().extract().asString());
        form(fields("formToken", token, "action", "save", "answer", "My draft\u0000 about r/CommunityManager"))
                .when().post(invited.path()).then().statusCode(200).body(containsString("Your draft is saved."));
        assertThat(given().when().get(invited.path()).then().statusCode(200).extract().asString())
                .contains(">My draft about r/CommunityManager</textarea>");

        given().when().get(invited.reportPath()).then().statusCode(200).header("X-Robots-Tag", containsString("noindex"))
                .body(containsString("No report yet"));
        String answer = "I moderate r/CommunityManager every week and run a monthly Discord AMA for our players.";
        form(fields("formToken", token, "action", "submit", "answer", answer, "channels[0].platform", "reddit",
                "channels[0].identity", "r/CommunityManager", "channels[0].role", "moderator", "channels[0].frequency", "weekly"))
                .when().post(invited.path()).then().statusCode(303).header("Location", containsString(invited.path()));
        given().when().get(invited.path()).then().statusCode(200).body(containsString("Your answer was sent."))
                .body(not(containsString("<form")));
        String assessmentId = given().when().get("/api/v1/invitations/" + invited.id()).then().statusCode(200)
                .body("status", equalTo("completed")).extract().path("assessmentId");
        given().when().get("/api/v1/assessments/" + assessmentId).then().statusCode(200).body("answer", equalTo(answer));
        given().when().get("/api/v1/candidates/" + invited.candidateId() + "/channels").then().body("items.platform", hasItem("reddit"));
        given().when().get(invited.reportPath()).then().statusCode(200).body(not(containsString("No report yet")))
                .body(containsString("<mark")).body(containsString("Page Person"));

        form(fields("formToken", token, "action", "submit", "answer", "A second answer"))
                .when().post(invited.path()).then().statusCode(409).body(containsString("Your answer was sent."));
        given().when().get("/api/v1/candidates/" + invited.candidateId() + "/assessments").then().body("items", hasSize(1));
    }

    @Test
    void expiredCancelledAndUnknownLinksSaySo() throws SQLException {
        Invited expired = invite(", \"locale\": \"fr\"");
        String token = formToken(given().when().get(expired.path()).then().extract().asString());
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("UPDATE invitation SET expires_at = now() - interval '1 second' WHERE id = ?")) {
            q.setObject(1, UUID.fromString(expired.id()));
            assertThat(q.executeUpdate()).isEqualTo(1);
        }
        given().when().get(expired.path()).then().statusCode(410).body(containsString("<html lang=\"fr\">"))
                .body(containsString("Le délai pour répondre est passé."));
        form(fields("formToken", token, "action", "submit", "answer", "Too late"))
                .when().post(expired.path()).then().statusCode(410);
        given().when().get("/api/v1/candidates/" + expired.candidateId() + "/assessments").then().body("items", hasSize(0));

        Invited cancelled = invite("");
        given().when().post("/api/v1/invitations/" + cancelled.id() + "/cancel").then().statusCode(200);
        given().when().get(cancelled.path()).then().statusCode(410).body(containsString("This invitation was withdrawn."));
        given().when().get(cancelled.reportPath()).then().statusCode(410).body(containsString("closed unanswered"));

        given().header("Accept-Language", "pt-BR").when().get("/a/" + "A".repeat(43)).then().statusCode(404)
                .header("X-Robots-Tag", containsString("noindex")).body(containsString("Página não encontrada"));
        given().when().get("/a/not-a-token").then().statusCode(404);
    }

    @Test
    void writesThroughOneLinkAreRateLimited() {
        Invited invited = invite("");
        String token = formToken(given().when().get(invited.path()).then().extract().asString());
        int limited = 0;
        for (int i = 0; i < PageRateLimiter.WRITES_PER_MINUTE + 2; i++) {
            int status = form(fields("formToken", token, "action", "save", "answer", "draft " + i)).when().post(invited.path())
                    .then().extract().statusCode();
            if (status == 429) {
                limited++;
            }
        }
        assertThat(limited).isGreaterThanOrEqualTo(1);
        form(fields("formToken", token, "action", "save", "answer", "one more")).when().post(invited.path())
                .then().statusCode(429).header("Retry-After", "60");
    }
}
