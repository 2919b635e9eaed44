package io.socialhire.invitation;

import com.fasterxml.jackson.annotation.JsonValue;
import io.socialhire.candidate.Limits;
import io.socialhire.common.ApiEnum;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the API shows and takes for invitations. */
public final class InvitationViews {

    static final String LOCALE = "^(en|es|de|fr|pt)$";

    private InvitationViews() {
    }

    @Schema(name = "InvitationStatus", description = "invited: sent, not opened yet; started: the candidate opened the page;"
            + " completed: answered and assessed; cancelled: withdrawn; expired: not answered in time")
    public enum Status implements ApiEnum {
        INVITED, STARTED, COMPLETED, CANCELLED, EXPIRED;

        /** Declared here so that the OpenAPI scanner finds the JSON values on the enum itself. */
        @JsonValue
        @Override
        public String json() {
            return ApiEnum.super.json();
        }

        @Override
        public String toString() {
            return json();
        }
    }

    @Schema(name = "InvitationInput", description = "An order: ask one candidate to answer one assessment package. Give candidateId"
            + " or candidate, not both.")
    public record Input(
            @Schema(description = "The package to answer (GET /api/v1/assessment-packages); retired packages cannot be ordered",
                    example = "community-manager-participation", pattern = PackageViews.ID)
            @NotBlank @Size(max = 64)
            String packageId,
            @Schema(description = "A candidate that exists; or give candidate instead", example = "0b7e7c7a-2f61-4f2a-8a8e-1d2f3c4b5a69")
            UUID candidateId,
            @Schema(description = "The candidate as the ATS knows them: created, or updated when the ATS reference exists, as"
                    + " PUT /api/v1/candidates/by-external-id/{source}/{externalId} does")
            @Valid
            InlineCandidate candidate,
            @Schema(description = "The job the candidate applied for, shown on the candidate's page")
            @Valid
            Job job,
            @Schema(description = "Language of the candidate's page: en, es, de, fr or pt; one of the package's languages. Without it the"
                    + " page follows the candidate's browser.", example = "es", pattern = LOCALE)
            @Pattern(regexp = LOCALE, message = "must be en, es, de, fr or pt")
            String locale,
            @Schema(description = "When the links stop working: in the future and at most 90 days ahead; default 14 days from now"
                    + " (socialhire.invitations.default-validity)", example = "2026-12-17T10:15:30Z")
            Instant expiresAt,
            @Schema(description = "Email the invitation to the candidate (their profile's email address), in the page's language, with"
                    + " the link, the deadline and the notice about automated scoring. The email is sent after the response, with retries;"
                    + " its state shows as email. 422 when the candidate has no email address or the service has no email configured"
                    + " (socialhire.invitations.email-from). Default false: send candidateUrl yourself.", example = "true")
            Boolean sendEmail) {
    }

    @Schema(name = "InvitationCandidate", description = "A candidate given inline with the order, keyed by their ATS reference")
    public record InlineCandidate(
            @Schema(example = "Ana Moreno", maxLength = 200)
            @NotBlank @Size(max = 200)
            String fullName,
            @Schema(example = "ana.moreno@example.com", maxLength = 254)
            @NotBlank @Email @Size(max = 254)
            String email,
            @Schema(description = "The ATS, lower-case; also the invitation's source", example = "greenhouse", pattern = Limits.ATS_SOURCE,
                    maxLength = 64)
            @NotBlank @Size(max = 64) @Pattern(regexp = Limits.ATS_SOURCE, message = "must be lower-case letters, digits, '-' or '_'")
            String source,
            @Schema(description = "The candidate's id in that ATS", example = "48213377", maxLength = 128, pattern = Limits.EXTERNAL_ID)
            @NotBlank @Size(max = 128) @Pattern(regexp = Limits.EXTERNAL_ID, message = "must be letters, digits or . _ : -")
            String externalId) {
    }

    @Schema(name = "InvitationJob", description = "The job, as the ATS names it")
    public record Job(
            @Schema(description = "The job's id in the ATS", example = "4012345", maxLength = 200)
            @Size(max = 200)
            String externalId,
            @Schema(description = "Shown to the candidate", example = "Community manager (mobile games)", maxLength = 200)
            @Size(max = 200)
            String title) {
    }

    @Schema(name = "Invitation", description = "An invitation and the time of each step of its lifecycle")
    public record View(
            UUID id,
            Status status,
            @Schema(example = "community-manager-participation") String packageId,
            UUID candidateId,
            @Schema(description = "The candidate's ATS source, or \"api\" for a candidate without an ATS reference; an invitation is"
                    + " unique per source, candidate and package while invited or started", example = "greenhouse") String source,
            Job job,
            @Schema(example = "es") String locale,
            Instant expiresAt,
            Instant invitedAt,
            Instant startedAt,
            Instant completedAt,
            Instant cancelledAt,
            Instant expiredAt,
            @Schema(description = "The assessment stored when the candidate submitted; present once completed") UUID assessmentId,
            @Schema(description = "The invitation's email to the candidate; absent when the order did not ask for one (sendEmail)")
            EmailState email,
            @Schema(description = "The candidate's page. Only in the response that created the invitation: it is stored hashed and"
                    + " cannot be shown again", type = SchemaType.STRING, format = "uri",
                    example = "https://hiring.example.com/a/Jq3xY0b9Zr5f1cQm2T8wV7kL4nP6sD0aHhE3uGiRtYo")
            String candidateUrl,
            @Schema(description = "The hiring manager's report page. Only in the response that created the invitation, like"
                    + " candidateUrl", type = SchemaType.STRING, format = "uri",
                    example = "https://hiring.example.com/r/Wm4aR2tY8uI0oP3sD5fG7hJ9kL1zX6cV8bN0mQ2wE4r")
            String reportUrl,
            Instant createdAt,
            Instant updatedAt,
            long version) {
    }

    @Schema(name = "InvitationEmailStatus", description = "pending: not sent yet (being sent, or waiting for a retry); sent: handed to"
            + " the mail server; failed: not sent after the last attempt")
    public enum EmailStatus implements ApiEnum {
        PENDING, SENT, FAILED;

        /** Declared here so that the OpenAPI scanner finds the JSON values on the enum itself. */
        @JsonValue
        @Override
        public String json() {
            return ApiEnum.super.json();
        }

        @Override
        public String toString() {
            return json();
        }
    }

    @Schema(name = "InvitationEmail", description = "The email that carries the candidate's link. It is sent after the order's response,"
            + " retried with growing waits when the mail server refuses it or cannot be reached, and failed after the last attempt; the"
            + " link is kept only until then")
    public record EmailState(
            EmailStatus status,
            @Schema(description = "Attempts made so far", example = "1", minimum = "0") int attempts,
            @Schema(description = "When the mail server took it; present once sent") Instant sentAt,
            @Schema(description = "Why the last attempt failed; absent after a success", example = "connection refused") String lastError) {
    }

    @Schema(name = "InvitationPage", description = "One page of invitations")
    public record Page(List<View> items,
            @Schema(description = "Opaque cursor for the next page, also sent in the Link header; absent on the last page") String nextCursor) {
    }

    /** The list filters, already parsed. */
    public record Filter(Status status, String packageId, UUID candidateId, Instant updatedSince) {
    }
}
