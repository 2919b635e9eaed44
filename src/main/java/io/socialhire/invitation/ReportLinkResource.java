package io.socialhire.invitation;

import io.socialhire.idempotency.Idempotent;
import io.socialhire.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Report links. Every role that reads assessments may share and revoke them: the page shows less than
 * GET /assessments/{id} (no email or other contact data), and the ATS, which holds the recruiter key,
 * is where the link is shown next to the score.
 */
@Path("/api/v1/report-links")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.RECRUITER, Roles.HIRING_MANAGER, Roles.ADMIN})
@Tag(name = "Report links", description = "Read-only report pages of assessments for people without an API key: a link to share,"
        + " revocable at any time")
public class ReportLinkResource {

    static final String LINK = """
            {"id": "2d7f4c1e-8b3a-4e5f-9c6d-0a1b2c3d4e5f", "assessmentId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
             "createdAt": "2026-12-03T10:15:30Z"}""";
    static final String REVOKED = """
            {"id": "2d7f4c1e-8b3a-4e5f-9c6d-0a1b2c3d4e5f", "assessmentId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
             "createdAt": "2026-12-03T10:15:30Z", "revokedAt": "2026-12-04T09:00:00Z"}""";

    private final ReportLinkService service;

    public ReportLinkResource(ReportLinkService service) {
        this.service = service;
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getReportLink", summary = "Get a report link", description = "Without its token. Roles: recruiter, hiring_manager, admin.")
    @APIResponse(responseCode = "200", description = "The link",
            content = @Content(schema = @Schema(implementation = ReportLinkViews.View.class), examples = @ExampleObject(name = "link", value = LINK)))
    public ReportLinkViews.View get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Idempotent
    @Path("/{id}/revoke")
    @Operation(operationId = "revokeReportLink", summary = "Revoke a report link",
            description = "Takes effect at once: the page answers 410 Gone from now on. Revoking it again changes nothing."
                    + " Roles: recruiter, hiring_manager, admin.")
    @APIResponse(responseCode = "200", description = "The revoked link",
            content = @Content(schema = @Schema(implementation = ReportLinkViews.View.class), examples = @ExampleObject(name = "revoked", value = REVOKED)))
    public ReportLinkViews.View revoke(@PathParam("id") UUID id) {
        return service.revoke(id);
    }
}
