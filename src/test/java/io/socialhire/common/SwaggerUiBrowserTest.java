package io.socialhire.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.socialhire.HeadlessChromium;
import io.socialhire.security.Keys;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Swagger UI in a real headless Chromium, as a hiring manager uses it: the Authorize dialog, the landing text, the tags'
 * order, Try it out on a list and on scoring with a real key. SwaggerUiTest checks the served document; this checks what
 * the page makes of it.
 *
 * <p>Tagged "browser": the default test run leaves it out (it needs Chromium, see {@link HeadlessChromium});
 * {@code ./mvnw surefire:test -Pbrowser} runs it, and CI does after installing Debian's chromium and chromium-driver.
 */
@QuarkusTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SwaggerUiBrowserTest {

    /** A Markdown heading of the landing description: "## Start here". */
    private static final Pattern HEADING = Pattern.compile("(?m)^##\\s+(.+)$");
    /** A bold Markdown phrase: "**Get an API key.**". */
    private static final Pattern BOLD = Pattern.compile("\\*\\*([^*]+)\\*\\*");

    @TestHTTPResource("/q/swagger-ui/")
    URL swaggerUi;

    HeadlessChromium chromium;
    WebDriver browser;
    WebDriverWait wait;
    JsonNode document;

    @BeforeAll
    void startBrowser() {
        chromium = new HeadlessChromium();
        browser = chromium.driver;
        wait = chromium.wait;
    }

    @AfterAll
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void authorizeDialogShowsTheKeyFormat(TestInfo test) {
        check(test, () -> {
            open();
            browser.findElement(By.cssSelector(".auth-wrapper button.authorize")).click();
            WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".dialog-ux .modal-ux")));
            WebElement scheme = dialog.findElement(By.cssSelector(".auth-container"));
            // The key format as the security scheme documents it. Outside a code span Swagger UI took <prefix> and <secret>
            // for HTML tags and showed "Bearer shk__".
            String format = "Authorization: Bearer shk_<prefix>_<secret>";
            assertThat(scheme.getText()).as("the Authorize dialog's text").contains(format).doesNotContain("shk__");
            assertThat(texts(scheme, "code")).as("code in the Authorize dialog").contains(format);
            assertThat(document.at("/components/securitySchemes/apiKey/description").asText()).contains("`" + format + "`");
        });
    }

    @Test
    void landingDescriptionSaysWhereToStart(TestInfo test) {
        check(test, () -> {
            open();
            String markdown = document.at("/info/description").asText();
            WebElement description = browser.findElement(By.cssSelector(".information-container .info .description"));

            List<String> headings = matches(HEADING, markdown);
            assertThat(headings).as("the description's headings").contains("Start here", "Reading results");
            assertThat(texts(description, "h2")).containsExactlyElementsOf(headings);

            List<String> bold = matches(BOLD, markdown);
            assertThat(bold).as("the description's bold phrases")
                    .contains("Get an API key.", "Authorize.", "Follow the usual flow:", "Rating", "Recommendation");
            assertThat(texts(description, "strong")).containsExactlyElementsOf(bold);

            List<String> code = texts(description, "code");
            assertThat(code).as("the flow's operations, in order").containsSubsequence(
                    "createCandidate", "addChannel", "scoreAnswer", "createAssessment", "createReview");
            assertThat(code).as("the recommendation scale, rating 1 to 5").containsSubsequence(
                    "definitely_not", "no", "mixed", "yes", "strong_yes");
            assertThat(description.getText()).contains("Rating 1-5: 1 none, 2 thin, 3 some, 4 solid, 5 exemplary");
        });
    }

    @Test
    void tagsAppearInTaskOrder(TestInfo test) {
        check(test, () -> {
            open();
            List<String> shown = new ArrayList<>();
            for (WebElement tag : browser.findElements(By.cssSelector(".opblock-tag-section h3.opblock-tag"))) {
                shown.add(tag.getDomAttribute("data-tag"));
            }
            assertThat(shown).containsExactlyElementsOf(ApiDocumentation.TAG_ORDER);
        });
    }

    @Test
    void tryItOutOnTheCandidateListLeavesEveryFilterEmpty(TestInfo test) {
        check(test, () -> {
            open();
            WebElement operation = expand("Candidates", "listCandidates");
            operation.findElement(By.cssSelector("button.try-out__btn")).click();
            wait.until(ExpectedConditions.elementToBeClickable(operation.findElement(By.cssSelector("button.execute"))));

            Map<String, String> shown = new LinkedHashMap<>();
            for (WebElement row : operation.findElements(By.cssSelector(".parameters tr[data-param-in='query']"))) {
                shown.put(row.getDomAttribute("data-param-name"), row.findElement(By.cssSelector("input")).getDomProperty("value"));
            }
            // Every filter empty, and the cursor too; the page size shows its documented default (Swagger UI fills a
            // schema default in), which lists the same as leaving it out.
            Map<String, String> expected = new LinkedHashMap<>();
            for (JsonNode parameter : document.at("/paths/~1api~1v1~1candidates/get/parameters")) {
                if (parameter.path("in").asText().equals("query")) {
                    expected.put(parameter.path("name").asText(), parameter.at("/schema/default").asText(""));
                }
            }
            assertThat(expected).as("the list's query parameters and their defaults")
                    .containsKeys("q", "platform", "tag", "updatedSince", "cursor")
                    .containsEntry("limit", "50");
            assertThat(expected.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey))
                    .as("query parameters with a default").containsExactly("limit");
            assertThat(shown).as("the inputs after Try it out").isEqualTo(expected);
        });
    }

    @Test
    void authorizedHiringManagerScoresTheExampleAnswer(TestInfo test) {
        check(test, () -> {
            String key = Keys.create("hiring_manager");
            open();
            browser.findElement(By.cssSelector(".auth-wrapper button.authorize")).click();
            WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".dialog-ux .modal-ux")));
            dialog.findElement(By.cssSelector(".auth-container input")).sendKeys(key);
            dialog.findElement(By.cssSelector(".auth-btn-wrapper button.authorize")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".dialog-ux .auth-container"), "Authorized"));
            browser.findElement(By.cssSelector(".dialog-ux .auth-btn-wrapper button.btn-done")).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".dialog-ux .modal-ux")));

            WebElement operation = expand("Scorings", "scoreAnswer");
            operation.findElement(By.cssSelector("button.try-out__btn")).click();
            WebElement body = wait.until(ExpectedConditions.visibilityOf(operation.findElement(By.cssSelector("textarea.body-param__text"))));
            JsonNode example = document.at("/paths/~1api~1v1~1scorings/post/requestBody/content/application~1json/examples")
                    .elements().next().path("value");
            JsonNode sent = new ObjectMapper().readTree(body.getDomProperty("value"));
            assertThat(sent).as("Try it out's body is the documented example").isEqualTo(example);

            operation.findElement(By.cssSelector("button.execute")).click();
            WebElement status = wait.until(ExpectedConditions.visibilityOfNestedElementsLocatedBy(operation,
                    By.cssSelector(".live-responses-table .response .response-col_status"))).get(0);
            String responseBody = operation.findElement(By.cssSelector(".live-responses-table .response .response-col_description pre"))
                    .getDomProperty("textContent");
            assertThat(status.getText()).as("response code, body " + responseBody).isEqualTo("200");
            JsonNode result = new ObjectMapper().readTree(responseBody);
            assertThat(result.path("rating").isInt()).as("a rating in " + responseBody).isTrue();
            assertThat(result.path("rating").asInt()).isBetween(1, 5);
            assertThat(operation.findElement(By.cssSelector(".curl-command")).getDomProperty("textContent"))
                    .as("the request carried the key").contains("Authorization: Bearer " + key);
        });
    }

    /** Reads the served document once (RestAssured knows the test port only once a test runs, not in @BeforeAll). */
    @BeforeEach
    void readDocument() throws IOException {
        if (document == null) {
            document = new ObjectMapper().readTree(given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        }
    }

    /** Opens Swagger UI and waits until it has rendered the document's operations. */
    private void open() {
        browser.get(swaggerUi.toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".information-container .info .description")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".opblock-tag-section .opblock")));
    }

    /** Expands one operation (Swagger UI's element id is operations-TAG-OPERATIONID) and waits for its body. */
    private WebElement expand(String tag, String operationId) {
        WebElement operation = browser.findElement(By.id("operations-" + tag.replace(' ', '_') + "-" + operationId));
        operation.findElement(By.cssSelector(".opblock-summary-control")).click();
        wait.until(ExpectedConditions.visibilityOfNestedElementsLocatedBy(operation, By.cssSelector("button.try-out__btn")));
        return operation;
    }

    private static List<String> texts(WebElement within, String css) {
        List<String> texts = new ArrayList<>();
        for (WebElement element : within.findElements(By.cssSelector(css))) {
            texts.add(element.getText());
        }
        return texts;
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1).strip());
        }
        return found;
    }

    private void check(TestInfo test, HeadlessChromium.Check check) {
        chromium.check(test, check);
    }
}
