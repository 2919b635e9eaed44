package io.socialhire.invitation;

import io.socialhire.common.PublicUrls;
import io.socialhire.idempotency.Idempotent;
import io.socialhire.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Sharing an assessment's report. Every role that reads assessments may share and revoke them: the page shows less than
 * GET /assessments/{id} (no email or other contact data), and the ATS, which holds the recruiter key,
 * is where the link is shown next to the score.
 */
@Path("/api/v1/assessments/{id}/report-links")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.RECRUITER, Roles.HIRING_MANAGER, Roles.ADMIN})
@Tag(name = "Report links")
public class AssessmentReportLinkResource {

    private static final String CREATED = """
            {"id": "2d7f4c1e-8b3a-4e5f-9c6d-0a1b2c3d4e5f", "assessmentId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
             "url": "https://api.example.com/r/q3xVb2Lw9kPz1mN4tY7uR0sE5dF8gH6jK2lA3cB1vXo", "createdAt": "2026-12-03T10:15:30Z"}""";

    private final ReportLinkService service;
    private final PublicUrls urls;

    public AssessmentReportLinkResource(ReportLinkService service, PublicUrls urls) {
        this.service = service;
        this.urls = urls;
    }

    @POST
    @Idempotent(replaysBody = false)
    @Operation(operationId = "createReportLink", summary = "Share an assessment's report page",
            description = "Returns a link to a read-only, printable page with the rating, recommendation and score, the answer with its"
                    + " evidence highlighted, each criterion's level and rationale, what was discounted, flags, follow-up questions,"
                    + " declared and detected channels and the review state; no email or other contact data. Anyone holding the link"
                    + " can read the page until it is revoked. The URL is shown once; only a hash of its token is kept, so a retry with"
                    + " the same Idempotency-Key answers 409 with the id of the link the first request created."
                    + " Roles: recruiter, hiring_manager, admin.")
    @APIResponse(responseCode = "201", description = "Created; the response holds the only copy of the link",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ReportLinkViews.Created.class),
                    examples = @ExampleObject(name = "created", value = CREATED)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(@PathParam("id") UUID id) {
        ReportLinkViews.Created created = service.create(id);
        return Response.created(urls.at("/api/v1/report-links/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listReportLinks", summary = "List an assessment's report links",
            description = "Oldest first, revoked ones included, never with their tokens. Roles: recruiter, hiring_manager, admin.")
    @APIResponse(responseCode = "200", description = "The links",
            content = @Content(schema = @Schema(implementation = ReportLinkViews.Page.class),
                    examples = @ExampleObject(name = "links", value = "{\"items\": [" + ReportLinkResource.LINK + "]}")))
    public ReportLinkViews.Page list(@PathParam("id") UUID id) {
        return new ReportLinkViews.Page(service.list(id), null);
    }
}
