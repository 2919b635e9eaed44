package io.socialhire.common;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A request body must say what it is. Without a Content-Type, or with a wildcard one (*&#47;*,
 * application/*), Quarkus REST would match any @Consumes and read the body as JSON; the API
 * answers 415 instead, as for any other type it does not read.
 */
public class DeclaredContentType {

    @ServerRequestFilter
    public void require(ContainerRequestContext request, ResourceInfo resource) {
        boolean readsBody = resource.getResourceMethod() != null
                && (resource.getResourceMethod().isAnnotationPresent(Consumes.class)
                        || resource.getResourceClass().isAnnotationPresent(Consumes.class));
        MediaType type = request.getMediaType();
        if (readsBody && (type == null || type.isWildcardType() || type.isWildcardSubtype())) {
            throw new NotSupportedException();
        }
    }
}
