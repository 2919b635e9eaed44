package io.socialhire.rubric;

import com.fasterxml.jackson.databind.JsonNode;
import io.socialhire.common.PublicUrls;
import io.socialhire.idempotency.Idempotent;
import io.socialhire.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/rubrics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rubrics", description = "Versioned rubrics: criteria with anchored levels, weights, caps and the rating table")
public class RubricResource {

    private static final String SUMMARY = """
            {"key": "participation", "title": "Where do you participate in social media?", "latestVersion": 1, "versions": [1]}""";
    private static final String VERSION = """
            {"key": "participation", "version": 2, "title": "Where do you participate in social media?", "builtin": false,
             "createdAt": "2026-11-22T10:15:30Z", "definition": {"key": "participation", "version": 2, "criteria": ["..."]}}""";

    private final RubricRegistry registry;
    private final PublicUrls urls;

    public RubricResource(RubricRegistry registry, PublicUrls urls) {
        this.registry = registry;
        this.urls = urls;
    }

    @GET
    @Operation(operationId = "listRubrics", summary = "List rubrics and their versions", description = "Roles: recruiter, hiring_manager, admin.")
    @APIResponse(responseCode = "200", description = "The rubrics",
            content = @Content(schema = @Schema(implementation = RubricViews.Page.class),
                    examples = @ExampleObject(name = "rubrics", value = "{\"items\": [" + SUMMARY + "]}")))
    @RolesAllowed({Roles.RECRUITER, Roles.HIRING_MANAGER, Roles.ADMIN})
    public RubricViews.Page list() {
        return new RubricViews.Page(registry.list(), null);
    }

    @GET
    @Path("/{key}")
    @Operation(operationId = "getRubric", summary = "Get a rubric: its versions and latest title", description = "Roles: recruiter, hiring_manager, admin.")
    @APIResponse(responseCode = "200", description = "The rubric",
            content = @Content(schema = @Schema(implementation = RubricViews.Summary.class), examples = @ExampleObject(name = "rubric", value = SUMMARY)))
    @RolesAllowed({Roles.RECRUITER, Roles.HIRING_MANAGER, Roles.ADMIN})
    public RubricViews.Summary get(@Parameter(example = "participation") @PathParam("key") String key) {
        return registry.summary(key);
    }

    @GET
    @Path("/{key}/versions/{version}")
    @Operation(operationId = "getRubricVersion", summary = "Get one rubric version with its full definition", description = "Roles: recruiter, hiring_manager, admin.")
    @APIResponse(responseCode = "200", description = "The version",
            content = @Content(schema = @Schema(implementation = RubricViews.Version.class), examples = @ExampleObject(name = "version", value = VERSION)))
    @RolesAllowed({Roles.RECRUITER, Roles.HIRING_MANAGER, Roles.ADMIN})
    public RubricViews.Version version(@Parameter(example = "participation") @PathParam("key") String key,
            @Parameter(example = "1") @PathParam("version") int version) {
        return registry.version(key, version);
    }

    @POST
    @Idempotent
    @Path("/{key}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "publishRubricVersion", summary = "Publish a new rubric version",
            description = "Publishes the next version (a new key starts at 1). Published versions never change and every assessment names "
                    + "the version it was scored with. Start from the definition of GET .../versions/{latest} and edit it. Omit key and version, "
                    + "or send the path's key and the next version number: a stale version is a 409, so two editors never publish over "
                    + "each other. A structure the engine cannot use is a 422 naming each problem. Roles: admin.")
    @RequestBody(required = true, content = @Content(schema = @Schema(type = SchemaType.OBJECT, description = "A rubric definition, as in RubricVersion.definition",
            additionalProperties = Schema.True.class,
            properties = @SchemaProperty(name = "title", type = SchemaType.STRING, maxLength = RubricRegistry.MAX_TITLE,
                    description = "What the rubric asks; shown with every version")),
            examples = @ExampleObject(name = "edited definition", value = "{\"title\": \"Where do you participate? (stricter)\", \"criteria\": [\"...\"]}")))
    @APIResponse(responseCode = "201", description = "Published",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RubricViews.Version.class), examples = @ExampleObject(name = "version", value = VERSION)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @RolesAllowed(Roles.ADMIN)
    public Response publish(@Parameter(example = "participation") @PathParam("key") String key, @NotNull JsonNode definition,
            @Context UriInfo uriInfo) {
        RubricViews.Version published = registry.publish(key, definition);
        return Response.created(urls.below(uriInfo, String.valueOf(published.version())))
                .entity(published).build();
    }
}
