package io.socialhire.invitation;

import io.socialhire.common.ApiException;
import io.socialhire.common.ProblemType;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The report page behind a report link: the token in the path is the only credential, so no API key
 * is asked for here (and only here). Not part of the API contract: it answers HTML to people, never
 * problem JSON, and tells an unknown token (404) from a revoked one (410) and nothing more.
 */
@Path("/r")
@PermitAll
public class ReportPageResource {

    private final Instance<ReportTokens> tokens;
    private final ReportPage page;

    public ReportPageResource(@Any Instance<ReportTokens> tokens, ReportPage page) {
        this.tokens = tokens;
        this.page = page;
    }

    @GET
    @Path("/{token}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response report(@PathParam("token") String token) {
        ReportTokens.Opened opened = open(token);
        if (opened instanceof ReportTokens.Opened.Report report) {
            try {
                return html(200, page.render(report.assessmentId(), ReportPage.LANGUAGE));
            } catch (ApiException e) {
                if (e.type() != ProblemType.NOT_FOUND) {
                    throw e;
                }
                return html(404, page.unavailable(false)); // erased between the lookup and the rendering
            }
        }
        if (opened instanceof ReportTokens.Opened.NotAnswered notAnswered) {
            return html(notAnswered.closed() ? 410 : 200, page.notAnswered(notAnswered.closed()));
        }
        return opened instanceof ReportTokens.Opened.Revoked ? html(410, page.unavailable(true)) : html(404, page.unavailable(false));
    }

    /** The first kind of token that knows this one. */
    private ReportTokens.Opened open(String token) {
        for (ReportTokens kind : tokens) {
            ReportTokens.Opened opened = kind.open(token);
            if (!(opened instanceof ReportTokens.Opened.Unknown)) {
                return opened;
            }
        }
        return new ReportTokens.Opened.Unknown();
    }

    /** Every answer of this path: not cached, not indexed, no referrer to leak the token, no script, no framing. */
    private Response html(int status, String body) {
        return TokenPages.html(Response.status(status), body, page.contentSecurityPolicy()).header("X-Frame-Options", "DENY").build();
    }
}
