package io.socialhire.candidate;

import io.socialhire.common.ApiException;
import io.socialhire.common.ETags;
import io.socialhire.common.Links;
import io.socialhire.common.MergePatch;
import io.socialhire.common.Page;
import io.socialhire.common.PageParams;
import io.socialhire.common.PublicUrls;
import io.socialhire.common.Text;
import io.socialhire.idempotency.Idempotent;
import io.socialhire.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

@Path("/api/v1/candidates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Candidates", description = "Candidates and the participation channels they declare")
public class CandidateResource {

    private final CandidateService service;
    private final PublicUrls urls;
    private final ChannelIdentities identities;

    public CandidateResource(CandidateService service, ChannelIdentities identities, PublicUrls urls) {
        this.service = service;
        this.identities = identities;
        this.urls = urls;
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCandidate", summary = "Create a candidate",
            description = "Creates a candidate, optionally with their participation channels. Email must be unique (case-insensitively), and so must the ATS reference. Roles: recruiter, admin.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CandidateInput.class),
            examples = @ExampleObject(name = "candidate with two channels", value = CandidateExamples.CREATE)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", description = "URL of the new candidate", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Version of the candidate, for If-Match", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = CandidateView.class),
                    examples = @ExampleObject(name = "created", value = CandidateExamples.CANDIDATE)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed({Roles.RECRUITER, Roles.ADMIN})
    public Response create(@Valid @NotNull CandidateInput input, @Context UriInfo uriInfo) {
        CandidateView created = service.create(input);
        return Response.created(urls.at("/api/v1/candidates/" + created.id()))
                .header("ETag", ETags.of(created.version()))
                .entity(created).build();
    }

    @GET
    @Operation(operationId = "listCandidates", summary = "List candidates",
            description = "Candidates in creation order, oldest first, with cursor pagination. Follow nextCursor (or the Link rel=\"next\" header) until it is null; rows created while you page are never repeated or skipped. Roles: recruiter, hiring_manager, admin.")
    @APIResponse(responseCode = "200", description = "One page of candidates",
            headers = @Header(name = "Link", description = "RFC 8288 link to the next page (rel=\"next\"), absent on the last page",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CandidatePage.class),
                    examples = @ExampleObject(name = "page", value = CandidateExamples.PAGE)))
    @RolesAllowed({Roles.RECRUITER, Roles.HIRING_MANAGER, Roles.ADMIN})
    public Response list(
            @Parameter(description = "Case-insensitive substring of the name or email, e.g. moreno")
            @QueryParam("q") @Size(max = 200) String q,
            @Parameter(description = "Only candidates with a channel on this platform (id or name), e.g. discord")
            @QueryParam("platform") @Size(max = 60) String platform,
            @Parameter(description = "Only candidates with this tag, e.g. gaming")
            @QueryParam("tag") @Size(max = 40) String tag,
            @Parameter(description = "Only candidates changed at or after this RFC 3339 time, e.g. 2026-11-01T00:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50"))
            @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor from the previous page")
            @QueryParam("cursor") String cursor,
            @Context UriInfo uriInfo) {
        Text.requirePrintable(q, "q");
        Text.requirePrintable(tag, "tag");
        String platformId = platform == null || platform.isBlank() ? null : identities.platform(platform, "").id();
        CandidateFilter filter = new CandidateFilter(blankToNull(q), platformId, blankToNull(tag),
                PageParams.timestamp(updatedSince, "updatedSince"));
        int pageSize = PageParams.limit(limit);
        return Links.paged(service.list(filter, PageParams.cursor(cursor), pageSize), urls.request(uriInfo));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCandidate", summary = "Get a candidate with their channels", description = "Roles: recruiter, hiring_manager, admin.")
    @APIResponse(responseCode = "200", description = "The candidate",
            headers = @Header(name = "ETag", description = "Version of the candidate, for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CandidateView.class),
                    examples = @ExampleObject(name = "candidate", value = CandidateExamples.CANDIDATE)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match matches the current ETag")
    @RolesAllowed({Roles.RECRUITER, Roles.HIRING_MANAGER, Roles.ADMIN})
    public Response get(@PathParam("id") UUID id,
            @Parameter(description = "ETag of a cached copy") @HeaderParam("If-None-Match") String ifNoneMatch) {
        CandidateView candidate = service.get(id);
        String etag = ETags.of(candidate.version());
        if (ifNoneMatch != null && ifNoneMatch.strip().equals(etag)) {
            return Response.notModified().header("ETag", etag).build();
        }
        return Response.ok(candidate).header("ETag", etag).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "patchCandidate", summary = "Update a candidate (JSON Merge Patch)",
            description = "RFC 7396 merge patch: fields present are set, null clears an optional field, absent fields stay. Send If-Match with the ETag you read to avoid overwriting someone else's change. Channels are changed through their own endpoints. Roles: recruiter, admin.")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(ref = "CandidatePatch"),
            examples = @ExampleObject(name = "new headline and tags", value = CandidateExamples.PATCH)))
    @APIResponse(responseCode = "200", description = "The updated candidate",
            headers = @Header(name = "ETag", description = "New version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CandidateView.class),
                    examples = @ExampleObject(name = "candidate", value = CandidateExamples.CANDIDATE)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @RolesAllowed({Roles.RECRUITER, Roles.ADMIN})
    public Response patch(@PathParam("id") UUID id,
            @Parameter(description = "ETag from a previous read; the update fails with 412 when the candidate changed since")
            @HeaderParam("If-Match") String ifMatch,
            String body) {
        CandidateView updated = service.patch(id, ifMatch, body);
        return Response.ok(updated).header("ETag", ETags.of(updated.version())).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteCandidate", summary = "Erase a candidate",
            description = "Erases everything that identifies the person: the profile, channels and answers are deleted; assessments and "
                    + "reviews remain only as anonymous calibration data (levels and ratings, no answer, quotes, handles or notes) and can "
                    + "no longer be read through the API. The audit trail records the erasure without the erased data. Roles: recruiter, admin.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @RolesAllowed({Roles.RECRUITER, Roles.ADMIN})
    public Response delete(@PathParam("id") UUID id) {
        service.erase(id);
        return Response.noContent().build();
    }

    @PUT
    @Path("/by-external-id/{source}/{externalId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "upsertCandidateByExternalId", summary = "Create or update a candidate by ATS reference",
            description = "Idempotent sync for applicant tracking systems: creates the candidate when the ATS reference is new (201), otherwise replaces its profile (200). A channels list, when given, replaces the candidate's channels; channels whose identity is unchanged keep their id. Repeating a request changes nothing: same version, same updatedAt, no duplicate. Roles: recruiter, admin.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CandidateInput.class),
            examples = @ExampleObject(name = "candidate with two channels", value = CandidateExamples.CREATE)))
    @APIResponse(responseCode = "200", description = "Updated, or unchanged",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CandidateView.class),
                    examples = @ExampleObject(name = "candidate", value = CandidateExamples.CANDIDATE)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = CandidateView.class),
                    examples = @ExampleObject(name = "candidate", value = CandidateExamples.CANDIDATE)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @RolesAllowed({Roles.RECRUITER, Roles.ADMIN})
    public Response upsertByExternalId(
            @Parameter(description = "The ATS, lower-case", example = "greenhouse")
            @PathParam("source") @Pattern(regexp = Limits.ATS_SOURCE, message = "must be lower-case letters, digits, '-' or '_'") String source,
            @Parameter(description = "The candidate's id in that ATS", example = "48213377")
            @PathParam("externalId") @Pattern(regexp = Limits.EXTERNAL_ID, message = "must be letters, digits or . _ : -") String externalId,
            @Valid @NotNull CandidateInput input, @Context UriInfo uriInfo) {
        CandidateService.Upserted result = service.upsertByExternalId(source, externalId, input);
        CandidateView candidate = result.candidate();
        Response.ResponseBuilder response = result.created()
                ? Response.created(urls.at("/api/v1/candidates/" + candidate.id()))
                : Response.ok();
        return response.header("ETag", ETags.of(candidate.version())).entity(candidate).build();
    }

    /** Named page type so the OpenAPI document shows the item schema. */
    @Schema(name = "CandidatePage", description = "One page of candidates")
    public static final class CandidatePage {
        @Schema(required = true)
        public java.util.List<CandidateView> items;
        @Schema(description = "Cursor of the next page; absent on the last page")
        public String nextCursor;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
