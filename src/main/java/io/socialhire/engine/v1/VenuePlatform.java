package io.socialhire.engine.v1;

import java.util.List;

/** A platform as participation v1 recognises it in answers: catalog id, display name, category, text aliases, hosts. */
public record VenuePlatform(String id, String name, String category, List<String> textAliases, List<String> hosts) {
    public VenuePlatform {
        textAliases = List.copyOf(textAliases);
        hosts = List.copyOf(hosts);
    }

    /** True if {@code host} (lower-case, no "www.") is one of {@link #hosts()} or a subdomain of one. */
    boolean ownsHost(String host) {
        for (String h : hosts) {
            if (host.equals(h) || host.endsWith("." + h)) {
                return true;
            }
        }
        return false;
    }
}
