package io.socialhire.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs webhooks may be sent to: https, and only to public addresses, so an endpoint cannot
 * point the service at itself, its database or a cloud metadata service. Checked when an endpoint
 * is created and again before every send (a name may resolve elsewhere later). With private URLs
 * allowed (development and tests), http and every address are accepted.
 */
public final class WebhookUrlPolicy {

    private WebhookUrlPolicy() {
    }

    /** Why the URL may not be used, or empty when it may. */
    public static Optional<String> refusal(String url, boolean allowPrivate) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("must be an absolute https URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null
                || !(scheme.equals("https") || (allowPrivate && scheme.equals("http")))) {
            return Optional.of(allowPrivate ? "must be an absolute http or https URL with a host and no user info or fragment"
                    : "must be an absolute https URL with a host and no user info or fragment");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1) : uri.getHost();
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return Optional.of("host " + host + " does not resolve");
        }
        for (InetAddress address : addresses) {
            if (isPrivate(address)) {
                return Optional.of("must not point to a loopback, private, link-local or multicast address (" + host + " is "
                        + address.getHostAddress() + ")");
            }
        }
        return Optional.empty();
    }

    static boolean isPrivate(InetAddress a) {
        byte[] b = a.getAddress();
        boolean uniqueLocalV6 = a instanceof Inet6Address && (b[0] & 0xfe) == 0xfc; // fc00::/7
        boolean thisNetwork = b.length == 4 && b[0] == 0; // 0.0.0.0/8
        boolean sharedV4 = b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64; // 100.64.0.0/10
        return a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress() || uniqueLocalV6 || thisNetwork || sharedV4;
    }
}
