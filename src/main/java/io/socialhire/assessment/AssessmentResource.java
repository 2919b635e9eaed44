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

@Path("/api/v1/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments", description = "Stored, scored answers of candidates and the reviews that override them")
public class AssessmentResource {

    private final AssessmentService service;
    private final PublicUrls urls;

    public AssessmentResource(AssessmentService service, PublicUrls urls) {
        this.service = service;
        this.urls = urls;
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAssessment", summary = "Get an assessment with the engine's and the final result", description = "Roles: recruiter, hiring_manager, admin.")
    @APIResponse(responseCode = "200", description = "The assessment",
            content = @Content(schema = @Schema(implementation = AssessmentViews.View.class),
                    examples = @ExampleObject(name = "assessment", value = AssessmentExamples.VIEW)))
    @RolesAllowed({Roles.RECRUITER, Roles.HIRING_MANAGER, Roles.ADMIN})
    public AssessmentViews.View get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Idempotent
    @Path("/{id}/reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createReview", summary = "Review an assessment",
            description = "Sets the reviewer's levels per criterion, rating and recommendation. Anything left out keeps the engine's value; "
                    + "a reason is required wherever the review differs from the engine. The engine's result is never changed; "
                    + "the latest review becomes the final result, and every review is kept. Roles: hiring_manager, admin.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AssessmentViews.ReviewInput.class),
            examples = @ExampleObject(name = "raise one criterion", value = AssessmentExamples.REVIEW_INPUT)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AssessmentViews.ReviewView.class),
                    examples = @ExampleObject(name = "review", value = AssessmentExamples.REVIEW)))
    @RolesAllowed({Roles.HIRING_MANAGER, Roles.ADMIN})
    public Response review(@PathParam("id") UUID id, @Valid @NotNull AssessmentViews.ReviewInput input, @Context UriInfo uriInfo) {
        AssessmentViews.ReviewView created = service.review(id, input);
        return Response.created(urls.below(uriInfo, created.id().toString())).entity(created).build();
    }

    @GET
    @Path("/{id}/reviews")
    @Operation(operationId = "listReviews", summary = "List every review of an assessment", description = "Oldest first; the last is final. Roles: recruiter, hiring_manager, admin.")
    @APIResponse(responseCode = "200", description = "The reviews",
            content = @Content(schema = @Schema(implementation = AssessmentViews.ReviewPage.class),
                    examples = @ExampleObject(name = "reviews", value = "{\"items\": [" + AssessmentExamples.REVIEW + "]}")))
    @RolesAllowed({Roles.RECRUITER, Roles.HIRING_MANAGER, Roles.ADMIN})
    public Page<AssessmentViews.ReviewView> reviews(@PathParam("id") UUID id) {
        return new Page<>(service.reviews(id), null);
    }
}
