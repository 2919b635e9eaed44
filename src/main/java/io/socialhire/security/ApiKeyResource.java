package io.socialhire.security;

import io.socialhire.common.PublicUrls;
import io.socialhire.idempotency.Idempotent;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "API keys", description = "Keys for applicant tracking systems, hiring managers and admins")
public class ApiKeyResource {

    private static final String VIEW = """
            {"id": "7c9e6679-7425-40de-944b-e07fc1f90ae7", "name": "Greenhouse sync", "role": "recruiter", "prefix": "shk_k3x9w2ma",
             "createdAt": "2026-11-22T10:15:30Z", "lastUsedAt": "2026-11-22T11:02:00Z"}""";
    private static final String CREATED = """
            {"id": "7c9e6679-7425-40de-944b-e07fc1f90ae7", "name": "Greenhouse sync", "role": "recruiter", "prefix": "shk_k3x9w2ma",
             "createdAt": "2026-11-22T10:15:30Z", "key": "shk_k3x9w2ma_3q2-7wZ8mV0f9kXyL1bH4tQeR6uN5sJcA2pD8gW0iYzU"}""";

    private final ApiKeyService service;
    private final PublicUrls urls;

    public ApiKeyResource(ApiKeyService service, PublicUrls urls) {
        this.service = service;
        this.urls = urls;
    }

    @POST
    @Idempotent(replaysBody = false)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createApiKey", summary = "Create an API key",
            description = "Returns the key once; only its hash is stored, so a retry with the same Idempotency-Key answers 409"
                    + " with the id of the key the first request created. Roles: admin.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ApiKeyViews.Input.class),
            examples = @ExampleObject(name = "ATS key", value = "{\"name\": \"Greenhouse sync\", \"role\": \"recruiter\"}")))
    @APIResponse(responseCode = "201", description = "Created; the response holds the only copy of the key",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ApiKeyViews.Created.class), examples = @ExampleObject(name = "created", value = CREATED)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(@Valid @NotNull ApiKeyViews.Input input, @Context UriInfo uriInfo) {
        ApiKeyViews.Created created = service.create(input);
        return Response.created(urls.below(uriInfo, created.id().toString())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listApiKeys", summary = "List API keys", description = "Without secrets. Roles: admin.")
    @APIResponse(responseCode = "200", description = "The keys",
            content = @Content(schema = @Schema(implementation = ApiKeyViews.Page.class),
                    examples = @ExampleObject(name = "keys", value = "{\"items\": [" + VIEW + "]}")))
    public ApiKeyViews.Page list() {
        return new ApiKeyViews.Page(service.list(), null);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "revokeApiKey", summary = "Revoke an API key", description = "Takes effect at once. Roles: admin.")
    @APIResponse(responseCode = "200", description = "The revoked key",
            content = @Content(schema = @Schema(implementation = ApiKeyViews.View.class), examples = @ExampleObject(name = "revoked", value = VIEW)))
    public ApiKeyViews.View revoke(@PathParam("id") UUID id) {
        return service.revoke(id);
    }
}
