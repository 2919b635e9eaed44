package io.socialhire.common;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The one place absolute URLs are made (Location, Link rel="next"). They start with the configured
 * socialhire.public-base-url and never with what a request says about where it was sent: the Host
 * header and Forwarded / X-Forwarded-* headers are a client's to choose, so a URL built from them
 * would hand other callers a link to anywhere. Behind a proxy, configure the address clients use.
 */
@Startup
@ApplicationScoped
public class PublicUrls {

    private final String base;

    public PublicUrls(SocialhireConfig config) {
        this.base = normalise(config.publicBaseUrl());
    }

    /** The base URL clients reach the service at, without a trailing slash. */
    public String base() {
        return base;
    }

    /** The absolute URL of a path of this service ("/api/v1/candidates/…"). */
    public URI at(String path) {
        return URI.create(base + (path.startsWith("/") ? path : "/" + path));
    }

    /** The absolute URL of a child of the requested resource: the URL of something a POST to a collection created. */
    public URI below(UriInfo request, String segment) {
        return UriBuilder.fromUri(at(request.getRequestUri().getRawPath())).path(segment).build();
    }

    /** The absolute URL of the request itself, query included, on the public base URL. */
    public UriBuilder request(UriInfo request) {
        URI uri = request.getRequestUri();
        return UriBuilder.fromUri(at(uri.getRawPath())).replaceQuery(uri.getRawQuery());
    }

    /**
     * The configured base URL, checked: absolute http or https with a host, no query, fragment or
     * user info; a trailing slash is dropped so paths can be appended.
     */
    static String normalise(String configured) {
        String problem = "socialhire.public-base-url must be an absolute http or https URL without query or fragment, "
                + "such as https://api.example.com, but is '" + configured + "'";
        URI uri;
        try {
            uri = new URI(configured.strip());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(problem, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawUserInfo() != null
                || uri.getRawQuery() != null || uri.getRawFragment() != null || configured.contains("?") || configured.contains("#")) {
            throw new IllegalStateException(problem);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        return scheme + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT) + path;
    }
}
