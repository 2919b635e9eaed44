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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a person using Swagger UI sees: the served document read the way Swagger UI reads it. */
@QuarkusTest
class SwaggerUiTest {

    JsonNode document;

    @BeforeEach
    void readDocument() throws IOException {
        document = new ObjectMapper().readTree(given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
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
}
