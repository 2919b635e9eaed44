package io.socialhire.integration.greenhouse;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * Greenhouse's Assessment partner API, in its own words (snake_case, as its documentation names
 * every field). Requests ignore properties they do not know: Greenhouse reserves the right to add
 * more, never to change or remove them.
 */
public final class GreenhouseViews {

    private GreenhouseViews() {
    }

    /** One test in list_tests: a package offered to this connector. */
    public record Test(@JsonProperty("partner_test_id") String partnerTestId, @JsonProperty("partner_test_name") String partnerTestName) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SendTest(
            @JsonProperty("partner_test_id") String partnerTestId,
            @JsonProperty("candidate") Candidate candidate,
            @JsonProperty("sent_by") String sentBy,
            @JsonProperty("url") String url) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Candidate(
            @JsonProperty("first_name") String firstName,
            @JsonProperty("last_name") String lastName,
            @JsonProperty("preferred_name") String preferredName,
            @JsonProperty("email") String email,
            @JsonProperty("resume_url") String resumeUrl,
            @JsonProperty("phone_number") String phoneNumber,
            @JsonProperty("greenhouse_profile_url") String greenhouseProfileUrl) {

        @Override
        public String toString() {
            return "Candidate[…]"; // personal data: never in logs
        }
    }

    public record SentTest(@JsonProperty("partner_interview_id") String partnerInterviewId) {
    }

    /**
     * test_status. Every key is sent, null when it has no value, as Greenhouse's own responses do;
     * partner_profile_url is the report page, set once the status is complete.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record TestStatus(
            @JsonProperty("partner_status") String partnerStatus,
            @JsonProperty("partner_profile_url") String partnerProfileUrl,
            @JsonProperty("partner_score") Integer partnerScore,
            @JsonProperty("metadata") Map<String, Object> metadata) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ResponseError(
            @JsonProperty("api_call") String apiCall,
            @JsonProperty("errors") List<String> errors,
            @JsonProperty("partner_test_id") String partnerTestId,
            @JsonProperty("partner_test_name") String partnerTestName,
            @JsonProperty("partner_interview_id") String partnerInterviewId,
            @JsonProperty("candidate_email") String candidateEmail) {

        @Override
        public String toString() {
            return "ResponseError[api_call=" + apiCall + ", errors=" + errors + "]";
        }
    }

    /** The answer to response_error, as Greenhouse documents it. */
    public record Received(@JsonProperty("status") int status) {
    }
}
