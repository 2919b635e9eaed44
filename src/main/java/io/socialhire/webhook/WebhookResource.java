package io.socialhire.webhook;

import io.socialhire.common.Links;
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
             "description": "Greenhouse sync", "eventTypes": ["assessment.created"], "createdAt": "2026-11-22T10:15:30Z"}""";
    static final String CREATED = """
            {"id": "5b2f8e3a-1c4d-4e6f-9a0b-7c8d9e0f1a2b", "url": "https://ats.example.com/hooks/socialhire",
             "description": "Greenhouse sync", "eventTypes": ["assessment.created"], "createdAt": "2026-11-22T10:15:30Z",
             "secret": "whsec_BwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyAhIiMkJSY="}""";
    static final String DELIVERY = """
            {"id": "8e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b", "eventId": "3f6c1b2a-9d8e-4f7a-b6c5-d4e3f2a1b0c9",
             "eventType": "assessment.created", "status": "pending", "attempts": 1, "createdAt": "2026-11-22T10:15:30Z",
             "lastAttemptAt": "2026-11-22T10:15:31Z", "lastResponseStatus": 500, "lastError": "HTTP 500",
             "nextAttemptAt": "2026-11-22T10:15:36Z"}""";
    static final String RETRIED = """
            {"id": "8e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b", "eventId": "3f6c1b2a-9d8e-4f7a-b6c5-d4e3f2a1b0c9",
             "eventType": "assessment.created", "status": "pending", "attempts": 8, "createdAt": "2026-11-22T10:15:30Z",
             "lastAttemptAt": "2026-11-23T13:02:11Z", "lastError": "connection refused or unreachable",
             "nextAttemptAt": "2026-11-24T09:00:00Z"}""";

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
    @Operation(operationId = "getWebhookEndpoint", summary = "Get a webhook endpoint", description = "Without its secret. Roles: admin.")
    @APIResponse(responseCode = "200", description = "The endpoint",
            content = @Content(schema = @Schema(implementation = WebhookViews.Endpoint.class),
                    examples = @ExampleObject(name = "endpoint", value = ENDPOINT)))
    public WebhookViews.Endpoint get(@PathParam("id") UUID id) {
        return service.get(id);
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
                    + " A delivery that succeeded is a 422. Roles: admin.")
    @APIResponse(responseCode = "202", description = "Due now",
            content = @Content(schema = @Schema(implementation = WebhookViews.Delivery.class),
                    examples = @ExampleObject(name = "failed delivery due again", value = RETRIED)))
    public Response retry(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return Response.accepted(service.retry(id, deliveryId)).build();
    }
}
