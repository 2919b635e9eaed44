package io.socialhire.platform;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One catalog entry. All lists are immutable.
 *
 * @param aliases       lower-case names accepted by {@link PlatformCatalog#resolve(String)} (form fields);
 *                      NOT meant for free-text detection
 * @param aliasesStrict lower-case names that are ordinary words or too short ("x", "medium", "slack"); accepted by
 *                      resolve() only, never for free-text detection
 * @param textAliases   lower-case phrases safe for free-text detection (match on word boundaries, prefer the
 *                      longest match); also accepted by resolve()
 * @param textPatterns  case-insensitive regexes for free-text detection (e.g. {@code r/name})
 * @param hosts         lower-case hosts without "www."; subdomains of a host also belong to the platform
 * @param anyHost       true if channel URLs may be on any host (blog, forum, podcast, mastodon, offline_event)
 * @param identifiers   handle/URL rules, tried in order
 */
public record Platform(
        String id,
        String name,
        PlatformCategory category,
        String homepage,
        List<String> aliases,
        List<String> aliasesStrict,
        List<String> textAliases,
        List<Pattern> textPatterns,
        List<String> hosts,
        boolean anyHost,
        List<IdentifierRule> identifiers) {

    public Platform {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(homepage, "homepage");
        aliases = List.copyOf(aliases);
        aliasesStrict = List.copyOf(aliasesStrict);
        textAliases = List.copyOf(textAliases);
        textPatterns = List.copyOf(textPatterns);
        hosts = List.copyOf(hosts);
        identifiers = List.copyOf(identifiers);
    }

    /** Distinct identifier kinds this platform supports, in rule order. */
    public List<IdentifierKind> kinds() {
        return identifiers.stream().map(IdentifierRule::kind).distinct().toList();
    }

    /** True if {@code host} (lower-case, no "www.") is one of {@link #hosts()} or a subdomain of one. */
    public boolean ownsHost(String host) {
        for (String h : hosts) {
            if (host.equals(h) || host.endsWith("." + h)) {
                return true;
            }
        }
        return false;
    }
}
