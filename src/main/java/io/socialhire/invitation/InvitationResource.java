package io.socialhire.invitation;

import io.socialhire.common.ApiEnum;
import io.socialhire.common.ApiException;
import io.socialhire.common.ETags;
import io.socialhire.common.Links;
import io.socialhire.common.PageParams;
import io.socialhire.common.PublicUrls;
import io.socialhire.common.Text;
import io.socialhire.idempotency.Idempotent;
import io.socialhire.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

@Path("/api/v1/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Invitations", description = "Ask a candidate to answer an assessment package on their own page; follow the invitation"
        + " through invited, started, completed, cancelled or expired")
public class InvitationResource {

    private static final String CREATE = """
            {"packageId": "community-manager-participation",
             "candidate": {"fullName": "Ana Moreno", "email": "ana.moreno@example.com", "source": "greenhouse", "externalId": "48213377"},
             "job": {"externalId": "4012345", "title": "Community manager (mobile games)"}, "locale": "es",
             "sendEmail": true}""";
    private static final String CREATED = """
            {"id": "7c1e9a2b-3d4f-4a5b-8c6d-9e0f1a2b3c4d", "status": "invited", "packageId": "community-manager-participation",
             "candidateId": "0b7e7c7a-2f61-4f2a-8a8e-1d2f3c4b5a69", "source": "greenhouse",
             "job": {"externalId": "4012345", "title": "Community manager (mobile games)"}, "locale": "es",
             "expiresAt": "2026-12-17T10:15:30Z", "invitedAt": "2026-12-03T10:15:30Z", "email": {"status": "pending", "attempts": 0},
             "candidateUrl": "https://hiring.example.com/a/Jq3xY0b9Zr5f1cQm2T8wV7kL4nP6sD0aHhE3uGiRtYo",
             "reportUrl": "https://hiring.example.com/r/Wm4aR2tY8uI0oP3sD5fG7hJ9kL1zX6cV8bN0mQ2wE4r",
             "createdAt": "2026-12-03T10:15:30Z", "updatedAt": "2026-12-03T10:15:30Z", "version": 0}""";
    private static final String EXISTING = """
            {"id": "7c1e9a2b-3d4f-4a5b-8c6d-9e0f1a2b3c4d", "status": "started", "packageId": "community-manager-participation",
             "candidateId": "0b7e7c7a-2f61-4f2a-8a8e-1d2f3c4b5a69", "source": "greenhouse",
             "job": {"externalId": "4012345", "title": "Community manager (mobile games)"}, "locale": "es",
             "expiresAt": "2026-12-17T10:15:30Z", "invitedAt": "2026-12-03T10:15:30Z", "startedAt": "2026-12-03T18:02:11Z",
             "email": {"status": "sent", "attempts": 1, "sentAt": "2026-12-03T10:15:31Z"},
             "createdAt": "2026-12-03T10:15:30Z", "updatedAt": "2026-12-03T18:02:11Z", "version": 1}""";
    private static final String COMPLETED = """
            {"id": "7c1e9a2b-3d4f-4a5b-8c6d-9e0f1a2b3c4d", "status": "completed", "packageId": "community-manager-participation",
             "candidateId": "0b7e7c7a-2f61-4f2a-8a8e-1d2f3c4b5a69", "source": "greenhouse",
             "job": {"externalId": "4012345", "title": "Community manager (mobile games)"}, "locale": "es",
             "expiresAt": "2026-12-17T10:15:30Z", "invitedAt": "2026-12-03T10:15:30Z", "startedAt": "2026-12-03T18:02:11Z",
             "completedAt": "2026-12-03T18:20:45Z", "assessmentId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
             "email": {"status": "sent", "attempts": 2, "sentAt": "2026-12-03T10:15:37Z"},
             "createdAt": "2026-12-03T10:15:30Z", "updatedAt": "2026-12-03T18:20:45Z", "version": 2}""";
    private static final String CANCELLED = """
            {"id": "7c1e9a2b-3d4f-4a5b-8c6d-9e0f1a2b3c4d", "status": "cancelled", "packageId": "community-manager-participation",
             "candidateId": "0b7e7c7a-2f61-4f2a-8a8e-1d2f3c4b5a69", "source": "greenhouse",
             "job": {"externalId": "4012345", "title": "Community manager (mobile games)"}, "locale": "es",
             "expiresAt": "2026-12-17T10:15:30Z", "invitedAt": "2026-12-03T10:15:30Z", "cancelledAt": "2026-12-04T09:00:00Z",
             "createdAt": "2026-12-03T10:15:30Z", "updatedAt": "2026-12-04T09:00:00Z", "version": 1}""";

    private final InvitationService service;
    private final PublicUrls urls;

    public InvitationResource(InvitationService service, PublicUrls urls) {
        this.service = service;
        this.urls = urls;
    }

    @POST
    @Idempotent(replaysBody = false)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createInvitation", summary = "Invite a candidate to answer an assessment package",
            description = "Give candidateId, or candidate with the ATS reference: a candidate with that reference is used as it is,"
                    + " otherwise one is created. Send candidateUrl to the candidate and keep reportUrl: both are in this response"
                    + " only (stored hashed, never shown again), so a retry with the same Idempotency-Key answers 409 with the id of"
                    + " the invitation. While an invitation of the same source (the candidate's ATS, or \"api\"), candidate and"
                    + " package is invited or started, ordering it again answers 200 with that invitation, without links; cancel it"
                    + " and order again for new links. The links work until expiresAt (default 14 days, at most 90). With sendEmail"
                    + " true the candidate is also emailed the link in the page's language, after this response and with retries"
                    + " (email shows how it went); 422 when the candidate has no email address or email is not configured. A retired package is a 422. Roles: recruiter, admin.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = InvitationViews.Input.class),
            examples = @ExampleObject(name = "inline candidate", value = CREATE)))
    @APIResponse(responseCode = "201", description = "Invited; the response holds the only copy of both links",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = InvitationViews.View.class), examples = @ExampleObject(name = "invited", value = CREATED)))
    @APIResponse(responseCode = "200", description = "An invitation of this source, candidate and package is still open: that one, without links",
            headers = {@Header(name = "Content-Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = InvitationViews.View.class), examples = @ExampleObject(name = "open", value = EXISTING)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @RolesAllowed({Roles.RECRUITER, Roles.ADMIN})
    public Response create(@Valid @NotNull InvitationViews.Input input, @Context UriInfo uriInfo) {
        InvitationService.Ordered ordered = service.create(input);
        InvitationViews.View view = ordered.invitation();
        if (ordered.created()) {
            return Response.created(urls.below(uriInfo, view.id().toString())).header("ETag", ETags.of(view.version())).entity(view).build();
        }
        return Response.ok(view).header("Content-Location", urls.below(uriInfo, view.id().toString()))
                .header("ETag", ETags.of(view.version())).build();
    }

    @GET
    @Operation(operationId = "listInvitations", summary = "List invitations",
            description = "Invitations in creation order, oldest first, with cursor pagination; never their links. To follow changes,"
                    + " page with updatedSince or subscribe to the invitation.* webhooks. Roles: recruiter, hiring_manager, admin.")
    @APIResponse(responseCode = "200", description = "One page of invitations",
            headers = @Header(name = "Link", description = "RFC 8288 link to the next page (rel=\"next\"), absent on the last page",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = InvitationViews.Page.class),
                    examples = @ExampleObject(name = "page", value = "{\"items\": [" + COMPLETED + "]}")))
    @RolesAllowed({Roles.RECRUITER, Roles.HIRING_MANAGER, Roles.ADMIN})
    public Response list(
            @Parameter(description = "Only invitations in this status",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"invited", "started", "completed", "cancelled", "expired"}))
            @QueryParam("status") String status,
            @Parameter(description = "Only invitations to this package, e.g. community-manager-participation")
            @QueryParam("packageId") String packageId,
            @Parameter(description = "Only invitations of this candidate") @QueryParam("candidateId") UUID candidateId,
            @Parameter(description = "Only invitations changed at or after this RFC 3339 time, e.g. 2026-11-01T00:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50"))
            @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor from the previous page") @QueryParam("cursor") String cursor,
            @Context UriInfo uriInfo) {
        Text.requirePrintable(packageId, "packageId");
        if (packageId != null && !packageId.isBlank() && !packageId.strip().matches(PackageViews.ID)) {
            throw ApiException.invalid("packageId", "must be a package id such as community-manager-participation");
        }
        InvitationViews.Filter filter = new InvitationViews.Filter(status(status),
                packageId == null || packageId.isBlank() ? null : packageId.strip(), candidateId,
                PageParams.timestamp(updatedSince, "updatedSince"));
        int pageSize = PageParams.limit(limit);
        return Links.paged(service.list(filter, PageParams.cursor(cursor), pageSize), urls.request(uriInfo));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getInvitation", summary = "Get an invitation",
            description = "Its status and the time of each step; never its links. Roles: recruiter, hiring_manager, admin.")
    @APIResponse(responseCode = "200", description = "The invitation",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = InvitationViews.View.class), examples = @ExampleObject(name = "completed", value = COMPLETED)))
    @RolesAllowed({Roles.RECRUITER, Roles.HIRING_MANAGER, Roles.ADMIN})
    public Response get(@PathParam("id") UUID id) {
        InvitationViews.View view = service.get(id);
        return Response.ok(view).header("ETag", ETags.of(view.version())).build();
    }

    @POST
    @Idempotent
    @Path("/{id}/cancel")
    @Operation(operationId = "cancelInvitation", summary = "Cancel an invitation",
            description = "An invited or started invitation becomes cancelled and its page takes no more answers; one that is completed,"
                    + " cancelled or expired is a 409. Roles: recruiter, admin.")
    @APIResponse(responseCode = "200", description = "The cancelled invitation",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = InvitationViews.View.class), examples = @ExampleObject(name = "cancelled", value = CANCELLED)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @RolesAllowed({Roles.RECRUITER, Roles.ADMIN})
    public Response cancel(@PathParam("id") UUID id,
            @Parameter(description = "ETag from a previous read (optional)") @HeaderParam("If-Match") String ifMatch) {
        InvitationViews.View view = service.cancel(id, ifMatch);
        return Response.ok(view).header("ETag", ETags.of(view.version())).build();
    }

    private static InvitationViews.Status status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ApiEnum.fromJson(InvitationViews.Status.class, value.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("status", "must be invited, started, completed, cancelled or expired");
        }
    }
}
