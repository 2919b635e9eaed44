package io.socialhire.assessment;

import io.socialhire.candidate.CandidateService;
import io.socialhire.candidate.CandidateView;
import io.socialhire.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import io.socialhire.fairness.SelfIdentificationService;
import io.socialhire.fairness.SelfIdentificationViews;
import io.socialhire.invitation.InvitationService;
import io.socialhire.invitation.InvitationViews;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

@Path("/api/v1/candidates/{candidateId}/export")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Candidates")
public class CandidateExportResource {

    @Schema(name = "CandidateExport", description = "Everything held about a candidate: profile, channels, assessments and reviews")
    public record Export(Instant exportedAt, CandidateView candidate, List<AssessmentViews.Exported> assessments,
            @Schema(description = "The candidate's invitations, oldest first, without their links") List<InvitationViews.View> invitations,
            @Schema(description = "The candidate's voluntary self-identification, in an admin's export only: recruiters who forward it"
                    + " never read it back") SelfIdentificationViews.View selfIdentification) {
    }

    private final CandidateService candidates;
    private final AssessmentService assessments;
    private final SelfIdentificationService selfIdentification;
    private final InvitationService invitations;

    public CandidateExportResource(CandidateService candidates, AssessmentService assessments,
            SelfIdentificationService selfIdentification, InvitationService invitations) {
        this.invitations = invitations;
        this.candidates = candidates;
        this.assessments = assessments;
        this.selfIdentification = selfIdentification;
    }

    @GET
    @RolesAllowed({Roles.RECRUITER, Roles.ADMIN})
    @Operation(operationId = "exportCandidate", summary = "Export everything held about a candidate",
            description = "For a data access request: the profile with channels, every assessment with its answer and results, every "
                    + "review and every invitation, as one JSON document; an admin's export also holds the candidate's voluntary self-identification."
                    + " Roles: recruiter, admin.")
    @APIResponse(responseCode = "200", description = "The export",
            headers = @org.eclipse.microprofile.openapi.annotations.headers.Header(name = "Content-Disposition",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = Export.class), examples = @ExampleObject(name = "export", value = """
                    {"exportedAt": "2026-11-22T12:00:00Z",
                     "candidate": {"id": "0b7e7c7a-2f61-4f2a-8a8e-1d2f3c4b5a69", "fullName": "Ana Moreno", "email": "ana.moreno@example.com",
                       "tags": [], "channels": [], "createdAt": "2026-11-22T10:15:30Z", "updatedAt": "2026-11-22T10:15:30Z", "version": 0},
                     "assessments": [], "invitations": []}""")))
    public Response export(@PathParam("candidateId") UUID candidateId, @Context SecurityContext caller) {
        Export export = new Export(Instant.now(), candidates.get(candidateId), assessments.export(candidateId),
                invitations.export(candidateId),
                caller.isUserInRole(Roles.ADMIN) ? selfIdentification.find(candidateId).orElse(null) : null);
        return Response.ok(export)
                .header("Content-Disposition", "attachment; filename=\"candidate-" + candidateId + ".json\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
