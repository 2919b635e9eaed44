package io.socialhire.assessment;

import io.socialhire.common.Links;
import io.socialhire.common.Page;
import io.socialhire.common.PageParams;
import io.socialhire.common.PublicUrls;
import io.socialhire.idempotency.Idempotent;
import io.socialhire.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

@Path("/api/v1/candidates/{candidateId}/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments", description = "Stored, scored answers of candidates and the reviews that override them")
public class CandidateAssessmentResource {

    private final AssessmentService service;
    private final PublicUrls urls;

    public CandidateAssessmentResource(AssessmentService service, PublicUrls urls) {
        this.service = service;
        this.urls = urls;
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAssessment", summary = "Score and keep a candidate's answer",
            description = "Scores the answer like POST /scorings, cross-checked against the channels the candidate declared "
                    + "(flags such as declared_not_mentioned), and stores it with the exact rubric version used. Roles: recruiter, admin.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AssessmentViews.Input.class),
            examples = @ExampleObject(name = "answer", value = AssessmentExamples.INPUT)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AssessmentViews.View.class),
                    examples = @ExampleObject(name = "assessment", value = AssessmentExamples.VIEW)))
    @RolesAllowed({Roles.RECRUITER, Roles.ADMIN})
    public Response create(@PathParam("candidateId") UUID candidateId, @Valid @NotNull AssessmentViews.Input input,
            @Context UriInfo uriInfo) {
        AssessmentViews.View created = service.create(candidateId, input);
        return Response.created(urls.at("/api/v1/assessments/" + created.id()))
                .entity(created).build();
    }

    @GET
    @Operation(operationId = "listAssessments", summary = "List a candidate's assessments", description = "Oldest first, cursor-paged. Roles: recruiter, hiring_manager, admin.")
    @APIResponse(responseCode = "200", description = "One page of assessments",
            headers = @Header(name = "Link", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AssessmentViews.Page.class),
                    examples = @ExampleObject(name = "page", value = "{\"items\": [" + AssessmentExamples.VIEW + "]}")))
    @RolesAllowed({Roles.RECRUITER, Roles.HIRING_MANAGER, Roles.ADMIN})
    public Response list(@PathParam("candidateId") UUID candidateId,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50"))
            @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor from the previous page") @QueryParam("cursor") String cursor,
            @Context UriInfo uriInfo) {
        Page<AssessmentViews.View> page = service.list(candidateId, PageParams.limit(limit), PageParams.cursor(cursor));
        return Links.paged(page, urls.request(uriInfo));
    }
}
