package io.socialhire.audit;

import io.socialhire.common.ApiException;
import io.socialhire.common.Links;
import io.socialhire.common.PageParams;
import io.socialhire.common.PublicUrls;
import io.socialhire.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Audit", description = "Every write: when, which key, what, and which fields changed")
public class AuditResource {

    private static final String EVENT = """
            {"id": "2d3c4b5a-6978-4a1b-9c2d-3e4f5a6b7c8d", "occurredAt": "2026-11-22T10:15:30Z",
             "apiKeyId": "7c9e6679-7425-40de-944b-e07fc1f90ae7", "apiKeyName": "Greenhouse sync", "action": "candidate.updated",
             "entityType": "candidate", "entityId": "0b7e7c7a-2f61-4f2a-8a8e-1d2f3c4b5a69",
             "requestId": "6f1c2c1e-5d7a-4c55-9a35-3bb0f3a2f0a1", "changedFields": ["headline", "tags"]}""";

    private final AuditLog audit;
    private final PublicUrls urls;

    public AuditResource(AuditLog audit, PublicUrls urls) {
        this.audit = audit;
        this.urls = urls;
    }

    @GET
    @Operation(operationId = "listAuditEvents", summary = "List audit events", description = "Oldest first, cursor-paged. Roles: admin.")
    @APIResponse(responseCode = "200", description = "One page of events",
            headers = @Header(name = "Link", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AuditViews.EventPage.class),
                    examples = @ExampleObject(name = "events", value = "{\"items\": [" + EVENT + "]}")))
    public Response list(
            @Parameter(description = "One of candidate, channel, assessment, review, rubric_version, role, api_key, webhook_endpoint")
            @QueryParam("entityType") String entityType,
            @Parameter(description = "Id of the entity") @QueryParam("entityId") String entityId,
            @Parameter(description = "Id of the API key that made the change") @QueryParam("apiKeyId") String apiKeyId,
            @Parameter(description = "Action, e.g. candidate.updated or candidate.erased") @QueryParam("action") String action,
            @Parameter(description = "From this RFC 3339 time, inclusive, e.g. 2026-11-01T00:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("from") String from,
            @Parameter(description = "Before this RFC 3339 time, e.g. 2026-12-01T00:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("to") String to,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50"))
            @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor from the previous page") @QueryParam("cursor") String cursor,
            @Context UriInfo uriInfo) {
        UUID keyId = null;
        if (apiKeyId != null && !apiKeyId.isBlank()) {
            try {
                keyId = UUID.fromString(apiKeyId.strip());
            } catch (IllegalArgumentException e) {
                throw ApiException.invalid("apiKeyId", "must be a UUID");
            }
        }
        AuditViews.Filter filter = new AuditViews.Filter(token(entityType, "entityType"), token(entityId, "entityId"), keyId,
                token(action, "action"), PageParams.timestamp(from, "from"), PageParams.timestamp(to, "to"));
        int pageSize = PageParams.limit(limit);
        return Links.paged(audit.list(filter, PageParams.cursor(cursor), pageSize), urls.request(uriInfo));
    }

    private static String token(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.strip().matches("[A-Za-z0-9._:-]{1,100}")) {
            throw ApiException.invalid(name, "must be 1-100 letters, digits or . _ : -");
        }
        return value.strip();
    }
}
