package io.socialhire.fairness;

import io.socialhire.common.Links;
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

@Path("/api/v1/fairness/summaries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fairness")
public class FairnessSummaryResource {

    static final String INPUT_LAST_YEAR = """
            {"rubricKey": "participation", "distributionDate": "2026-01-15",
             "dataSource": "All candidates assessed by Example Corp with socialhire in the last 365 days; self-identification was voluntary"}""";
    static final String INPUT = """
            {"from": "2025-12-01T00:00:00Z", "to": "2026-12-01T00:00:00Z", "rubricKey": "participation", "distributionDate": "2026-01-15",
             "dataSource": "All candidates assessed by Example Corp with socialhire in the window; self-identification was voluntary"}""";
    static final String VIEW = """
            {"id": "5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "publishedAt": "2026-12-03T12:00:00Z",
             "publishedByKeyId": "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d", "from": "2025-12-01T00:00:00Z", "to": "2026-12-01T00:00:00Z",
             "rubricKey": "participation", "rubricVersions": [2], "distributionDate": "2026-01-15",
             "dataSource": "All candidates assessed by Example Corp with socialhire in the window; self-identification was voluntary",
             "report": {"computedAt": "2026-12-03T12:00:00Z", "from": "2025-12-01T00:00:00Z", "to": "2026-12-01T00:00:00Z",
               "rubricKey": "participation", "rubricVersions": [2], "assessedCandidates": 1200, "medianScore": 61.5,
               "minimumShareForRatios": 0.02, "sex": [], "raceEthnicity": [], "intersectional": [], "method": "..."},
             "publicUrl": "https://api.example.com/fairness/summary"}""";

    private final FairnessSummaryService service;
    private final PublicUrls urls;

    public FairnessSummaryResource(FairnessSummaryService service, PublicUrls urls) {
        this.service = service;
        this.urls = urls;
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "publishFairnessSummary", summary = "Publish a bias-audit summary",
            description = "Computes the impact report for the window (as GET /fairness/impact-report does; default the last 365 days) and publishes it with the"
                    + " tool's distribution date and a description of the data. A published summary never changes; the latest one is"
                    + " shown to everyone at /fairness/summary (aggregates only). 422 when nobody was assessed in the window. Roles: admin.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = FairnessSummaryViews.Input.class),
            examples = {@ExampleObject(name = "the last 365 days", value = INPUT_LAST_YEAR),
                    @ExampleObject(name = "a fixed window", value = INPUT)}))
    @APIResponse(responseCode = "201", description = "Published",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = FairnessSummaryViews.View.class),
                    examples = @ExampleObject(name = "summary", value = VIEW)))
    @RolesAllowed(Roles.ADMIN)
    public Response publish(@Valid @NotNull FairnessSummaryViews.Input input, @Context UriInfo uriInfo) {
        FairnessSummaryViews.View published = service.publish(input);
        return Response.created(urls.below(uriInfo, published.id().toString())).entity(published).build();
    }

    @GET
    @Operation(operationId = "listFairnessSummaries", summary = "List published bias-audit summaries",
            description = "Newest first, cursor-paged. Roles: auditor, admin.")
    @APIResponse(responseCode = "200", description = "One page of summaries",
            headers = @Header(name = "Link", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = FairnessSummaryViews.Page.class),
                    examples = @ExampleObject(name = "page", value = "{\"items\": [" + VIEW + "]}")))
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    public Response list(
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50"))
            @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor from the previous page") @QueryParam("cursor") String cursor,
            @Context UriInfo uriInfo) {
        return Links.paged(service.list(PageParams.limit(limit), PageParams.cursor(cursor)), urls.request(uriInfo));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getFairnessSummary", summary = "Get a published bias-audit summary", description = "Roles: auditor, admin.")
    @APIResponse(responseCode = "200", description = "The summary", content = @Content(schema = @Schema(implementation = FairnessSummaryViews.View.class),
            examples = @ExampleObject(name = "summary", value = VIEW)))
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    public FairnessSummaryViews.View get(@PathParam("id") UUID id) {
        return service.get(id);
    }
}
