package io.socialhire.fairness;

import io.socialhire.common.PublicUrls;
import io.socialhire.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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

@Path("/api/v1/candidates/{candidateId}/self-identification")
@Tag(name = "Fairness", description = "Voluntary self-identification for adverse-impact reporting; never used for scoring")
public class SelfIdentificationResource {

    private final SelfIdentificationService service;
    private final PublicUrls urls;

    public SelfIdentificationResource(SelfIdentificationService service, PublicUrls urls) {
        this.service = service;
        this.urls = urls;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putSelfIdentification", summary = "Record a candidate's voluntary self-identification",
            description = "Sets what the candidate chose to tell (an ATS forwards it); a field left out is \"not given\". The response"
                    + " has no body: only auditors and admins read it back, and scoring never reads it. Roles: recruiter, hiring_manager, admin.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SelfIdentificationViews.Input.class),
            examples = @ExampleObject(name = "partly declined", value = "{\"sex\": \"female\", \"raceEthnicity\": \"declined\"}")))
    @APIResponse(responseCode = "201", description = "Recorded for the first time",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "204", description = "Replaced")
    @RolesAllowed({Roles.RECRUITER, Roles.HIRING_MANAGER, Roles.ADMIN})
    public Response put(@PathParam("candidateId") UUID candidateId, @Valid @NotNull SelfIdentificationViews.Input input,
            @Context UriInfo uriInfo) {
        return service.put(candidateId, input) ? Response.created(urls.at(uriInfo.getRequestUri().getRawPath())).build() : Response.noContent().build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getSelfIdentification", summary = "Read a candidate's voluntary self-identification",
            description = "404 when the candidate gave none. Roles: auditor, admin.")
    @APIResponse(responseCode = "200", description = "What the candidate chose to tell",
            content = @Content(schema = @Schema(implementation = SelfIdentificationViews.View.class), examples = @ExampleObject(name = "given",
                    value = """
                            {"candidateId": "0b7e7c7a-2f61-4f2a-8a8e-1d2f3c4b5a69", "sex": "female", "raceEthnicity": "declined",
                             "createdAt": "2026-12-03T10:15:30Z", "updatedAt": "2026-12-03T10:15:30Z"}""")))
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    public SelfIdentificationViews.View get(@PathParam("candidateId") UUID candidateId) {
        return service.get(candidateId);
    }

    @DELETE
    @Operation(operationId = "deleteSelfIdentification", summary = "Withdraw a candidate's self-identification",
            description = "The candidate no longer wants it kept. Roles: recruiter, hiring_manager, admin.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @RolesAllowed({Roles.RECRUITER, Roles.HIRING_MANAGER, Roles.ADMIN})
    public Response delete(@PathParam("candidateId") UUID candidateId) {
        service.delete(candidateId);
        return Response.noContent().build();
    }
}
