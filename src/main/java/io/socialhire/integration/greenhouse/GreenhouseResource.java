package io.socialhire.integration.greenhouse;

import io.socialhire.common.ApiException;
import io.socialhire.integration.AtsFields;
import io.socialhire.integration.ConnectorKind;
import io.socialhire.integration.InboundCalls;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The four endpoints of Greenhouse's Assessment partner API, called by Greenhouse with the
 * connector's key as the Basic username. Not API operations (no API key, no /api/v1): their contract
 * is Greenhouse's, so they are left out of the OpenAPI document and described in the README.
 * Errors are 401 and 404 as Greenhouse's documentation lists them, with problem bodies.
 */
@Path("/integrations/greenhouse")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class GreenhouseResource {

    private static final ConnectorKind GREENHOUSE = ConnectorKind.GREENHOUSE;

    private final InboundCalls calls;
    private final GreenhouseService service;

    public GreenhouseResource(InboundCalls calls, GreenhouseService service) {
        this.calls = calls;
        this.service = service;
    }

    @GET
    @Path("/list_tests")
    @Operation(hidden = true)
    public Response listTests(@HeaderParam("Authorization") String authorization, @Context UriInfo uri, @Context HttpHeaders headers) {
        return calls.answer(GREENHOUSE, "list_tests", authorization, uri, headers,
                () -> InboundCalls.Answer.ok(service.listTests(), null));
    }

    @POST
    @Path("/send_test")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response sendTest(@HeaderParam("Authorization") String authorization, @Context UriInfo uri, @Context HttpHeaders headers,
            GreenhouseViews.SendTest request) {
        return calls.answer(GREENHOUSE, "send_test", authorization, uri, headers, () -> {
            UUID id = service.sendTest(request);
            return InboundCalls.Answer.ok(new GreenhouseViews.SentTest(id.toString()), id);
        });
    }

    @GET
    @Path("/test_status")
    @Operation(hidden = true)
    public Response testStatus(@HeaderParam("Authorization") String authorization, @Context UriInfo uri, @Context HttpHeaders headers,
            @QueryParam("partner_interview_id") String partnerInterviewId) {
        return calls.answer(GREENHOUSE, "test_status", authorization, uri, headers, () -> {
            UUID id = AtsFields.uuid(partnerInterviewId)
                    .orElseThrow(() -> ApiException.notFound("Test instance", partnerInterviewId == null ? "(none given)"
                            : partnerInterviewId.length() > 64 ? partnerInterviewId.substring(0, 64) + "…" : partnerInterviewId));
            return InboundCalls.Answer.ok(service.testStatus(id), id);
        });
    }

    @POST
    @Path("/response_error")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response responseError(@HeaderParam("Authorization") String authorization, @Context UriInfo uri, @Context HttpHeaders headers,
            GreenhouseViews.ResponseError report) {
        return calls.answer(GREENHOUSE, "response_error", authorization, uri, headers, () -> {
            service.responseError(report);
            return InboundCalls.Answer.ok(new GreenhouseViews.Received(200), null);
        });
    }
}
