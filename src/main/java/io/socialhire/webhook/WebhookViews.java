package io.socialhire.webhook;

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
            @Schema(description = "Event types to send (candidate.created, candidate.updated, candidate.erased, assessment.created,"
                    + " review.created); absent or empty: all of them", example = "[\"assessment.created\"]",
                    maxItems = 5)
            @Size(max = 5) List<@NotNull String> eventTypes) {
    }

    @Schema(name = "WebhookEndpoint", description = "A webhook endpoint, without its secret")
    public record Endpoint(
            UUID id,
            @Schema(example = "https://ats.example.com/hooks/socialhire") String url,
            @Schema(example = "Greenhouse sync") String description,
            @Schema(description = "Event types sent to it; empty: all of them") List<String> eventTypes,
            Instant createdAt) {
    }

    @Schema(name = "CreatedWebhookEndpoint", description = "A new webhook endpoint. The secret is shown this once and never again.")
    public record Created(
            UUID id,
            String url,
            String description,
            List<String> eventTypes,
            Instant createdAt,
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
            @Schema(description = "When the next attempt is due; only while pending") Instant nextAttemptAt) {
    }

    @Schema(name = "WebhookDeliveryPage", description = "One page of deliveries, newest first")
    public record DeliveryPage(List<Delivery> items, @Schema(description = "Cursor of the next page; absent on the last page") String nextCursor) {
    }
}
