package io.socialhire.idempotency;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Sends a stored response again, marked {@code Idempotent-Replayed: true}. */
public class IdempotencyExceptionMapper {

    @ServerExceptionMapper
    public Response replay(ReplayedResponse replayed) {
        StoredResponse stored = replayed.response();
        Response.ResponseBuilder response = Response.status(stored.status())
                .header(IdempotencyInterceptor.REPLAYED_HEADER, "true");
        stored.headers().forEach(response::header);
        if (stored.body() != null) {
            response.entity(stored.body()).type(MediaType.APPLICATION_JSON_TYPE);
        }
        return response.build();
    }
}
