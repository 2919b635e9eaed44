package io.socialhire.integration.ashby;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Ashby's assessments API, in its own words (snake_case fields, {success, results} envelopes).
 * Requests ignore properties they do not know, so Ashby can add fields without breaking calls.
 */
public final class AshbyViews {

    private AshbyViews() {
    }

    /** Ashby's envelope of a successful answer. */
    public record Success<T>(@JsonProperty("success") boolean success, @JsonProperty("results") T results) {
        public static <T> Success<T> of(T results) {
            return new Success<>(true, results);
        }
    }

    /** What Ashby shows its user when a call is refused. */
    public record Refusal(@JsonProperty("message") String message) {
    }

    public record AssessmentType(@JsonProperty("assessment_type_id") String assessmentTypeId, @JsonProperty("name") String name,
            @JsonProperty("description") String description) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Start(
            @JsonProperty("assessment_type_id") String assessmentTypeId,
            @JsonProperty("candidate") Candidate candidate,
            @JsonProperty("application") Application application,
            @JsonProperty("job") Job job) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Candidate(
            @JsonProperty("ashby_id") String ashbyId,
            @JsonProperty("first_name") String firstName,
            @JsonProperty("last_name") String lastName,
            @JsonProperty("email") String email,
            @JsonProperty("ashby_profile_url") String ashbyProfileUrl) {

        @Override
        public String toString() {
            return "Candidate[…]"; // personal data: never in logs
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Application(@JsonProperty("ashby_id") String ashbyId, @JsonProperty("status") String status) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Job(
            @JsonProperty("ashby_id") String ashbyId,
            @JsonProperty("name") String name,
            @JsonProperty("req_id") String reqId,
            @JsonProperty("ashby_job_url") String ashbyJobUrl,
            @JsonProperty("hiringTeam") Object hiringTeam) {
    }

    public record Started(@JsonProperty("assessment_id") String assessmentId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Cancel(@JsonProperty("assessment_id") String assessmentId) {
    }

    /** One value of assessment.update, as Ashby displays it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Value(
            @JsonProperty("identifier") String identifier,
            @JsonProperty("label") String label,
            @JsonProperty("description") String description,
            @JsonProperty("type") String type,
            @JsonProperty("value") Object value) {
    }

    /** The body of assessment.update. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Update(
            @JsonProperty("assessment_id") String assessmentId,
            @JsonProperty("timestamp") long timestamp,
            @JsonProperty("assessment_status") Value assessmentStatus,
            @JsonProperty("assessment_result") Value assessmentResult,
            @JsonProperty("assessment_profile_url") Value assessmentProfileUrl,
            @JsonProperty("cancelled_reason") Value cancelledReason,
            @JsonProperty("metadata") List<Value> metadata) {
    }
}
