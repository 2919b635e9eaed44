package io.socialhire.integration;

import io.socialhire.common.ETags;
import io.socialhire.common.Links;
import io.socialhire.common.MergePatch;
import io.socialhire.common.PageParams;
import io.socialhire.common.PublicUrls;
import io.socialhire.idempotency.Idempotent;
import io.socialhire.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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

@Path("/api/v1/integrations/{connector}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "ATS connectors", description = "Greenhouse's Assessment partner API and Ashby's assessments API, answered natively:"
        + " recruiters pick socialhire inside their ATS and get the score and the report link on the candidate's profile. Configure"
        + " each connector here and read what it did; the README's Connect Greenhouse and Connect Ashby say what to send each ATS.")
public class ConnectorResource {

    static final String VIEW = """
            {"connector": "greenhouse", "enabled": true, "inboundKey": {"hint": "shc_Q2xh…", "issuedAt": "2026-11-22T10:15:30Z"},
             "packageIds": ["community-manager-participation"],
             "endpoints": {"list_tests": "https://hiring.example.com/integrations/greenhouse/list_tests",
              "send_test": "https://hiring.example.com/integrations/greenhouse/send_test",
              "test_status": "https://hiring.example.com/integrations/greenhouse/test_status",
              "response_error": "https://hiring.example.com/integrations/greenhouse/response_error"},
             "updatedAt": "2026-11-22T10:16:02Z", "version": 2}""";
    static final String KEY = """
            {"connector": "greenhouse", "key": "shc_Q2xhc3NpZmllZC1yZXBvcnQtdG9rZW4tZm9yLXRlc3Rz", "issuedAt": "2026-11-22T10:15:30Z"}""";
    static final String LOG = """
            {"items": [
             {"id": "1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b", "direction": "outbound", "operation": "patch_test", "outcome": "ok",
              "httpStatus": 200, "invitationId": "7c1e9a2b-3d4f-4a5b-8c6d-9e0f1a2b3c4d",
              "callbackId": "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d", "attempt": 1, "latencyMs": 84, "createdAt": "2026-11-22T11:02:41Z"},
             {"id": "0e1d2c3b-4a59-4687-9a8b-7c6d5e4f3a2b", "direction": "inbound", "operation": "send_test", "outcome": "ok",
              "httpStatus": 200, "invitationId": "7c1e9a2b-3d4f-4a5b-8c6d-9e0f1a2b3c4d", "createdAt": "2026-11-22T10:20:00Z"}],
             "nextCursor": "djF8MTc2MzgwNjQwMDAwMDAwMHwwZTFkMmMzYi00YTU5LTQ2ODctOWE4Yi03YzZkNWU0ZjNhMmI"}""";

    private final ConnectorService service;
    private final ConnectorLog log;
    private final PublicUrls urls;

    public ConnectorResource(ConnectorService service, ConnectorLog log, PublicUrls urls) {
        this.service = service;
        this.log = log;
        this.urls = urls;
    }

    @GET
    @Operation(operationId = "getConnector", summary = "Read an ATS connector's configuration",
            description = "Whether it is enabled, which inbound key is issued (its first characters), the packages offered and the"
                    + " URLs to register with the ATS. Keys are never shown. Roles: admin.")
    @APIResponse(responseCode = "200", description = "The configuration",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ConnectorViews.View.class), examples = @ExampleObject(name = "greenhouse",
                    value = VIEW)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@Parameter(description = "greenhouse or ashby", schema = @Schema(enumeration = {"greenhouse", "ashby"}))
            @PathParam("connector") String connector) {
        ConnectorViews.View view = service.get(ConnectorService.kind(connector));
        return Response.ok(view).header("ETag", ETags.of(view.version())).build();
    }

    @PATCH
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "patchConnector", summary = "Configure an ATS connector (JSON Merge Patch)",
            description = "enabled, the packages offered (packageIds; empty: every active package) and, for Ashby, the customer's"
                    + " Ashby API key (ashbyApiKey: stored sealed, never shown, replaced by the next one given). Enabling needs"
                    + " SOCIALHIRE_SECRETS_KEY on the service, an issued inbound key and, for Ashby, the Ashby API key: otherwise 422."
                    + " Roles: admin.")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = ConnectorViews.Input.class),
            examples = {@ExampleObject(name = "offer one package", value = "{\"packageIds\": [\"community-manager-participation\"]}"),
                    @ExampleObject(name = "enable", value = "{\"enabled\": true}"),
                    @ExampleObject(name = "rotate the Ashby API key", value = "{\"ashbyApiKey\": \"a1b2c3d4e5f6\"}")}))
    @APIResponse(responseCode = "200", description = "The updated configuration",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ConnectorViews.View.class), examples = @ExampleObject(name = "enabled",
                    value = VIEW)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response patch(@Parameter(description = "greenhouse or ashby", schema = @Schema(enumeration = {"greenhouse", "ashby"}))
            @PathParam("connector") String connector,
            @Parameter(description = "ETag from a previous read") @HeaderParam("If-Match") String ifMatch, String body) {
        ConnectorViews.View view = service.patch(ConnectorService.kind(connector), ifMatch, body);
        return Response.ok(view).header("ETag", ETags.of(view.version())).build();
    }

    @POST
    @Idempotent(replaysBody = false)
    @Path("/key")
    @Operation(operationId = "issueConnectorKey", summary = "Issue the key the ATS presents",
            description = "A new inbound key, shown this once (a retry with the same Idempotency-Key answers 409): give it to the ATS,"
                    + " which sends it as the HTTP Basic username with an empty password. The key it replaces stops working at once."
                    + " Needs SOCIALHIRE_SECRETS_KEY on the service (422 without). Roles: admin.")
    @APIResponse(responseCode = "201", description = "Issued; the response holds the only copy of the key. Location: the connector",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ConnectorViews.KeyIssued.class), examples = @ExampleObject(name = "issued",
                    value = KEY)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response issueKey(
            @Parameter(description = "greenhouse or ashby", schema = @Schema(enumeration = {"greenhouse", "ashby"}))
            @PathParam("connector") String connector) {
        ConnectorViews.KeyIssued issued = service.issueKey(ConnectorService.kind(connector));
        return Response.created(urls.at("/api/v1/integrations/" + issued.connector().json())).entity(issued).build();
    }

    @GET
    @Path("/log")
    @Operation(operationId = "listConnectorLog", summary = "List what an ATS connector did",
            description = "Newest first, cursor-paged: every call the ATS made and how it was answered, every attempt to tell the ATS"
                    + " of a change (status or error, latency), and the errors the ATS reported about our responses. Never a key,"
                    + " a token or a report URL. Roles: admin.")
    @APIResponse(responseCode = "200", description = "One page of the log",
            headers = @Header(name = "Link", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ConnectorViews.LogPage.class), examples = @ExampleObject(name = "log",
                    value = LOG)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response log(@Parameter(description = "greenhouse or ashby", schema = @Schema(enumeration = {"greenhouse", "ashby"}))
            @PathParam("connector") String connector,
            @Parameter(description = "Page size, 1 to 200", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200",
                    defaultValue = "50")) @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor from the previous page") @QueryParam("cursor") String cursor,
            @Context UriInfo uriInfo) {
        ConnectorKind kind = ConnectorService.kind(connector);
        return Links.paged(log.page(kind, PageParams.cursor(cursor), PageParams.limit(limit)), urls.request(uriInfo));
    }
}
