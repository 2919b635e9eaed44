package io.socialhire.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The contract checker finds what it is there to find, and passes what fits. */
class ContractTest {

    static final Contract CONTRACT = Contract.COMMITTED;
    static final String CANDIDATE = "http://localhost:8081/api/v1/candidates/0b7e7c7a-2f61-4f2a-8a8e-1d2f3c4b5a69";

    /** The documented example of getCandidate's 200, which OpenApiExamplesTest holds valid. */
    static ObjectNode candidateExample() {
        JsonNode examples = CONTRACT.document.path("paths").path("/api/v1/candidates/{id}").path("get").path("responses").path("200")
                .path("content").path("application/json").path("examples");
        return (ObjectNode) examples.elements().next().path("value").deepCopy();
    }

    @Test
    void literalPathSegmentsWinOverParameters() {
        assertThat(CONTRACT.template("PUT", "/api/v1/candidates/by-external-id/greenhouse/123"))
                .hasValue("/api/v1/candidates/by-external-id/{source}/{externalId}");
        assertThat(CONTRACT.template("GET", "/api/v1/candidates/0b7e7c7a-2f61-4f2a-8a8e-1d2f3c4b5a69/channels"))
                .hasValue("/api/v1/candidates/{candidateId}/channels");
        assertThat(CONTRACT.template("GET", "/q/health/live")).isEmpty();
    }

    @Test
    void aDocumentedResponseFits() {
        assertThat(CONTRACT.violations("GET", CANDIDATE, null, null, 200, "application/json", candidateExample().toString())).isEmpty();
    }

    @Test
    void aNullWhereTheContractSaysStringIsAViolation() {
        ObjectNode body = candidateExample();
        body.putNull("phone");
        assertThat(CONTRACT.violations("GET", CANDIDATE, null, null, 200, "application/json", body.toString()))
                .singleElement().asString().contains("GET /api/v1/candidates/{id} 200 response").contains("phone");
    }

    @Test
    void undocumentedStatusesAndMediaTypesAreViolations() {
        assertThat(CONTRACT.violations("GET", CANDIDATE, null, null, 500, "application/json", "{}"))
                .singleElement().asString().contains("status 500 is not documented");
        assertThat(CONTRACT.violations("GET", CANDIDATE, null, null, 200, "text/html", "<html/>"))
                .singleElement().asString().contains("response content type text/html is not documented");
    }

    @Test
    void anAcceptedRequestMustFitTheContractAndARefusedOneNeedNot() {
        String created = candidateExample().toString();
        String invalid = "{\"fullName\": \"A\"}";
        assertThat(CONTRACT.violations("POST", "http://localhost/api/v1/candidates", "application/json; charset=UTF-8", invalid, 201,
                "application/json", created)).singleElement().asString().contains("request").contains("email");
        assertThat(CONTRACT.violations("POST", "http://localhost/api/v1/candidates", "application/json", invalid, 400,
                "application/problem+json", "{\"type\": \"https://socialhire.io/problems/validation\", \"title\": \"Invalid request\", "
                        + "\"status\": 400, \"detail\": \"The request has 1 invalid field.\", \"instance\": \"/api/v1/candidates\", "
                        + "\"requestId\": \"6f1c2c1e-5d7a-4c55-9a35-3bb0f3a2f0a1\"}")).isEmpty();
        assertThat(CONTRACT.violations("GET", CANDIDATE, "application/json", invalid, 200, "application/json", created))
                .as("a body sent to an operation that takes none is ignored").isEmpty();
    }
}
