package io.socialhire.candidate;

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
import jakarta.ws.rs.DELETE;
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

@Path("/api/v1/candidates/{candidateId}/channels")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Channels", description = "Where a candidate participates: platform, handle or community, role, frequency")
public class ChannelResource {

    private final CandidateService service;
    private final PublicUrls urls;

    public ChannelResource(CandidateService service, PublicUrls urls) {
        this.service = service;
        this.urls = urls;
    }

    @GET
    @Operation(operationId = "listChannels", summary = "List a candidate's channels",
            description = "All channels of the candidate in the order they were declared (at most 50, so one page). Roles: recruiter, hiring_manager, admin.")
    @APIResponse(responseCode = "200", description = "The channels",
            content = @Content(schema = @Schema(implementation = ChannelPage.class),
                    examples = @ExampleObject(name = "channels", value = CandidateExamples.CHANNEL_PAGE)))
    @RolesAllowed({Roles.RECRUITER, Roles.HIRING_MANAGER, Roles.ADMIN})
    public Page<ChannelView> list(@PathParam("candidateId") UUID candidateId) {
        return new Page<>(service.channels(candidateId), null);
    }

    @GET
    @Path("/{channelId}")
    @Operation(operationId = "getChannel", summary = "Get one channel", description = "Roles: recruiter, hiring_manager, admin.")
    @APIResponse(responseCode = "200", description = "The channel",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ChannelView.class),
                    examples = @ExampleObject(name = "channel", value = CandidateExamples.CHANNEL)))
    @RolesAllowed({Roles.RECRUITER, Roles.HIRING_MANAGER, Roles.ADMIN})
    public Response get(@PathParam("candidateId") UUID candidateId, @PathParam("channelId") UUID channelId) {
        ChannelView channel = service.channel(candidateId, channelId);
        return Response.ok(channel).header("ETag", ETags.of(channel.version())).build();
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addChannel", summary = "Declare a channel",
            description = "Adds a participation channel. The handle or URL is validated and normalized for the platform; declaring the same channel twice (in any spelling) is a 409 that names the existing channel. Roles: recruiter, admin.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ChannelInput.class),
            examples = @ExampleObject(name = "discord server", value = CandidateExamples.CHANNEL_CREATE)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ChannelView.class),
                    examples = @ExampleObject(name = "channel", value = CandidateExamples.CHANNEL)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @RolesAllowed({Roles.RECRUITER, Roles.ADMIN})
    public Response add(@PathParam("candidateId") UUID candidateId, @Valid @NotNull ChannelInput input,
            @Context UriInfo uriInfo) {
        ChannelView created = service.addChannel(candidateId, input);
        return Response.created(urls.below(uriInfo, created.id().toString()))
                .header("ETag", ETags.of(created.version())).entity(created).build();
    }

    @PATCH
    @Path("/{channelId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "patchChannel", summary = "Update a channel (JSON Merge Patch)", description = "Roles: recruiter, admin.")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(ref = "ChannelPatch"),
            examples = @ExampleObject(name = "weekly now", value = CandidateExamples.CHANNEL_PATCH)))
    @APIResponse(responseCode = "200", description = "The updated channel",
            content = @Content(schema = @Schema(implementation = ChannelView.class),
                    examples = @ExampleObject(name = "channel", value = CandidateExamples.CHANNEL)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @RolesAllowed({Roles.RECRUITER, Roles.ADMIN})
    public Response patch(@PathParam("candidateId") UUID candidateId, @PathParam("channelId") UUID channelId,
            @Parameter(description = "ETag from a previous read of the channel") @HeaderParam("If-Match") String ifMatch,
            String body) {
        ChannelView updated = service.patchChannel(candidateId, channelId, ifMatch, body);
        return Response.ok(updated).header("ETag", ETags.of(updated.version())).build();
    }

    @DELETE
    @Path("/{channelId}")
    @Operation(operationId = "deleteChannel", summary = "Remove a channel", description = "Roles: recruiter, admin.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @RolesAllowed({Roles.RECRUITER, Roles.ADMIN})
    public Response delete(@PathParam("candidateId") UUID candidateId, @PathParam("channelId") UUID channelId) {
        service.deleteChannel(candidateId, channelId);
        return Response.noContent().build();
    }

    @Schema(name = "ChannelPage", description = "A candidate's channels")
    public static final class ChannelPage {
        @Schema(required = true)
        public java.util.List<ChannelView> items;
        @Schema(description = "Absent: every channel fits in one page")
        public String nextCursor;
    }
}
