package io.socialhire.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthAndDocsTest {

    /** A POST that acts on an existing resource rather than creating one. */
    private static final java.util.regex.Pattern ACTION = java.util.regex.Pattern.compile("/\\{[^}]+}/(retire|cancel|retry|revoke|rotate-secret|test)$");

    @Test
    void livenessAndReadinessIncludingTheDatabase() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem(containsString("Database")));
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    /** The committed contract is what the code serves; ./mvnw package regenerates it. */
    @Test
    void committedOpenApiMatchesTheServedDocument() throws IOException {
        String served = given().queryParam("format", "yaml").when().get("/q/openapi").then().statusCode(200).extract().asString();
        String committed = Files.readString(Path.of("openapi/openapi.yaml"));
        // Compared as trees: the build and the server may order keys differently.
        YAMLMapper yaml = new YAMLMapper();
        assertThat(yaml.readTree(served))
                .as("openapi/openapi.yaml is out of date: run ./mvnw package and commit openapi/")
                .isEqualTo(yaml.readTree(committed));
    }

    /** Every RestAssured exchange of the HTTP tests is checked against the contract. */
    @Test
    void everyExchangeIsCheckedAgainstTheContract() {
        assertThat(io.restassured.RestAssured.filters()).contains(ContractValidationFilter.INSTANCE);
    }

    @Test
    void everyOperationHasIdSummaryTagAndProblemResponses() {
        Map<String, Map<String, Map<String, Object>>> paths = given().when().get("/q/openapi?format=json").then()
                .statusCode(200).extract().path("paths");
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (var op : path.getValue().entrySet()) {
                if (op.getKey().equals("parameters")) {
                    continue;
                }
                operations++;
                Map<String, Object> operation = op.getValue();
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                for (String field : List.of("operationId", "summary", "tags", "responses")) {
                    if (!operation.containsKey(field)) {
                        missing.add(where + " lacks " + field);
                    }
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> responses = (Map<String, Object>) operation.getOrDefault("responses", Map.of());
                if (!responses.containsKey("503")) {
                    missing.add(where + " lacks 503");
                }
                // a POST creates (201), except scorings, which store nothing, actions on a resource (/retire: 200) and
                // actions done later (202)
                boolean creates = !path.getKey().contains("scorings") && !ACTION.matcher(path.getKey()).find();
                if (op.getKey().equals("post") && !responses.containsKey("201") && !responses.containsKey("202") && creates) {
                    missing.add(where + " documents no 201");
                }
                if (operation.containsKey("requestBody") && !responses.containsKey("400")) {
                    missing.add(where + " lacks 400");
                }
                // ordering an invitation that is still open answers 200 with it instead of a duplicate
                boolean findsOpen = path.getKey().equals("/api/v1/invitations");
                if (op.getKey().equals("post") && responses.containsKey("200") && creates && !findsOpen) {
                    missing.add(where + " documents 200 for a create");
                }
            }
        }
        assertThat(operations).isGreaterThanOrEqualTo(13);
        assertThat(missing).isEmpty();
    }

}
