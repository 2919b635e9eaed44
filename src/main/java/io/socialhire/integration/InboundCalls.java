package io.socialhire.integration;

import io.socialhire.common.ApiException;
import io.socialhire.common.ProblemResponses;
import io.socialhire.common.ProblemType;
import io.socialhire.security.FailedAuthThrottle;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The frame of every call an ATS makes to a connector: its key checked (HTTP Basic, the key as
 * username; a failure counts against the caller's address as a wrong API key does), the call
 * answered, and the call and its answer written to the connector's log, refusals included.
 */
@ApplicationScoped
public class InboundCalls {

    static final String CHALLENGE = "Basic realm=\"socialhire\", charset=\"UTF-8\"";

    private final ConnectorService connectors;
    private final ConnectorLog log;
    private final FailedAuthThrottle throttle;
    private final RoutingContext context;

    public InboundCalls(ConnectorService connectors, ConnectorLog log, FailedAuthThrottle throttle, RoutingContext context) {
        this.connectors = connectors;
        this.log = log;
        this.throttle = throttle;
        this.context = context;
    }

    /** What answering a call gave: the response, and the invitation it concerned (for the log), if any. */
    public record Answer(Response response, UUID invitationId, String detail) {
        public static Answer ok(Object body, UUID invitationId) {
            return new Answer(Response.ok(body).build(), invitationId, null);
        }

        /** A refusal in the ATS's own shape, with what the log says of it. */
        public static Answer refused(int status, Object body, String detail) {
            return new Answer(Response.status(status).type(jakarta.ws.rs.core.MediaType.APPLICATION_JSON).entity(body).build(), null, detail);
        }
    }

    /** Answers the call when the key is this enabled connector's; 401 otherwise. Every call is logged. */
    public Response answer(ConnectorKind connector, String operation, String authorization, UriInfo uri, HttpHeaders headers,
            Supplier<Answer> call) {
        if (!connectors.authenticates(connector, authorization)) {
            throttle.failed(context);
            log.inbound(connector, operation, 401, null, authorization == null ? "no key" : "unknown key, or the connector is disabled");
            return Response.fromResponse(ProblemResponses.response(ProblemType.UNAUTHORIZED,
                            "Send the key issued for this connector as the HTTP Basic username, with an empty password; the connector"
                                    + " must be enabled.", List.of(), null, uri, headers))
                    .header("WWW-Authenticate", CHALLENGE).build();
        }
        try {
            Answer answer = call.get();
            log.inbound(connector, operation, answer.response().getStatus(), answer.invitationId(), answer.detail());
            return answer.response();
        } catch (ApiException e) {
            log.inbound(connector, operation, e.type().status(), null, e.getMessage() + describe(e));
            throw e;
        }
    }

    private static String describe(ApiException e) {
        return e.errors() == null || e.errors().isEmpty() ? ""
                : " " + e.errors().stream().map(f -> f.field() + ": " + f.message()).toList();
    }
}
