package io.socialhire.integration.ashby;

import io.socialhire.integration.AtsFields;
import io.socialhire.integration.ConnectorKind;
import io.socialhire.integration.InboundCalls;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The endpoints of Ashby's assessments API that the partner implements, called by Ashby with the
 * connector's key as the Basic username. Their contract is Ashby's, so they are left out of the
 * OpenAPI document and described in the README. Refusals are {"message"} with 409 or 422, as Ashby
 * shows them to its user.
 */
@Path("/integrations/ashby")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AshbyResource {

    private static final ConnectorKind ASHBY = ConnectorKind.ASHBY;

    private final InboundCalls calls;
    private final AshbyService service;

    public AshbyResource(InboundCalls calls, AshbyService service) {
        this.calls = calls;
        this.service = service;
    }

    @POST
    @Path("/assessment.list")
    @Operation(hidden = true)
    public Response list(@HeaderParam("Authorization") String authorization, @Context UriInfo uri, @Context HttpHeaders headers,
            Map<String, Object> ignored) {
        return calls.answer(ASHBY, "assessment.list", authorization, uri, headers,
                () -> InboundCalls.Answer.ok(AshbyViews.Success.of(service.list()), null));
    }

    @POST
    @Path("/assessment.start")
    @Operation(hidden = true)
    public Response start(@HeaderParam("Authorization") String authorization, @Context UriInfo uri, @Context HttpHeaders headers,
            AshbyViews.Start request) {
        return calls.answer(ASHBY, "assessment.start", authorization, uri, headers, refusing(() -> {
            UUID id = service.start(request);
            return InboundCalls.Answer.ok(AshbyViews.Success.of(new AshbyViews.Started(id.toString())), id);
        }));
    }

    @POST
    @Path("/assessment.cancel")
    @Operation(hidden = true)
    public Response cancel(@HeaderParam("Authorization") String authorization, @Context UriInfo uri, @Context HttpHeaders headers,
            AshbyViews.Cancel request) {
        return calls.answer(ASHBY, "assessment.cancel", authorization, uri, headers, refusing(() -> {
            service.cancel(request);
            return InboundCalls.Answer.ok(AshbyViews.Success.of(Map.of()), AtsFields.uuid(request.assessmentId()).orElse(null));
        }));
    }

    private static Supplier<InboundCalls.Answer> refusing(Supplier<InboundCalls.Answer> call) {
        return () -> {
            try {
                return call.get();
            } catch (AshbyService.Refused e) {
                return InboundCalls.Answer.refused(e.status, new AshbyViews.Refusal(e.getMessage()), e.getMessage());
            }
        };
    }
}
