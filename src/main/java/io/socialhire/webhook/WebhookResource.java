package io.socialhire.webhook;

import io.socialhire.common.ETags;
import io.socialhire.common.Links;
import io.socialhire.common.MergePatch;
import io.socialhire.common.PageParams;
import io.socialhire.common.PublicUrls;
import io.socialhire.idempotency.Idempotent;
import io.socialhire.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/webhook-endpoints")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Webhooks", description = "Signed events (Standard Webhooks) sent to your endpoints when candidates, assessments,"
        + " reviews and invitations change, so integrations need not poll; the events are documented under webhooks")
public class WebhookResource {

    static final String ENDPOINT = """
            {"id": "5b2f8e3a-1c4d-4e6f-9a0b-7c8d9e0f1a2b", "url": "https://ats.example.com/hooks/socialhire",
             "description": "Greenhouse sync", "eventTypes": ["assessment.created"], "createdAt": "2026-11-22T10:15:30Z",
             "status": "enabled", "version": 0}""";
    static final String FAILING = """
            {"id": "5b2f8e3a-1c4d-4e6f-9a0b-7c8d9e0f1a2b", "url": "https://ats.example.com/hooks/socialhire",
             "description": "Greenhouse sync", "eventTypes": ["assessment.created"], "createdAt": "2026-11-22T10:15:30Z",
             "status": "failing", "statusReason": "Delivery 8e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b failed after 10 attempts; the last: HTTP 500",
             "statusSince": "2026-11-25T08:40:02Z", "version": 3}""";
    static final String DISABLED = """
            {"id": "5b2f8e3a-1c4d-4e6f-9a0b-7c8d9e0f1a2b", "url": "https://ats.example.com/hooks/socialhire",
             "description": "Greenhouse sync", "eventTypes": ["assessment.created"], "createdAt": "2026-11-22T10:15:30Z",
             "status": "disabled", "statusReason": "Disabled by an admin.", "statusSince": "2026-11-23T09:00:00Z", "version": 1}""";
    static final String CREATED = """
            {"id": "5b2f8e3a-1c4d-4e6f-9a0b-7c8d9e0f1a2b", "url": "https://ats.example.com/hooks/socialhire",
             "description": "Greenhouse sync", "eventTypes": ["assessment.created"], "createdAt": "2026-11-22T10:15:30Z",
             "status": "enabled", "secret": "whsec_BwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyAhIiMkJSY="}""";
    static final String ROTATED = """
            {"id": "5b2f8e3a-1c4d-4e6f-9a0b-7c8d9e0f1a2b", "secret": "whsec_MDEyMzQ1Njc4OWFiY2RlZmdoaWprbG1ub3BxcnN0dXY=",
             "previousSecretValidUntil": "2026-11-24T10:15:30Z"}""";
    static final String TEST_DELIVERY = """
            {"id": "0d9c8b7a-6f5e-4d3c-9b2a-1f0e9d8c7b6a", "eventId": "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d",
             "eventType": "webhook.test", "status": "pending", "attempts": 0, "createdAt": "2026-11-22T10:20:00Z",
             "nextAttemptAt": "2026-11-22T10:20:00Z", "history": []}""";
    static final String DELIVERY = """
            {"id": "8e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b", "eventId": "3f6c1b2a-9d8e-4f7a-b6c5-d4e3f2a1b0c9",
             "eventType": "assessment.created", "status": "pending", "attempts": 1, "createdAt": "2026-11-22T10:15:30Z",
             "lastAttemptAt": "2026-11-22T10:15:31Z", "lastResponseStatus": 500, "lastError": "HTTP 500",
             "nextAttemptAt": "2026-11-22T10:15:36Z",
             "history": [{"attempt": 1, "attemptedAt": "2026-11-22T10:15:31Z", "latencyMs": 87, "responseStatus": 500, "error": "HTTP 500"}]}""";
    static final String RETRIED = """
            {"id": "8e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b", "eventId": "3f6c1b2a-9d8e-4f7a-b6c5-d4e3f2a1b0c9",
             "eventType": "assessment.created", "status": "pending", "attempts": 8, "createdAt": "2026-11-22T10:15:30Z",
             "lastAttemptAt": "2026-11-23T13:02:11Z", "lastError": "connection refused or unreachable",
             "nextAttemptAt": "2026-11-24T09:00:00Z",
             "history": [{"attempt": 8, "attemptedAt": "2026-11-23T13:02:11Z", "latencyMs": 3, "error": "connection refused or unreachable"}]}""";

    private final WebhookService service;
    private final PublicUrls urls;

    public WebhookResource(WebhookService service, PublicUrls urls) {
        this.service = service;
        this.urls = urls;
    }

    @POST
    @Idempotent(replaysBody = false)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhookEndpoint", summary = "Create a webhook endpoint",
            description = "Events of the listed types (all when none are listed) are sent to the URL from now on, signed with the"
                    + " secret in the response, which is shown this once: a retry with the same Idempotency-Key answers 409 with"
                    + " the id of the endpoint the first request created. The URL must be https and resolve to a public address."
                    + " Roles: admin.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = WebhookViews.Input.class),
            examples = @ExampleObject(name = "assessments only", value = """
                    {"url": "https://ats.example.com/hooks/socialhire", "description": "Greenhouse sync", "eventTypes": ["assessment.created"]}""")))
    @APIResponse(responseCode = "201", description = "Created; the response holds the only copy of the secret",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = WebhookViews.Created.class),
                    examples = @ExampleObject(name = "created", value = CREATED)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(@Valid @NotNull WebhookViews.Input input, @Context UriInfo uriInfo) {
        WebhookViews.Created created = service.create(input);
        return Response.created(urls.below(uriInfo, created.id().toString())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listWebhookEndpoints", summary = "List webhook endpoints", description = "Without secrets. Roles: admin.")
    @APIResponse(responseCode = "200", description = "The endpoints",
            content = @Content(schema = @Schema(implementation = WebhookViews.EndpointPage.class),
                    examples = @ExampleObject(name = "endpoints", value = "{\"items\": [" + ENDPOINT + "]}")))
    public WebhookViews.EndpointPage list() {
        return new WebhookViews.EndpointPage(service.list(), null);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhookEndpoint", summary = "Get a webhook endpoint",
            description = "Without its secret; the ETag is for PATCH's If-Match. Roles: admin.")
    @APIResponse(responseCode = "200", description = "The endpoint",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = WebhookViews.Endpoint.class),
                    examples = {@ExampleObject(name = "endpoint", value = ENDPOINT), @ExampleObject(name = "failing", value = FAILING)}))
    public Response get(@PathParam("id") UUID id) {
        WebhookViews.Endpoint endpoint = service.get(id);
        return Response.ok(endpoint).header("ETag", ETags.of(endpoint.version())).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "patchWebhookEndpoint", summary = "Change or disable a webhook endpoint (JSON Merge Patch)",
            description = "URL, description, event types, and enabled: false holds everything for the endpoint (new events are not"
                    + " queued for it, pending deliveries wait) until enabled: true, when the held deliveries resume on their schedule"
                    + " and a disabled or failing status is cleared. Roles: admin.")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(ref = "WebhookEndpointPatch"),
            examples = {@ExampleObject(name = "disable", value = "{\"enabled\": false}"),
                    @ExampleObject(name = "move", value = "{\"url\": \"https://ats.example.com/hooks/v2\", \"eventTypes\": null}")}))
    @APIResponse(responseCode = "200", description = "The updated endpoint",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = WebhookViews.Endpoint.class),
                    examples = @ExampleObject(name = "disabled", value = DISABLED)))
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response patch(@PathParam("id") UUID id,
            @Parameter(description = "ETag from a previous read") @HeaderParam("If-Match") String ifMatch, String body) {
        WebhookViews.Endpoint updated = service.patch(id, ifMatch, body);
        return Response.ok(updated).header("ETag", ETags.of(updated.version())).build();
    }

    @POST
    @Idempotent(replaysBody = false)
    @Path("/{id}/rotate-secret")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rotateWebhookSecret", summary = "Rotate an endpoint's signing secret",
            description = "A new secret signs every delivery from now on and is shown this once (a retry with the same"
                    + " Idempotency-Key answers 409). During the overlap (24 h unless overlapSeconds says otherwise) each delivery"
                    + " carries two signatures in webhook-signature, space-separated, one per secret, so a receiver verifies with"
                    + " either while it switches; afterwards only the new one. Roles: admin.")
    @RequestBody(content = @Content(schema = @Schema(implementation = WebhookViews.Rotation.class),
            examples = @ExampleObject(name = "one hour overlap", value = "{\"overlapSeconds\": 3600}")))
    @APIResponse(responseCode = "200", description = "Rotated; the response holds the only copy of the new secret",
            content = @Content(schema = @Schema(implementation = WebhookViews.Rotated.class),
                    examples = @ExampleObject(name = "rotated", value = ROTATED)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public WebhookViews.Rotated rotateSecret(@PathParam("id") UUID id, @Valid WebhookViews.Rotation rotation) {
        return service.rotateSecret(id, rotation);
    }

    @POST
    @Idempotent
    @Path("/{id}/test")
    @Operation(operationId = "testWebhookEndpoint", summary = "Send a test event to an endpoint",
            description = "Queues a webhook.test event for this endpoint alone, signed and retried like any other event;"
                    + " it arrives within a few seconds and its delivery is listed with the others. A disabled endpoint is a 422."
                    + " Roles: admin.")
    @APIResponse(responseCode = "202", description = "Queued; the delivery to follow",
            content = @Content(schema = @Schema(implementation = WebhookViews.Delivery.class),
                    examples = @ExampleObject(name = "test queued", value = TEST_DELIVERY)))
    public Response test(@PathParam("id") UUID id) {
        return Response.accepted(service.sendTest(id)).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhookEndpoint", summary = "Delete a webhook endpoint",
            description = "Nothing more is sent to it, pending deliveries included, and its delivery history goes with it. Roles: admin.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id) {
        service.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "List an endpoint's deliveries",
            description = "Newest first, cursor-paged: each event sent or to be sent to the endpoint, its attempts, the last response"
                    + " status or error and the next attempt. Roles: admin.")
    @APIResponse(responseCode = "200", description = "One page of deliveries",
            headers = @Header(name = "Link", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = WebhookViews.DeliveryPage.class),
                    examples = @ExampleObject(name = "deliveries", value = "{\"items\": [" + DELIVERY + "]}")))
    public Response deliveries(@PathParam("id") UUID id,
            @Parameter(description = "Only deliveries in this status",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"pending", "succeeded", "failed"}))
            @QueryParam("status") String status,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50"))
            @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor from the previous page") @QueryParam("cursor") String cursor,
            @Context UriInfo uriInfo) {
        WebhookViews.DeliveryFilter filter = new WebhookViews.DeliveryFilter(status == null || status.isBlank() ? null : status.strip(),
                PageParams.limit(limit), PageParams.cursor(cursor));
        return Links.paged(service.deliveries(id, filter), urls.request(uriInfo));
    }

    @POST
    @Idempotent
    @Path("/{id}/deliveries/{deliveryId}/retry")
    @Operation(operationId = "retryWebhookDelivery", summary = "Retry a delivery now",
            description = "Makes a pending or failed delivery due at once, whatever its schedule; it is sent within a few seconds."
                    + " A delivery that succeeded, or one of a disabled endpoint, is a 422. Roles: admin.")
    @APIResponse(responseCode = "202", description = "Due now",
            content = @Content(schema = @Schema(implementation = WebhookViews.Delivery.class),
                    examples = @ExampleObject(name = "failed delivery due again", value = RETRIED)))
    public Response retry(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return Response.accepted(service.retry(id, deliveryId)).build();
    }
}
