package io.socialhire.invitation;

import static io.restassured.RestAssured.given;
import static io.socialhire.TestData.candidate;
import static io.socialhire.TestData.createCandidate;
import static io.socialhire.TestData.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.socialhire.HeadlessChromium;
import io.socialhire.fairness.SeededPopulation;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The candidate's page and the hiring manager's report page in a real headless Chromium: answering with the keyboard,
 * errors in the page's language, an expired link, the report's highlighted evidence, and axe-core on every page (no
 * serious or critical violations). CandidatePageTest and ReportPageTest check the HTML served; this checks what a browser
 * makes of it, on screen and, for the report, printed. Tagged "browser", run by the browser profile like
 * SwaggerUiBrowserTest.
 */
@QuarkusTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesBrowserTest {

    private static final String ANSWER = "I moderate r/CommunityManager every week and answer newcomers' questions there."
            + " Every month I host an AMA on our Discord server for the players.";
    private static final Logger LOG = Logger.getLogger(PagesBrowserTest.class);
    /** axe-core's impacts that fail the check; minor and moderate ones are logged and do not fail it. */
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/fairness/summary")
    URL fairnessSummary;

    HeadlessChromium chromium;
    WebDriver browser;

    @BeforeAll
    void startBrowser() {
        chromium = new HeadlessChromium();
        browser = chromium.driver;
    }

    @AfterAll
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** An invitation ordered through the API: its id and the two links it gives. */
    record Invited(String id, String candidateUrl, String reportUrl) {
    }

    private static Invited invite(String extra) {
        String candidateId = createCandidate(candidate("Browser Person", uniqueEmail()));
        Response created = given().contentType(ContentType.JSON)
                .body("{\"packageId\": \"community-manager-participation\", \"candidateId\": \"" + candidateId + "\""
                        + ", \"job\": {\"title\": \"Community manager\"}" + extra + "}")
                .when().post("/api/v1/invitations");
        created.then().statusCode(201);
        return new Invited(created.path("id"), created.path("candidateUrl"), created.path("reportUrl"));
    }

    @Test
    void aCandidateAnswersWithTheKeyboardAndTheHiringManagerReadsTheReport(TestInfo test) {
        chromium.check(test, () -> {
            Invited invited = invite("");
            browser.get(invited.candidateUrl());
            assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
            assertAccessible("the candidate's page");

            // Keyboard only: the answer, then Tab through the first channel's fields, choosing options by typing.
            WebElement answer = browser.findElement(By.id("answer"));
            answer.click();
            answer.sendKeys(ANSWER);
            answer.sendKeys(Keys.TAB);
            assertThat(focusedId()).as("Tab from the answer goes to the first channel's platform").isEqualTo("channels-0-platform");
            new Select(browser.findElement(By.id("channels-0-platform"))).selectByValue("reddit");
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
            assertThat(focusedId()).isEqualTo("channels-0-identity");
            browser.switchTo().activeElement().sendKeys("r/CommunityManager", Keys.TAB);
            assertThat(focusedId()).isEqualTo("channels-0-role");
            new Select(browser.findElement(By.id("channels-0-role"))).selectByValue("moderator");
            new Select(browser.findElement(By.id("channels-0-frequency"))).selectByValue("weekly");
            browser.findElement(By.cssSelector("button.primary")).click();

            chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Your answer was sent."));
            assertThat(browser.findElements(By.tagName("form"))).as("the thank-you page has no form").isEmpty();
            assertAccessible("the thank-you page");
            String assessmentId = given().when().get("/api/v1/invitations/" + invited.id()).then().statusCode(200)
                    .body("status", equalTo("completed")).extract().path("assessmentId");
            given().when().get("/api/v1/assessments/" + assessmentId).then().body("answer", equalTo(ANSWER));

            browser.get(invited.reportUrl());
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Browser Person");
            List<WebElement> marks = browser.findElements(By.cssSelector("blockquote.answer mark"));
            assertThat(marks).as("evidence highlighted in the answer").isNotEmpty();
            for (WebElement mark : marks) {
                assertThat(mark.isDisplayed()).as("mark " + mark.getText() + " is visible").isTrue();
                assertThat(ANSWER).contains(mark.getText());
                WebElement label = mark.findElement(By.xpath("following-sibling::*[1]"));
                assertThat(label.getDomAttribute("class")).isEqualTo("tag");
                assertThat(label.isDisplayed()).isTrue();
                assertThat(label.getText()).as("the criteria of evidence " + mark.getText()).isNotBlank();
            }
            WebElement chart = browser.findElement(By.cssSelector("svg.chart"));
            assertThat(chart.isDisplayed()).isTrue();
            assertThat(chart.getDomAttribute("role")).isEqualTo("img");
            assertThat(chart.findElements(By.tagName("rect"))).as("two bars a criterion").hasSizeGreaterThanOrEqualTo(2);
            assertThat(browser.findElement(By.id("chart-title")).getDomProperty("textContent")).contains("Criterion levels");
            assertAccessible("the report page");

            // Printed, each highlight keeps a black outline (printers often drop background colours).
            WebElement first = marks.get(0);
            assertThat(first.getCssValue("outline-style")).as("on screen").isEqualTo("none");
            ChromeDriver chrome = (ChromeDriver) browser;
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            try {
                assertThat(first.getCssValue("outline-style")).as("printed").isEqualTo("solid");
                assertThat(first.getCssValue("outline-color")).isEqualTo("rgba(0, 0, 0, 1)");
                assertThat(first.isDisplayed()).isTrue();
            } finally {
                chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            }
        });
    }

    @Test
    void bothPagesFitAPhoneScreen(TestInfo test) {
        chromium.check(test, () -> {
            Dimension desktop = browser.manage().window().getSize();
            browser.manage().window().setSize(new Dimension(390, 844));
            try {
                Invited invited = invite(", \"locale\": \"pt\"");
                browser.get(invited.candidateUrl());
                assertFitsTheWidth("the candidate's page");
                browser.findElement(By.id("answer")).sendKeys(ANSWER);
                browser.findElement(By.cssSelector("button.primary")).click();
                chromium.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.tagName("form")));
                given().when().get("/api/v1/invitations/" + invited.id()).then().body("status", equalTo("completed"));
                browser.get(invited.reportUrl());
                assertThat(browser.findElements(By.cssSelector("blockquote.answer mark"))).isNotEmpty();
                assertFitsTheWidth("the report page");
            } finally {
                browser.manage().window().setSize(desktop);
            }
        });
    }

    /** Nothing wider than the viewport: no sideways scrolling to read or fill the page. */
    private void assertFitsTheWidth(String page) {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        long viewport = (Long) script.executeScript("return document.documentElement.clientWidth");
        long content = (Long) script.executeScript("return document.documentElement.scrollWidth");
        assertThat(viewport).as("the phone's viewport").isLessThan(420);
        assertThat(content).as(page + " on a phone " + viewport + " px wide").isLessThanOrEqualTo(viewport);
    }

    @Test
    void errorsShowInSpanishAndGermanNextToTheirFieldsAndKeepWhatWasTyped(TestInfo test) {
        chromium.check(test, () -> {
            browser.get(invite(", \"locale\": \"es\"").candidateUrl());
            assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("es");
            new Select(browser.findElement(By.id("channels-0-platform"))).selectByValue("reddit");
            browser.findElement(By.id("channels-0-identity")).sendKeys("mi comunidad favorita");
            browser.findElement(By.cssSelector("button.primary")).click();

            WebElement summary = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-summary")));
            assertThat(summary.findElement(By.tagName("h2")).getText()).isEqualTo("Hay un problema");
            assertThat(focused()).as("the error summary takes focus").isEqualTo(summary);
            assertErrors(List.of("answer", "channels-0-role", "channels-0-frequency"), List.of("Escribe tu respuesta antes de enviarla.",
                    "Elige tu papel allí.", "Elige con qué frecuencia participas."));
            assertThat(browser.findElement(By.id("channels-0-identity")).getDomProperty("value")).isEqualTo("mi comunidad favorita");
            assertThat(new Select(browser.findElement(By.id("channels-0-platform"))).getFirstSelectedOption().getDomAttribute("value"))
                    .isEqualTo("reddit");
            assertAccessible("the candidate's page with errors, in Spanish");

            browser.get(invite(", \"locale\": \"de\"").candidateUrl());
            assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("de");
            String answer = "Ich moderiere r/CommunityManager jede Woche & antworte <täglich> auf Fragen.";
            browser.findElement(By.id("answer")).sendKeys(answer);
            new Select(browser.findElement(By.id("channels-1-platform"))).selectByValue("reddit");
            browser.findElement(By.id("channels-1-identity")).sendKeys("r/CommunityManager");
            browser.findElement(By.cssSelector("button.primary")).click();

            summary = chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-summary")));
            assertThat(summary.findElement(By.tagName("h2")).getText()).isEqualTo("Es gibt ein Problem");
            assertErrors(List.of("channels-1-role", "channels-1-frequency"),
                    List.of("Wählen Sie Ihre Rolle dort.", "Wählen Sie, wie oft Sie sich beteiligen."));
            assertThat(browser.findElements(By.id("answer-error"))).isEmpty();
            assertThat(browser.findElement(By.id("answer")).getDomProperty("value")).isEqualTo(answer);
            assertThat(browser.findElement(By.id("channels-1-identity")).getDomProperty("value")).isEqualTo("r/CommunityManager");
            assertAccessible("the candidate's page with errors, in German");
        });
    }

    @Test
    void anExpiredLinkSaysSoInTheInvitationsLanguage(TestInfo test) throws Exception {
        Invited invited = invite(", \"locale\": \"fr\"");
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("UPDATE invitation SET expires_at = now() - interval '1 second' WHERE id = ?")) {
            q.setObject(1, UUID.fromString(invited.id()));
            assertThat(q.executeUpdate()).isEqualTo(1);
        }
        chromium.check(test, () -> {
            browser.get(invited.candidateUrl());
            assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("fr");
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("Le délai pour répondre est passé.");
            assertThat(browser.findElements(By.tagName("form"))).isEmpty();
            assertAccessible("the expired link's page");
        });
    }

    @Test
    void thePublishedAuditSummaryIsAccessible(TestInfo test) {
        String roleId = new SeededPopulation().assessed("female", "asian", 6, 5).assessed("male", "white", 6, 2).roleId;
        given().contentType(ContentType.JSON).body("""
                {"from": "2000-01-01T00:00:00Z", "to": "2100-01-01T00:00:00Z", "roleId": "%s", "distributionDate": "2026-01-15",
                 "dataSource": "Candidates assessed in the browser test"}""".formatted(roleId))
                .when().post("/api/v1/fairness/summaries").then().statusCode(201);
        chromium.check(test, () -> {
            browser.get(fairnessSummary.toString());
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Bias audit summary");
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("Candidates assessed in the browser test");
            assertThat(browser.findElements(By.cssSelector("section svg[role=img]"))).isNotEmpty();
            assertAccessible("the published audit summary");
        });
    }

    /**
     * The error summary lists the errors in field order, each a link to its field; following a link puts the focus in the
     * field, which is marked invalid and described by its message.
     */
    private void assertErrors(List<String> fieldIds, List<String> messages) {
        List<WebElement> links = browser.findElements(By.cssSelector(".error-summary a"));
        assertThat(links.stream().map(WebElement::getText)).containsExactlyElementsOf(messages);
        assertThat(links.stream().map(l -> l.getDomAttribute("href"))).containsExactlyElementsOf(fieldIds.stream().map(id -> "#" + id).toList());
        for (int i = 0; i < fieldIds.size(); i++) {
            String id = fieldIds.get(i);
            WebElement field = browser.findElement(By.id(id));
            assertThat(field.getDomAttribute("aria-invalid")).as(id + " is marked invalid").isEqualTo("true");
            assertThat(field.getDomAttribute("aria-describedby")).as(id + " is described by its error").contains(id + "-error");
            WebElement error = browser.findElement(By.id(id + "-error"));
            assertThat(error.isDisplayed()).isTrue();
            assertThat(error.getText()).as("the error next to " + id).endsWith(messages.get(i));
            browser.findElement(By.cssSelector(".error-summary a[href='#" + id + "']")).click();
            assertThat(focusedId()).as("following the link to " + id).isEqualTo(id);
        }
    }

    private WebElement focused() {
        return browser.switchTo().activeElement();
    }

    private String focusedId() {
        return focused().getDomAttribute("id");
    }

    /** axe-core on the page as shown: fails on serious or critical violations and prints every violation found. */
    private void assertAccessible(String page) {
        Results results = new AxeBuilder().analyze(browser);
        assertThat(results.getUrl()).isEqualTo(((JavascriptExecutor) browser).executeScript("return location.href"));
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            found.add(rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + "): " + rule.getNodes().stream()
                    .map(n -> n.getTarget() + " " + n.getHtml()).collect(Collectors.joining("; ")));
        }
        if (!found.isEmpty()) {
            LOG.infof("axe-core on %s:%n%s", page, String.join("\n", found));
        }
        assertThat(results.getViolations().stream().filter(r -> BLOCKING.contains(r.getImpact())).map(Rule::getId))
                .as("axe-core on " + page + ", every violation:\n" + String.join("\n", found)).isEmpty();
        assertThat(results.getPasses()).as("axe-core checked " + page).isNotEmpty();
    }
}
