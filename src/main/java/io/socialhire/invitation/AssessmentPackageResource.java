package io.socialhire.invitation;

import io.socialhire.common.ApiException;
import io.socialhire.common.ETags;
import io.socialhire.common.MergePatch;
import io.socialhire.common.PublicUrls;
import io.socialhire.idempotency.Idempotent;
import io.socialhire.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.util.Locale;
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

@Path("/api/v1/assessment-packages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessment packages", description = "What an ATS lists and orders: the question, its rubric and role profile")
public class AssessmentPackageResource {

    private static final String PACKAGE = """
            {"id": "community-manager-participation", "name": "Community manager: social media participation",
             "description": "One open question, \\"Where do you participate in social media?\\", answered on the candidate's page and scored 0-100 by the participation rubric for the community manager role profile, with the evidence quoted and a report for the hiring manager.",
             "question": "Where do you participate in social media?", "rubricKey": "participation", "roleId": "community-manager",
             "languages": ["en", "es", "de", "fr", "pt"], "maxScore": 100, "status": "active", "builtin": true,
             "createdAt": "2026-12-03T10:15:30Z", "updatedAt": "2026-12-03T10:15:30Z", "version": 0}""";
    private static final String CREATED = """
            {"id": "esports-community-manager-participation", "name": "Esports community manager: social media participation",
             "question": "Where do you participate in social media?", "rubricKey": "participation", "roleId": "gaming-community-manager",
             "languages": ["en", "es"], "maxScore": 100, "status": "active", "builtin": false,
             "createdAt": "2026-12-03T11:00:00Z", "updatedAt": "2026-12-03T11:00:00Z", "version": 0}""";
    private static final String RETIRED = """
            {"id": "esports-community-manager-participation", "name": "Esports community manager: social media participation",
             "question": "Where do you participate in social media?", "rubricKey": "participation", "roleId": "gaming-community-manager",
             "languages": ["en", "es"], "maxScore": 100, "status": "retired", "builtin": false, "retiredAt": "2026-12-04T09:00:00Z",
             "createdAt": "2026-12-03T11:00:00Z", "updatedAt": "2026-12-04T09:00:00Z", "version": 1}""";
    private static final String CREATE = """
            {"name": "Esports community manager: social media participation", "roleId": "gaming-community-manager",
             "languages": ["en", "es"]}""";

    private final AssessmentPackageService service;
    private final PublicUrls urls;

    public AssessmentPackageResource(AssessmentPackageService service, PublicUrls urls) {
        this.service = service;
        this.urls = urls;
    }

    @GET
    @Operation(operationId = "listAssessmentPackages", summary = "List assessment packages",
            description = "Active packages by default, shipped ones first, then by name (a single page). An ATS shows these when a"
                    + " recruiter picks an assessment. Roles: recruiter, hiring_manager, admin.")
    @APIResponse(responseCode = "200", description = "The packages",
            content = @Content(schema = @Schema(implementation = PackageViews.Page.class),
                    examples = @ExampleObject(name = "packages", value = "{\"items\": [" + PACKAGE + "]}")))
    @RolesAllowed({Roles.RECRUITER, Roles.HIRING_MANAGER, Roles.ADMIN})
    public PackageViews.Page list(@Parameter(description = "active (default), retired or all",
            schema = @Schema(enumeration = {"active", "retired", "all"}, defaultValue = "active"))
            @QueryParam("status") @DefaultValue("active") String status) {
        return new PackageViews.Page(service.list(status(status)));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAssessmentPackage", summary = "Get an assessment package",
            description = "Retired packages stay readable by id. Roles: recruiter, hiring_manager, admin.")
    @APIResponse(responseCode = "200", description = "The package",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PackageViews.View.class), examples = @ExampleObject(name = "package", value = PACKAGE)))
    @RolesAllowed({Roles.RECRUITER, Roles.HIRING_MANAGER, Roles.ADMIN})
    public Response get(@Parameter(example = "community-manager-participation") @PathParam("id") String id) {
        PackageViews.View p = service.get(id);
        return Response.ok(p).header("ETag", ETags.of(p.version())).build();
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAssessmentPackage", summary = "Add an assessment package",
            description = "The id is derived from the name when absent and is never reused. Roles: admin.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PackageViews.Input.class),
            examples = @ExampleObject(name = "esports", value = CREATE)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = PackageViews.View.class), examples = @ExampleObject(name = "package", value = CREATED)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed(Roles.ADMIN)
    public Response create(@Valid @NotNull PackageViews.Input input, @Context UriInfo uriInfo) {
        PackageViews.View created = service.create(input);
        return Response.created(urls.below(uriInfo, created.id()))
                .header("ETag", ETags.of(created.version())).entity(created).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "patchAssessmentPackage", summary = "Rename an assessment package (JSON Merge Patch)",
            description = "Name, description and languages; the question, rubric and role are fixed. Roles: admin.")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(ref = "AssessmentPackagePatch"),
            examples = @ExampleObject(name = "rename", value = "{\"name\": \"Esports community lead: social media participation\"}")))
    @APIResponse(responseCode = "200", description = "The updated package",
            content = @Content(schema = @Schema(implementation = PackageViews.View.class), examples = @ExampleObject(name = "package", value = CREATED)))
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @RolesAllowed(Roles.ADMIN)
    public Response patch(@PathParam("id") String id,
            @Parameter(description = "ETag from a previous read") @HeaderParam("If-Match") String ifMatch, String body) {
        PackageViews.View updated = service.patch(id, ifMatch, body);
        return Response.ok(updated).header("ETag", ETags.of(updated.version())).build();
    }

    @POST
    @Idempotent
    @Path("/{id}/retire")
    @Operation(operationId = "retireAssessmentPackage", summary = "Retire an assessment package",
            description = "It can no longer be ordered and leaves the default listing; it stays readable by id, its id is never"
                    + " reused, and retiring it again changes nothing. Packages are never deleted. Roles: admin.")
    @APIResponse(responseCode = "200", description = "The retired package",
            content = @Content(schema = @Schema(implementation = PackageViews.View.class), examples = @ExampleObject(name = "retired", value = RETIRED)))
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @RolesAllowed(Roles.ADMIN)
    public Response retire(@PathParam("id") String id,
            @Parameter(description = "ETag from a previous read (optional)") @HeaderParam("If-Match") String ifMatch) {
        PackageViews.View retired = service.retire(id, ifMatch);
        return Response.ok(retired).header("ETag", ETags.of(retired.version())).build();
    }

    private static PackageViews.Status status(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "active" -> PackageViews.Status.ACTIVE;
            case "retired" -> PackageViews.Status.RETIRED;
            case "all" -> null;
            default -> throw ApiException.invalid("status", "must be active, retired or all");
        };
    }
}
