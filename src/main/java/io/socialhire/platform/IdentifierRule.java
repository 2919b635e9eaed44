package io.socialhire.platform;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One way a channel can be named on a platform (compiled form of a catalog "identifiers" entry).
 *
 * @param kind            USER or COMMUNITY
 * @param label           human name used in messages, e.g. "X handle", "subreddit"
 * @param description     human description of the valid form, e.g. "1-15 letters, digits or underscores"
 * @param urlKey          true: the channel is a web address on any host; key = normalized host+path
 * @param handlePattern   full-match, case-insensitive pattern for the handle after prefix stripping (null if urlKey)
 * @param prefixes        prefixes stripped from a handle (case-insensitive), e.g. "@", "r/", "/r/"
 * @param prefixRequired  if true a bare handle (no prefix) never matches this rule
 * @param caseInsensitive if true the key part is lower-cased and handles compare case-insensitively
 * @param reserved        lower-case handles that are platform paths, not accounts (e.g. "home", "explore")
 * @param displayTemplate template for {@link ChannelIdentity#handle()}
 * @param canonicalUrlTemplate template for {@link ChannelIdentity#canonicalUrl()}
 * @param keyTemplate     template for the value part of {@link ChannelIdentity#key()}
 * @param urlPatterns     URL shapes that name this kind of identifier
 */
public record IdentifierRule(
        IdentifierKind kind,
        String label,
        String description,
        boolean urlKey,
        Pattern handlePattern,
        List<String> prefixes,
        boolean prefixRequired,
        boolean caseInsensitive,
        Set<String> reserved,
        String displayTemplate,
        String canonicalUrlTemplate,
        String keyTemplate,
        List<UrlPattern> urlPatterns) {

    public IdentifierRule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        prefixes = List.copyOf(prefixes);
        reserved = Set.copyOf(reserved);
        urlPatterns = List.copyOf(urlPatterns);
    }

    /**
     * A URL shape: host (full match against the lower-case host without "www."; null = any host owned by the
     * platform, or any host for anyHost platforms), path (full match against the decoded path without trailing
     * slash, "" for the root), optional query (find against the raw query), and a template that rebuilds the
     * handle from named groups (plus {host}); the rebuilt handle is then validated like a typed handle.
     */
    public record UrlPattern(Pattern host, Pattern path, Pattern query, String handleTemplate) {
        public UrlPattern {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(handleTemplate, "handleTemplate");
        }
    }
}
