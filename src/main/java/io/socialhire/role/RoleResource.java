package io.socialhire.role;

import io.socialhire.common.ETags;
import io.socialhire.common.MergePatch;
import io.socialhire.common.Page;
import io.socialhire.common.PublicUrls;
import io.socialhire.idempotency.Idempotent;
import io.socialhire.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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

@Path("/api/v1/roles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Roles", description = "Role profiles: which rubric a role uses and where its audience is")
public class RoleResource {

    private static final String ROLE = """
            {"id": "gaming-community-manager", "title": "Gaming community manager", "rubricKey": "participation",
             "focusCategories": ["chat_community", "live_streaming", "forum_community"], "focusPlatforms": ["discord", "twitch", "reddit", "steam"],
             "keywords": ["gaming", "game", "players"], "builtin": true,
             "createdAt": "2026-11-22T10:15:30Z", "updatedAt": "2026-11-22T10:15:30Z", "version": 0}""";
    private static final String CREATE = """
            {"title": "Esports community manager", "focusCategories": ["chat_community", "live_streaming"],
             "focusPlatforms": ["discord", "twitch"], "keywords": ["esports", "tournament"]}""";

    private final RoleService service;
    private final PublicUrls urls;

    public RoleResource(RoleService service, PublicUrls urls) {
        this.service = service;
        this.urls = urls;
    }

    @GET
    @Operation(operationId = "listRoles", summary = "List role profiles", description = "Shipped profiles first, then the ones you added (a single page). Roles: recruiter, hiring_manager, admin.")
    @APIResponse(responseCode = "200", description = "The role profiles",
            content = @Content(schema = @Schema(implementation = RolePage.class),
                    examples = @ExampleObject(name = "roles", value = "{\"items\": [" + ROLE + "]}")))
    @RolesAllowed({Roles.RECRUITER, Roles.HIRING_MANAGER, Roles.ADMIN})
    public Page<RoleView> list() {
        return new Page<>(service.list(), null);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRole", summary = "Get a role profile", description = "Roles: recruiter, hiring_manager, admin.")
    @APIResponse(responseCode = "200", description = "The role profile",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RoleView.class), examples = @ExampleObject(name = "role", value = ROLE)))
    @RolesAllowed({Roles.RECRUITER, Roles.HIRING_MANAGER, Roles.ADMIN})
    public Response get(@Parameter(example = "gaming-community-manager") @PathParam("id") String id) {
        RoleView role = service.get(id);
        return Response.ok(role).header("ETag", ETags.of(role.version())).build();
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createRole", summary = "Add a role profile",
            description = "Focus platforms accept ids or names; the id is derived from the title when absent. Roles: admin.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = RoleInput.class),
            examples = @ExampleObject(name = "esports", value = CREATE)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = RoleView.class), examples = @ExampleObject(name = "role", value = ROLE)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed(Roles.ADMIN)
    public Response create(@Valid @NotNull RoleInput input, @Context UriInfo uriInfo) {
        RoleView created = service.create(input);
        return Response.created(urls.below(uriInfo, created.id()))
                .header("ETag", ETags.of(created.version())).entity(created).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "patchRole", summary = "Update a role profile (JSON Merge Patch)",
            description = "Changes apply to later scorings; stored assessments keep the result they were given. Roles: admin.")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(ref = "RolePatch"),
            examples = @ExampleObject(name = "add a platform", value = "{\"focusPlatforms\": [\"discord\", \"twitch\", \"kick\"]}")))
    @APIResponse(responseCode = "200", description = "The updated role",
            content = @Content(schema = @Schema(implementation = RoleView.class), examples = @ExampleObject(name = "role", value = ROLE)))
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @RolesAllowed(Roles.ADMIN)
    public Response patch(@PathParam("id") String id,
            @Parameter(description = "ETag from a previous read") @HeaderParam("If-Match") String ifMatch, String body) {
        RoleView updated = service.patch(id, ifMatch, body);
        return Response.ok(updated).header("ETag", ETags.of(updated.version())).build();
    }

    @Schema(name = "RolePage", description = "The role profiles")
    public record RolePage(java.util.List<RoleView> items, @Schema(description = "Cursor of the next page; absent on the last page") String nextCursor) {
    }
}
