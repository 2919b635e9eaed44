package io.socialhire.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a person using Swagger UI sees: the served document read the way Swagger UI reads it. */
@QuarkusTest
class SwaggerUiTest {

    /** An HTML tag as Markdown with HTML allowed sees one: Swagger UI drops it from the text. */
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][^<>]*>");
    /** A CommonMark code span, whose content is shown literally. */
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`]*`");

    JsonNode document;

    @BeforeEach
    void readDocument() throws IOException {
        document = new ObjectMapper().readTree(given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
    }

    @Test
    void noDescriptionLosesTextToHtml() {
        List<String> swallowed = new ArrayList<>();
        texts(document, "", swallowed);
        assertThat(swallowed).isEmpty();
        assertThat(document.at("/components/securitySchemes/apiKey/description").asText())
                .contains("`Authorization: Bearer shk_<prefix>_<secret>`");
    }

    /** Collects the description and summary texts (Markdown in Swagger UI) that hold a tag outside a code span. */
    private static void texts(JsonNode node, String where, List<String> swallowed) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String path = where + "/" + field.getKey();
            if ((field.getKey().equals("description") || field.getKey().equals("summary")) && field.getValue().isTextual()
                    && HTML_TAG.matcher(CODE_SPAN.matcher(field.getValue().asText()).replaceAll("")).find()) {
                swallowed.add(path + ": " + field.getValue().asText());
            }
            texts(field.getValue(), path, swallowed);
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                texts(node.get(i), where + "/" + i, swallowed);
            }
        }
    }

    @Test
    void landingTextSaysWhereToStart() {
        String text = document.at("/info/description").asText();
        assertThat(text).contains("Start here", "Authorize", "Dev mode", "SOCIALHIRE_SECURITY_BOOTSTRAP_ADMIN_KEY", "createApiKey");
        List<String> flow = List.of("createCandidate", "addChannel", "scoreAnswer", "createAssessment", "createReview");
        assertThat(operationIds()).as("the flow names real operations").containsAll(flow);
        int previous = -1;
        for (String step : flow) {
            assertThat(text.indexOf(step)).as(step + " in the flow's order").isGreaterThan(previous);
            previous = text.indexOf(step);
        }
        assertThat(text).contains("1-5", "definitely_not", "no", "mixed", "yes", "strong_yes");
        assertThat(text).contains("*Try it*", "*API keys and roles*", "*Scoring: the rubric*");
    }

    @Test
    void tagsComeInTaskOrderAndSwaggerUiKeepsIt() {
        List<String> tags = new ArrayList<>();
        document.path("tags").forEach(tag -> tags.add(tag.path("name").asText()));
        assertThat(tags).containsExactly("Scorings", "Candidates", "Channels", "Assessments", "Report links", "Assessment packages", "Invitations", "Rubrics",
                "Roles", "Platforms", "Fairness", "Webhooks", "ATS connectors", "Audit", "API keys");
        List<String> used = new ArrayList<>();
        document.path("paths").forEach(item -> item.forEach(operation -> operation.path("tags").forEach(t -> used.add(t.asText()))));
        assertThat(tags).as("every tag an operation uses has its place").containsAll(used);

        String page = given().when().get("/q/swagger-ui/").then().statusCode(200).extract().asString();
        assertThat(page).as("Swagger UI's sorters keep the document's order")
                .contains("tagsSorter: function (a, b) { return 0; }", "operationsSorter: function (a, b) { return 0; }")
                .doesNotContain("'alpha'", "\"alpha\"");
    }

    @Test
    void tryItOutPrefillsNoFilterOfAList() {
        List<String> prefilled = new ArrayList<>();
        int queryParameters = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode get = path.getValue().path("get");
            for (JsonNode parameter : get.path("parameters")) {
                if (!parameter.path("in").asText().equals("query")) {
                    continue;
                }
                queryParameters++;
                JsonNode schema = parameter.path("schema");
                if (parameter.has("example") || parameter.has("examples") || schema.has("example") || schema.has("examples")) {
                    prefilled.add("GET " + path.getKey() + " ?" + parameter.path("name").asText());
                }
            }
        }
        assertThat(queryParameters).as("query parameters of GET operations").isGreaterThan(10);
        assertThat(prefilled).isEmpty();
    }

    private List<String> operationIds() {
        List<String> ids = new ArrayList<>();
        document.path("paths").forEach(item -> item.forEach(operation -> ids.add(operation.path("operationId").asText())));
        return ids;
    }
}
