package io.socialhire.invitation;

import static io.restassured.RestAssured.given;
import static io.socialhire.TestData.createCandidate;
import static io.socialhire.TestData.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.socialhire.Race;
import io.socialhire.engine.ScoringResult;
import io.socialhire.security.Keys;
import io.socialhire.security.Roles;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Report links through the API, and the page they open, read as a browser would: without an API key. */
@QuarkusTest
class ReportPageTest {

    static final String ANSWER = "I moderate r/CommunityManager on Reddit and reply to new members' questions there every week."
            + " I also host a monthly AMA on our Discord server and answer questions in the Indie Hackers forum.";

    @TestHTTPResource("/")
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    record Assessed(String candidateId, String email, String assessmentId) {
    }

    private static Assessed assessed(String answer) {
        String email = uniqueEmail();
        String candidateId = createCandidate("""
                {"fullName": "Report Reader", "email": "%s", "phone": "+1 555 0199", "channels": [
                  {"platform": "reddit", "handle": "r/CommunityManager", "role": "moderator", "frequency": "weekly"}]}""".formatted(email));
        String assessmentId = given().contentType(ContentType.JSON).body(Map.of("answer", answer, "roleId", "community-manager"))
                .when().post("/api/v1/candidates/" + candidateId + "/assessments").then().statusCode(201).extract().path("id");
        return new Assessed(candidateId, email, assessmentId);
    }

    private static JsonPath issue(String assessmentId) {
        return given().when().post("/api/v1/assessments/" + assessmentId + "/report-links").then().statusCode(201)
                .header("Location", startsWith("http://localhost:"))
                .body("assessmentId", equalTo(assessmentId))
                .extract().jsonPath();
    }

    private HttpResponse<String> page(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    private String pageUrl(String token) {
        return base.toString().replaceAll("/$", "") + "/r/" + token;
    }

    @Test
    void theLinkOpensTheWholeReportWithoutAnApiKey() throws Exception {
        Assessed a = assessed(ANSWER);
        JsonPath link = issue(a.assessmentId());
        String url = link.getString("url");
        assertThat(url).matches("http://localhost:\\d+/r/[A-Za-z0-9_-]{43}");

        HttpResponse<String> response = page(url);
        assertThat(response.statusCode()).isEqualTo(200);
        assertPrivatePage(response);
        String html = response.body();

        JsonPath assessment = given().when().get("/api/v1/assessments/" + a.assessmentId()).then().statusCode(200).extract().jsonPath();
        assertThat(html).contains("<h1>Report Reader</h1>")
                .contains(assessment.getInt("finalResult.rating") + " of 5 (")
                .contains(assessment.getInt("finalResult.score") + " of 100")
                .contains(ReportPage.humanize(assessment.getString("finalResult.recommendation")))
                .contains("Not reviewed yet")
                .contains("r/CommunityManager");
        // the report is about the answer, not the person: no contact data
        assertThat(html).doesNotContain(a.email()).doesNotContain("555 0199").doesNotContain("<script");

        List<Map<String, Object>> criteria = assessment.getList("finalResult.criteria");
        assertThat(criteria).isNotEmpty();
        for (Map<String, Object> c : criteria) {
            assertThat(html).contains("<th scope=\"row\">" + title(assessment, (String) c.get("criterion")) + "</th><td>"
                    + c.get("level") + " of " + c.get("max"));
        }
        assertThat(html).contains("<svg class=\"chart\" role=\"img\"").contains("<title id=\"chart-title\">");

        // what the rubric version's model card says, in brief, with the agreement figures the API's card gives
        String rubricKey = assessment.getString("engineResult.rubric.key");
        int rubricVersion = assessment.getInt("engineResult.rubric.version");
        JsonPath card = given().when().get("/api/v1/rubrics/" + rubricKey + "/versions/" + rubricVersion + "/model-card").then()
                .statusCode(200).extract().jsonPath();
        assertThat(html).contains("About the scoring tool").contains("Rubric " + rubricKey + " v" + rubricVersion)
                .contains(String.format(java.util.Locale.ENGLISH, "%.3f on ", card.getDouble("agreement[0].qwk")))
                .contains("/api/v1/rubrics/" + rubricKey + "/versions/" + rubricVersion + "/model-card");
        String tool = html.substring(html.indexOf("<h2 id=\"tool\">"), html.indexOf("</section>", html.indexOf("<h2 id=\"tool\">")));
        assertThat(tool.split("<li>", -1)).as("one item per known limitation").hasSize(card.getList("limitations").size() + 1);

        // the one stylesheet is inline, printable, and the policy allows exactly it (by its hash), so browsers apply it
        String style = html.substring(html.indexOf("<style>") + 7, html.indexOf("</style>"));
        assertThat(style).contains("@media print");
        String hash = "'sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(style.getBytes(StandardCharsets.UTF_8))) + "'";
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("style-src " + hash));

        List<String> followUps = assessment.getList("engineResult.followUpQuestions");
        assertThat(followUps).isNotEmpty();
        followUps.forEach(q -> assertThat(html).contains("<li>" + escape(q) + "</li>"));

        // every evidence span, and nothing else, is inside a <mark>, and the answer is shown whole
        BitSet expected = new BitSet();
        for (Map<String, Object> c : assessment.<Map<String, Object>>getList("engineResult.criteria")) {
            for (Map<String, Object> e : (List<Map<String, Object>>) c.get("evidence")) {
                expected.set((Integer) e.get("start"), (Integer) e.get("end"));
            }
        }
        assertThat(expected.isEmpty()).as("the answer yields evidence").isFalse();
        Shown shown = shown(html);
        assertThat(shown.text()).isEqualTo(ANSWER);
        assertThat(shown.marked()).isEqualTo(expected);
    }

    @Test
    void whatDidNotCountFlagsAndBothKindsOfChannelsAreShown() throws Exception {
        Assessed a = assessed("I used to post on Twitter a lot back in 2015. I plan to start a YouTube channel next year."
                + " These days I reply to people on Mastodon most days.");
        JsonPath assessment = given().when().get("/api/v1/assessments/" + a.assessmentId()).then().statusCode(200).extract().jsonPath();
        String html = page(issue(a.assessmentId()).getString("url")).body();

        List<Map<String, Object>> discounted = assessment.getList("engineResult.claims.findAll { !it.credited }");
        assertThat(discounted).as("the answer has statements that do not count").isNotEmpty();
        for (Map<String, Object> claim : discounted) {
            assertThat(html).contains("<li>“" + escape((String) claim.get("text")) + "”: " + escape((String) claim.get("reason")) + "</li>");
        }
        List<String> flags = assessment.getList("engineResult.flags");
        assertThat(flags).isNotEmpty();
        flags.forEach(f -> assertThat(html).contains("<li>" + ReportPage.humanize(f) + "</li>"));

        String channels = html.substring(html.indexOf("<h2 id=\"channels\">"));
        String declared = channels.substring(0, channels.indexOf("<h3 id=\"detected\">"));
        String detected = channels.substring(channels.indexOf("<h3 id=\"detected\">"));
        assertThat(declared).contains("<td>Reddit</td><td>r/CommunityManager</td><td>Moderator</td><td>Weekly</td>");
        List<Map<String, Object>> found = assessment.getList("engineResult.channels");
        assertThat(found).isNotEmpty();
        for (Map<String, Object> c : found) {
            assertThat(detected).contains("<td>" + c.get("engagement") + "</td><td>" + (Boolean.TRUE.equals(c.get("current")) ? "yes" : "no"));
        }
    }

    @Test
    void anAnswerTheEngineCouldNotRateStillHasAReport() throws Exception {
        Assessed a = assessed("Jag modererar en Discord-server för indiespelutvecklare och svarar på frågor varje vecka.");
        JsonPath assessment = given().when().get("/api/v1/assessments/" + a.assessmentId()).then().statusCode(200).extract().jsonPath();
        assertThat(assessment.getString("engineResult.rating")).as("Swedish is not scored").isNull();
        HttpResponse<String> response = page(issue(a.assessmentId()).getString("url"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<dd>Not rated</dd>").contains("Awaiting review: this result is not final")
                .contains("A person should review this answer")
                .contains(ReportPage.humanize(assessment.getString("engineResult.reviewReasons[0]")));
    }

    @Test
    void aRejectionWaitingForAPersonSaysItIsNotFinal() throws Exception {
        Assessed a = assessed("I have a LinkedIn account and I read posts about community building sometimes.");
        JsonPath assessment = given().when().get("/api/v1/assessments/" + a.assessmentId()).then().statusCode(200).extract().jsonPath();
        assertThat(assessment.getString("status")).isEqualTo("pending_review");
        HttpResponse<String> response = page(issue(a.assessmentId()).getString("url"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Awaiting review: this result is not final")
                .contains("<dd>" + assessment.getInt("engineResult.rating") + " of 5");
        HttpResponse<String> reviewed = page(issue(given().contentType(ContentType.JSON)
                .body(Map.of("reviewer", "Maria Lopez (hiring manager)", "rating", 2, "recommendation", "no", "reason", "Confirmed"))
                .when().post("/api/v1/assessments/" + a.assessmentId() + "/reviews").then().statusCode(201).extract().path("assessmentId")
                .toString()).getString("url"));
        assertThat(reviewed.body()).doesNotContain("Awaiting review").contains("Reviewed by <strong>Maria Lopez (hiring manager)</strong>");
    }

    @Test
    void hostileAnswerTextIsEscaped() throws Exception {
        String hostile = "<script>alert('x')</script> I moderate r/CommunityManager and reply \"every\" week & more.";
        Assessed a = assessed(hostile);
        HttpResponse<String> response = page(issue(a.assessmentId()).getString("url"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("<script").contains("&lt;script&gt;");
        assertThat(shown(response.body()).text()).isEqualTo(hostile);
    }

    @Test
    void reviewedValuesWinAndSayWhoAndWhy() throws Exception {
        Assessed a = assessed(ANSWER);
        JsonPath engine = given().when().get("/api/v1/assessments/" + a.assessmentId()).then().extract().jsonPath();
        int engineRating = engine.getInt("engineResult.rating");
        int other = engineRating == 1 ? 2 : engineRating - 1;
        String criterion = engine.getString("engineResult.criteria[0].criterion");
        int engineLevel = engine.getInt("engineResult.criteria[0].level");
        int otherLevel = engineLevel == 0 ? 1 : engineLevel - 1;
        given().contentType(ContentType.JSON)
                .body(Map.of("reviewer", "Maria Lopez (hiring manager)", "rating", other, "reason", "Hosts events but rarely answers people",
                        "criteria", List.of(Map.of("criterion", criterion, "level", otherLevel, "reason", "One AMA a month is not leading"))))
                .when().post("/api/v1/assessments/" + a.assessmentId() + "/reviews").then().statusCode(201);
        String html = page(issue(a.assessmentId()).getString("url")).body();
        assertThat(html).contains("Reviewed by <strong>Maria Lopez (hiring manager)</strong>")
                .contains("Why: Hosts events but rarely answers people")
                .contains("<dd>" + other + " of 5 (")
                .contains("The engine's own result: rating " + engineRating + " (")
                .contains("<th scope=\"row\">" + title(engine, criterion) + "</th><td>" + otherLevel + " of 4 (engine: " + engineLevel + ")")
                .contains("<strong>Reviewer:</strong> One AMA a month is not leading");
    }

    @Test
    void revokedLinksAnswer410AndUnknownTokens404() throws Exception {
        Assessed a = assessed(ANSWER);
        JsonPath link = issue(a.assessmentId());
        String id = link.getString("id");
        String revokedAt = given().when().post("/api/v1/report-links/" + id + "/revoke").then().statusCode(200)
                .body("revokedAt", notNullValue()).extract().path("revokedAt");
        given().when().post("/api/v1/report-links/" + id + "/revoke").then().statusCode(200).body("revokedAt", equalTo(revokedAt));

        HttpResponse<String> revoked = page(link.getString("url"));
        assertThat(revoked.statusCode()).isEqualTo(410);
        assertPrivatePage(revoked);
        assertThat(revoked.body()).contains("revoked").doesNotContain("Report Reader");

        for (String token : List.of(LinkToken.generate().value(), "short", "%3Cscript%3E")) {
            HttpResponse<String> unknown = page(pageUrl(token));
            assertThat(unknown.statusCode()).as(token).isEqualTo(404);
            assertPrivatePage(unknown);
            assertThat(unknown.body()).contains("Report not found").doesNotContain("<script");
        }
        given().when().post("/api/v1/report-links/" + UUID.randomUUID() + "/revoke").then().statusCode(404);
        given().when().post("/api/v1/assessments/" + UUID.randomUUID() + "/report-links").then().statusCode(404);
    }

    @Test
    void listingsNeverShowTokensAndRetriesDoNotReplayThem() {
        Assessed a = assessed(ANSWER);
        JsonPath first = issue(a.assessmentId());
        String token = first.getString("url").substring(first.getString("url").lastIndexOf('/') + 1);
        String key = UUID.randomUUID().toString();
        String second = given().header("Idempotency-Key", key).when().post("/api/v1/assessments/" + a.assessmentId() + "/report-links")
                .then().statusCode(201).extract().path("id");
        given().header("Idempotency-Key", key).when().post("/api/v1/assessments/" + a.assessmentId() + "/report-links")
                .then().statusCode(409).body("existingId", equalTo(second));

        String listing = given().when().get("/api/v1/assessments/" + a.assessmentId() + "/report-links").then().statusCode(200)
                .body("items.id", equalTo(List.of(first.getString("id"), second)))
                .body("items[0].revokedAt", nullValue())
                .extract().asString();
        assertThat(listing).doesNotContain(token).doesNotContain("/r/");
        assertThat(given().when().get("/api/v1/report-links/" + second).then().statusCode(200).extract().asString()).doesNotContain("/r/");
    }

    @Test
    void rolesThatReadAssessmentsShareThemAndTheAuditorDoesNot() {
        Assessed a = assessed(ANSWER);
        for (String role : List.of(Roles.RECRUITER, Roles.HIRING_MANAGER)) {
            given().header("Authorization", "Bearer " + Keys.of(role)).when().post("/api/v1/assessments/" + a.assessmentId() + "/report-links")
                    .then().statusCode(201);
        }
        given().header("Authorization", "Bearer " + Keys.of(Roles.AUDITOR)).when()
                .post("/api/v1/assessments/" + a.assessmentId() + "/report-links").then().statusCode(403);
    }

    @Test
    void erasingTheCandidateDeletesTheirLinks() throws Exception {
        Assessed a = assessed(ANSWER);
        JsonPath link = issue(a.assessmentId());
        assertThat(page(link.getString("url")).statusCode()).isEqualTo(200);
        given().when().delete("/api/v1/candidates/" + a.candidateId()).then().statusCode(204);
        assertThat(page(link.getString("url")).statusCode()).isEqualTo(404);
        given().when().get("/api/v1/report-links/" + link.getString("id")).then().statusCode(404);
    }

    @Test
    void noLinkOutlivesAnErasureThatRacesItsCreation() {
        for (int round = 0; round < 5; round++) {
            Assessed a = assessed(ANSWER);
            List<io.restassured.response.Response> answers = Race.run(8, i -> i == 0
                    ? given().when().delete("/api/v1/candidates/" + a.candidateId())
                    : given().when().post("/api/v1/assessments/" + a.assessmentId() + "/report-links"));
            assertThat(answers.get(0).statusCode()).isEqualTo(204);
            for (io.restassured.response.Response created : answers.subList(1, answers.size())) {
                assertThat(created.statusCode()).isIn(201, 404);
                if (created.statusCode() == 201) {
                    given().when().get("/api/v1/report-links/" + created.path("id")).then().statusCode(404);
                }
            }
        }
    }

    @Test
    void overlappingEvidenceIsCutIntoLabelledStretches() {
        ScoringResult.CriterionResult first = new ScoringResult.CriterionResult("two_way_interaction", 3, 0, 4, 1,
                "", List.of(new ScoringResult.Evidence(0, 10, "abcdefghij", "comment")));
        ScoringResult.CriterionResult second = new ScoringResult.CriterionResult("giving_to_others", 2, 0, 4, 1,
                "", List.of(new ScoringResult.Evidence(5, 15, "fghijklmno", "help"), new ScoringResult.Evidence(40, 99, "", "bad")));
        assertThat(ReportPage.segments("abcdefghijklmnopqrst", List.of(first, second), ReportPage::humanize)).containsExactly(
                new ReportPage.Segment("abcde", true, "Two way interaction"),
                new ReportPage.Segment("fghij", true, "Two way interaction; Giving to others"),
                new ReportPage.Segment("klmno", true, "Giving to others"),
                new ReportPage.Segment("pqrst", false, ""));
    }

    /** A criterion's title in the rubric version that scored the assessment, as the rubric API publishes it. */
    private static String title(JsonPath assessment, String criterion) {
        String title = given().when().get("/api/v1/rubrics/" + assessment.getString("engineResult.rubric.key") + "/versions/"
                + assessment.getInt("engineResult.rubric.version")).then().statusCode(200).extract()
                .path("definition.criteria.find { it.key == '" + criterion + "' }.title");
        assertThat(title).isNotBlank();
        return title;
    }

    private static void assertPrivatePage(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.headers().firstValue("X-Robots-Tag")).hasValueSatisfying(t -> assertThat(t).contains("noindex"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).startsWith("default-src 'none'").doesNotContain("script"));
        assertThat(response.body()).contains("<html lang=\"en\">").contains("<meta name=\"robots\" content=\"noindex");
    }

    record Shown(String text, BitSet marked) {
    }

    /** The answer as the page shows it: its text (entities decoded, criterion labels left out) and which characters are marked. */
    private static Shown shown(String html) {
        String open = "<blockquote class=\"answer\">";
        String quote = html.substring(html.indexOf(open) + open.length(), html.indexOf("</blockquote>"));
        quote = quote.replaceAll("<span class=\"tag\">[^<]*</span>", "");
        Matcher token = Pattern.compile("<mark>|</mark>|&amp;|&lt;|&gt;|&quot;|&#39;|[^<&]|[<&]", Pattern.DOTALL).matcher(quote);
        StringBuilder text = new StringBuilder();
        BitSet marked = new BitSet();
        boolean inside = false;
        while (token.find()) {
            String t = token.group();
            switch (t) {
                case "<mark>" -> inside = true;
                case "</mark>" -> inside = false;
                default -> {
                    if (inside) {
                        marked.set(text.length());
                    }
                    text.append(switch (t) {
                        case "&amp;" -> "&";
                        case "&lt;" -> "<";
                        case "&gt;" -> ">";
                        case "&quot;" -> "\"";
                        case "&#39;" -> "'";
                        default -> t;
                    });
                }
            }
        }
        return new Shown(text.toString(), marked);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
