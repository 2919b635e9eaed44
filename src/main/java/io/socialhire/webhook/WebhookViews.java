package io.socialhire.webhook;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API shapes of webhook endpoints and their deliveries. */
public final class WebhookViews {

    private WebhookViews() {
    }

    /** Which deliveries to list. */
    public record DeliveryFilter(String status, int limit, io.socialhire.common.Cursor after) {
    }

    @Schema(name = "WebhookEndpointInput", description = "Where to send events")
    public record Input(
            @Schema(description = "https URL that receives the events as POST requests; it must resolve to a public address",
                    example = "https://ats.example.com/hooks/socialhire", maxLength = 2000)
            @NotBlank @Size(max = 2000) String url,
            @Schema(description = "What the endpoint is for", example = "Greenhouse sync", maxLength = 200)
            @Size(max = 200) @Pattern(regexp = "^[^\\u0000-\\u001F\\u007F]*$", message = "must not contain control characters")
            String description,
            @Schema(description = "Event types to send, among: " + EventTypes.LISTED + ". Absent or empty: all of them.",
                    example = "[\"assessment.created\", \"invitation.completed\"]", maxItems = EventTypes.COUNT)
            @Size(max = EventTypes.COUNT) List<@NotNull String> eventTypes,
            @Schema(description = "false: nothing is sent to it (new events are not queued for it and its pending deliveries are"
                    + " held); true again: the held deliveries resume on their schedule. Absent at creation: true.", example = "true")
            Boolean enabled) {
    }

    @Schema(name = "WebhookEndpoint", description = "A webhook endpoint, without its secret")
    public record Endpoint(
            UUID id,
            @Schema(example = "https://ats.example.com/hooks/socialhire") String url,
            @Schema(example = "Greenhouse sync") String description,
            @Schema(description = "Event types sent to it; empty: all of them") List<String> eventTypes,
            Instant createdAt,
            @Schema(description = "enabled; disabled: nothing is sent (by an admin, or because the endpoint answered 410 Gone);"
                    + " failing: a delivery gave up after its last attempt, sending goes on and the next success clears it",
                    enumeration = {"enabled", "disabled", "failing"}, example = "enabled") String status,
            @Schema(description = "Why it is disabled or failing", maxLength = 500) String statusReason,
            @Schema(description = "Since when it has been disabled or failing") Instant statusSince,
            @Schema(description = "Until when the secret before the last rotation still signs beside the current one")
            Instant previousSecretValidUntil,
            @Schema(description = "Changes with every write; sent as the ETag", minimum = "0", example = "0") long version) {
    }

    @Schema(name = "CreatedWebhookEndpoint", description = "A new webhook endpoint. The secret is shown this once and never again.")
    public record Created(
            UUID id,
            String url,
            String description,
            List<String> eventTypes,
            Instant createdAt,
            @Schema(enumeration = {"enabled", "disabled"}, example = "enabled") String status,
            @Schema(description = "The signing secret (Standard Webhooks): whsec_ and the base64 of 32 random bytes; the HMAC key is"
                    + " the base64-decoded part after whsec_. Store it now: it cannot be read again.",
                    example = "whsec_BwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyAhIiMkJSY=", pattern = "^whsec_[A-Za-z0-9+/]{43}=$") String secret) {
    }

    @Schema(name = "WebhookEndpointPage", description = "The webhook endpoints")
    public record EndpointPage(List<Endpoint> items, @Schema(description = "Cursor of the next page; absent on the last page") String nextCursor) {
    }

    @Schema(name = "WebhookDelivery", description = "One event sent, or to be sent, to one endpoint")
    public record Delivery(
            UUID id,
            @Schema(description = "The event, also sent as the webhook-id header") UUID eventId,
            @Schema(example = "assessment.created") String eventType,
            @Schema(enumeration = {"pending", "succeeded", "failed"}, example = "succeeded") String status,
            @Schema(description = "Attempts made so far", minimum = "0", example = "1") int attempts,
            Instant createdAt,
            Instant lastAttemptAt,
            @Schema(description = "HTTP status of the last response", example = "200") Integer lastResponseStatus,
            @Schema(description = "Why the last attempt failed", example = "HTTP 500", maxLength = 500) String lastError,
            @Schema(description = "When the next attempt is due; only while pending") Instant nextAttemptAt,
            @Schema(description = "Every attempt so far, oldest first") List<Attempt> history) {
    }

    @Schema(name = "WebhookDeliveryAttempt", description = "One attempt to send a delivery")
    public record Attempt(
            @Schema(description = "1 for the first attempt", minimum = "1", example = "1") int attempt,
            Instant attemptedAt,
            @Schema(description = "From sending the request to the response or the error, in milliseconds", minimum = "0",
                    example = "87") int latencyMs,
            @Schema(description = "HTTP status of the response; absent when there was none", example = "500") Integer responseStatus,
            @Schema(description = "Why the attempt failed", example = "HTTP 500", maxLength = 500) String error) {
    }

    @Schema(name = "WebhookSecretRotation", description = "How long the old secret keeps signing beside the new one")
    public record Rotation(
            @Schema(description = "Seconds during which every delivery carries signatures by both secrets, 0 to 604800 (7 days);"
                    + " absent: 86400 (24 h). 0 retires the old secret at once.", minimum = "0", maximum = "604800", example = "86400")
            @Min(0) @Max(604800) Integer overlapSeconds) {
    }

    @Schema(name = "RotatedWebhookSecret", description = "The new signing secret, shown this once and never again")
    public record Rotated(
            UUID id,
            @Schema(description = "The new signing secret; it signs every delivery from now on", pattern = "^whsec_[A-Za-z0-9+/]{43}=$",
                    example = "whsec_MDEyMzQ1Njc4OWFiY2RlZmdoaWprbG1ub3BxcnN0dXY=") String secret,
            @Schema(description = "Until when the old secret also signs; absent when the overlap was 0") Instant previousSecretValidUntil) {
    }

    @Schema(name = "WebhookDeliveryPage", description = "One page of deliveries, newest first")
    public record DeliveryPage(List<Delivery> items, @Schema(description = "Cursor of the next page; absent on the last page") String nextCursor) {
    }
}
