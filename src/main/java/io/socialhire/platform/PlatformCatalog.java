package io.socialhire.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The platform catalog: immutable and thread-safe. Load once ({@link #loadDefault()} caches) and share.
 */
public final class PlatformCatalog {

    public static final String DEFAULT_RESOURCE = "/platforms/catalog.json";
    public static final int MAX_HANDLE_LENGTH = 100;
    public static final int MAX_URL_LENGTH = 2048;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static volatile PlatformCatalog defaultCatalog;

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern HOST = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+");
    private static final Pattern NUMERIC_HOST = Pattern.compile("[0-9.]+");
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):(.*)$", Pattern.DOTALL);
    private static final Pattern PORT_REST = Pattern.compile("^[0-9]+(?:[/?#].*)?$", Pattern.DOTALL);
    private static final Pattern MULTI_SLASH = Pattern.compile("/{2,}");
    private static final Pattern COMBO_SPLIT = Pattern.compile("\\s*(?:/|\\\\|\\(|\\)|\\[|]|,|;|\\||&|\\+|\\bor\\b|\\boder\\b|\\bou\\b|\\bo\\b)\\s*");
    private static final Pattern WS = Pattern.compile("\\s+");
    private static final int RX = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private final int version;
    private final List<Platform> platforms;
    private final Map<String, Platform> byId;
    private final Map<String, Platform> byName;
    private final Map<String, Platform> byHost;
    private final Map<String, String> textAliasIndex;

    private PlatformCatalog(int version, List<Platform> platforms) {
        this.version = version;
        this.platforms = List.copyOf(platforms);
        Map<String, Platform> ids = new HashMap<>();
        Map<String, Platform> names = new HashMap<>();
        Map<String, Platform> hosts = new HashMap<>();
        for (Platform p : platforms) {
            if (ids.putIfAbsent(p.id(), p) != null) {
                throw invalid("duplicate platform id '" + p.id() + "'");
            }
            List<String> terms = new ArrayList<>();
            terms.add(p.id());
            terms.add(normalizeName(p.name()));
            terms.addAll(p.aliases());
            terms.addAll(p.aliasesStrict());
            terms.addAll(p.textAliases());
            for (String t : terms) {
                Platform prev = names.putIfAbsent(t, p);
                if (prev != null && prev != p) {
                    throw invalid("alias '" + t + "' is used by both '" + prev.id() + "' and '" + p.id() + "'");
                }
            }
            for (String h : p.hosts()) {
                Platform prev = hosts.putIfAbsent(h, p);
                if (prev != null && prev != p) {
                    throw invalid("host '" + h + "' is used by both '" + prev.id() + "' and '" + p.id() + "'");
                }
            }
        }
        this.byId = Map.copyOf(ids);
        this.byName = Map.copyOf(names);
        this.byHost = Map.copyOf(hosts);
        List<Map.Entry<String, String>> text = new ArrayList<>();
        for (Platform p : platforms) {
            for (String a : p.textAliases()) {
                text.add(Map.entry(a, p.id()));
            }
        }
        text.sort((a, b) -> a.getKey().length() != b.getKey().length()
                ? b.getKey().length() - a.getKey().length() : a.getKey().compareTo(b.getKey()));
        Map<String, String> idx = new LinkedHashMap<>();
        text.forEach(e -> idx.put(e.getKey(), e.getValue()));
        this.textAliasIndex = Collections.unmodifiableMap(idx);
    }

    // ------------------------------------------------------------------ loading

    /**
     * The catalog bundled at {@value #DEFAULT_RESOURCE}; parsed once and cached.
     *
     * @throws IllegalStateException if the resource is missing or invalid
     */
    public static PlatformCatalog loadDefault() {
        PlatformCatalog c = defaultCatalog;
        if (c == null) {
            synchronized (PlatformCatalog.class) {
                c = defaultCatalog;
                if (c == null) {
                    try (InputStream in = PlatformCatalog.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("platform catalog resource " + DEFAULT_RESOURCE + " not found on classpath");
                        }
                        c = load(in);
                    } catch (IOException e) {
                        throw new IllegalStateException("cannot read platform catalog " + DEFAULT_RESOURCE, e);
                    }
                    defaultCatalog = c;
                }
            }
        }
        return c;
    }

    /**
     * Parses and validates a catalog. Does not close the stream.
     *
     * @throws IllegalStateException if the JSON is malformed or the catalog is invalid (duplicate ids/aliases/hosts,
     *                               unknown category or kind, bad regex, unknown field, bad template)
     */
    public static PlatformCatalog load(InputStream json) {
        if (json == null) {
            throw new IllegalStateException("invalid platform catalog: no input");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("invalid platform catalog: malformed JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw invalid("root must be a JSON object");
        }
        checkFields(root, "catalog", Set.of("version", "platforms", "$comment"));
        JsonNode v = root.get("version");
        if (v == null || !v.isInt() || v.intValue() < 1) {
            throw invalid("'version' must be a positive integer");
        }
        JsonNode arr = root.get("platforms");
        if (arr == null || !arr.isArray() || arr.isEmpty()) {
            throw invalid("'platforms' must be a non-empty array");
        }
        List<Platform> list = new ArrayList<>();
        int i = 0;
        for (JsonNode pn : arr) {
            list.add(parsePlatform(pn, i++));
        }
        return new PlatformCatalog(v.intValue(), list);
    }

    private static final Set<String> PLATFORM_FIELDS = Set.of("id", "name", "category", "homepage", "aliases",
            "aliasesStrict", "textAliases", "textPatterns", "hosts", "anyHost", "identifiers", "$comment");
    private static final Set<String> IDENT_FIELDS = Set.of("kind", "label", "description", "urlKey", "handlePattern",
            "prefixes", "prefixRequired", "caseInsensitive", "reserved", "display", "canonicalUrl", "key",
            "urlPatterns", "$comment");
    private static final Set<String> URL_FIELDS = Set.of("host", "path", "query", "handle", "$comment");

    private static Platform parsePlatform(JsonNode n, int index) {
        if (!n.isObject()) {
            throw invalid("platforms[" + index + "] must be an object");
        }
        String id = text(n, "id", "platforms[" + index + "]", true);
        if (!ID.matcher(id).matches()) {
            throw invalid("platform id '" + id + "' must be lower_snake_case");
        }
        String where = "platform '" + id + "'";
        checkFields(n, where, PLATFORM_FIELDS);
        String name = text(n, "name", where, true);
        PlatformCategory category;
        try {
            category = PlatformCategory.fromJson(text(n, "category", where, true));
        } catch (IllegalArgumentException e) {
            throw invalid(where + ": unknown category '" + n.get("category").asText() + "'");
        }
        String homepage = text(n, "homepage", where, true);
        if (!homepage.startsWith("https://")) {
            throw invalid(where + ": homepage must be an https URL");
        }
        List<String> aliases = terms(n, "aliases", where);
        List<String> strict = terms(n, "aliasesStrict", where);
        List<String> textAliases = terms(n, "textAliases", where);
        Set<String> seenInStrict = new HashSet<>(strict);
        for (String a : aliases) {
            if (seenInStrict.contains(a)) {
                throw invalid(where + ": alias '" + a + "' is in both aliases and aliasesStrict");
            }
        }
        for (String a : textAliases) {
            if (seenInStrict.contains(a)) {
                throw invalid(where + ": strict alias '" + a + "' must not be a text alias");
            }
        }
        List<Pattern> textPatterns = new ArrayList<>();
        for (String s : strings(n, "textPatterns", where)) {
            textPatterns.add(compile(s, where + ": textPatterns"));
        }
        List<String> hosts = strings(n, "hosts", where);
        for (String h : hosts) {
            if (!HOST.matcher(h).matches() || h.startsWith("www.")) {
                throw invalid(where + ": host '" + h + "' must be a lower-case domain without 'www.'");
            }
        }
        boolean anyHost = bool(n, "anyHost", false, where);
        if (!anyHost && hosts.isEmpty()) {
            throw invalid(where + ": 'hosts' is required unless anyHost is true");
        }
        JsonNode idents = n.get("identifiers");
        if (idents == null || !idents.isArray() || idents.isEmpty()) {
            throw invalid(where + ": 'identifiers' must be a non-empty array");
        }
        List<IdentifierRule> rules = new ArrayList<>();
        int j = 0;
        for (JsonNode in : idents) {
            IdentifierRule rule = parseIdentifier(in, where + " identifiers[" + j++ + "]");
            if (rule.urlKey() && !anyHost) {
                throw invalid(where + ": urlKey identifiers require anyHost");
            }
            rules.add(rule);
        }
        if (rules.stream().anyMatch(IdentifierRule::urlKey) && rules.size() != 1) {
            throw invalid(where + ": a urlKey identifier must be the only identifier");
        }
        return new Platform(id, name, category, homepage, aliases, strict, textAliases, textPatterns, hosts,
                anyHost, rules);
    }

    private static IdentifierRule parseIdentifier(JsonNode n, String where) {
        if (!n.isObject()) {
            throw invalid(where + " must be an object");
        }
        checkFields(n, where, IDENT_FIELDS);
        IdentifierKind kind;
        try {
            kind = IdentifierKind.fromJson(text(n, "kind", where, true));
        } catch (IllegalArgumentException e) {
            throw invalid(where + ": unknown kind '" + n.get("kind").asText() + "'");
        }
        String label = text(n, "label", where, true);
        String description = text(n, "description", where, true);
        boolean urlKey = bool(n, "urlKey", false, where);
        boolean caseInsensitive = bool(n, "caseInsensitive", true, where);
        if (urlKey) {
            for (String f : List.of("handlePattern", "prefixes", "urlPatterns", "display", "canonicalUrl", "key", "reserved")) {
                if (n.has(f)) {
                    throw invalid(where + ": '" + f + "' is not allowed with urlKey");
                }
            }
            return new IdentifierRule(kind, label, description, true, null, List.of(), false, caseInsensitive,
                    Set.of(), "", "", "", List.of());
        }
        Pattern handle = compile(text(n, "handlePattern", where, true), where + ": handlePattern");
        List<String> prefixes = strings(n, "prefixes", where);
        boolean prefixRequired = bool(n, "prefixRequired", false, where);
        if (prefixRequired && prefixes.isEmpty()) {
            throw invalid(where + ": prefixRequired needs prefixes");
        }
        Set<String> reserved = new HashSet<>();
        for (String r : strings(n, "reserved", where)) {
            reserved.add(r.toLowerCase(Locale.ROOT));
        }
        String display = n.has("display") ? text(n, "display", where, true) : "{handle}";
        String canonical = text(n, "canonicalUrl", where, true);
        if (!canonical.startsWith("https://")) {
            throw invalid(where + ": canonicalUrl must start with https://");
        }
        String key = n.has("key") ? text(n, "key", where, true) : "{handle}";
        Set<String> handleVars = new HashSet<>(Templates.groupNames(handle));
        handleVars.add("handle");
        for (String t : List.of(display, canonical, key)) {
            checkTemplate(t, handleVars, where);
        }
        List<IdentifierRule.UrlPattern> urls = new ArrayList<>();
        JsonNode un = n.get("urlPatterns");
        if (un != null) {
            if (!un.isArray()) {
                throw invalid(where + ": 'urlPatterns' must be an array");
            }
            int k = 0;
            for (JsonNode u : un) {
                String uw = where + " urlPatterns[" + k++ + "]";
                if (!u.isObject()) {
                    throw invalid(uw + " must be an object");
                }
                checkFields(u, uw, URL_FIELDS);
                Pattern host = u.has("host") ? compile(text(u, "host", uw, true), uw + ": host") : null;
                Pattern path = compile(text(u, "path", uw, true), uw + ": path");
                Pattern query = u.has("query") ? compile(text(u, "query", uw, true), uw + ": query") : null;
                String ht = u.has("handle") ? text(u, "handle", uw, true) : "{handle}";
                Set<String> urlVars = new HashSet<>();
                urlVars.addAll(Templates.groupNames(host));
                urlVars.addAll(Templates.groupNames(path));
                urlVars.addAll(Templates.groupNames(query));
                urlVars.add("host");
                checkTemplate(ht, urlVars, uw);
                urls.add(new IdentifierRule.UrlPattern(host, path, query, ht));
            }
        }
        return new IdentifierRule(kind, label, description, false, handle, prefixes, prefixRequired,
                caseInsensitive, reserved, display, canonical, key, urls);
    }

    private static void checkTemplate(String template, Set<String> vars, String where) {
        for (String ph : Templates.placeholders(template)) {
            if (!vars.contains(ph)) {
                throw invalid(where + ": template '" + template + "' uses unknown variable {" + ph + "}");
            }
        }
    }

    private static void checkFields(JsonNode n, String where, Set<String> allowed) {
        Iterator<String> it = n.fieldNames();
        while (it.hasNext()) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw invalid(where + ": unknown field '" + f + "'");
            }
        }
    }

    private static String text(JsonNode n, String field, String where, boolean required) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw invalid(where + ": '" + field + "' is required");
            }
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw invalid(where + ": '" + field + "' must be a non-blank string");
        }
        return v.asText();
    }

    private static boolean bool(JsonNode n, String field, boolean dflt, String where) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return dflt;
        }
        if (!v.isBoolean()) {
            throw invalid(where + ": '" + field + "' must be true or false");
        }
        return v.booleanValue();
    }

    private static List<String> strings(JsonNode n, String field, String where) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw invalid(where + ": '" + field + "' must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode e : v) {
            if (!e.isTextual() || e.asText().isEmpty()) {
                throw invalid(where + ": '" + field + "' must contain non-empty strings");
            }
            out.add(e.asText());
        }
        return out;
    }

    /** Alias-like lists: lower-case, trimmed, single spaces, no duplicates within the list. */
    private static List<String> terms(JsonNode n, String field, String where) {
        List<String> out = strings(n, field, where);
        Set<String> seen = new HashSet<>();
        for (String s : out) {
            if (!s.equals(normalizeName(s))) {
                throw invalid(where + ": " + field + " entry '" + s + "' must be lower-case, trimmed, single-spaced");
            }
            if (!seen.add(s)) {
                throw invalid(where + ": duplicate " + field + " entry '" + s + "'");
            }
        }
        return out;
    }

    private static Pattern compile(String regex, String where) {
        try {
            return Pattern.compile(regex, RX);
        } catch (PatternSyntaxException e) {
            throw invalid(where + ": bad regex: " + e.getDescription() + " near index " + e.getIndex()
                    + " in " + regex);
        }
    }

    private static IllegalStateException invalid(String msg) {
        return new IllegalStateException("invalid platform catalog: " + msg);
    }

    // ------------------------------------------------------------------ queries

    public int version() {
        return version;
    }

    /** All platforms in file order (immutable). */
    public List<Platform> all() {
        return platforms;
    }

    /** Exact id lookup (trimmed, case-insensitive). */
    public Optional<Platform> byId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byId.get(id.trim().toLowerCase(Locale.ROOT)));
    }

    /**
     * Resolves what a user typed as a platform name: id, name, any alias (aliases, aliasesStrict, textAliases),
     * a URL or host ("twitter.com", "https://www.reddit.com/r/x"), or a combination whose parts all name the same
     * platform ("X/Twitter", "Twitter (X)"), or a whole value matching a platform's textPatterns ("r/CommunityManager").
     * Case-insensitive, trimmed.
     */
    public Optional<Platform> resolve(String nameOrAlias) {
        if (nameOrAlias == null) {
            return Optional.empty();
        }
        String t = normalizeName(nameOrAlias);
        if (t.isEmpty() || t.length() > MAX_URL_LENGTH) {
            return Optional.empty();
        }
        Platform p = lookupTerm(t);
        if (p != null) {
            return Optional.of(p);
        }
        Platform byPattern = null;
        for (Platform candidate : platforms) {
            for (Pattern tp : candidate.textPatterns()) {
                if (tp.matcher(t).matches()) {
                    if (byPattern != null && byPattern != candidate) {
                        return Optional.empty();
                    }
                    byPattern = candidate;
                }
            }
        }
        if (byPattern != null) {
            return Optional.of(byPattern); // e.g. "r/CommunityManager" typed as the platform
        }
        Platform found = null;
        boolean any = false;
        for (String part : COMBO_SPLIT.split(t)) {
            part = part.trim();
            if (part.isEmpty()) {
                continue;
            }
            any = true;
            Platform q = lookupTerm(part);
            if (q == null || (found != null && found != q)) {
                return Optional.empty();
            }
            found = q;
        }
        return any ? Optional.ofNullable(found) : Optional.empty();
    }

    private Platform lookupTerm(String t) {
        Platform p = byName.get(t);
        return p != null ? p : lookupHost(t);
    }

    private Platform lookupHost(String t) {
        if (!t.contains(".") || t.contains(" ")) {
            return null;
        }
        String s = t.replaceFirst("^[a-z][a-z0-9+.-]*://", "");
        int cut = indexOfAny(s, "/?#:");
        if (cut >= 0) {
            s = s.substring(0, cut);
        }
        int at = s.lastIndexOf('@');
        if (at >= 0) {
            return null;
        }
        s = stripWww(s);
        while (s.contains(".")) {
            Platform p = byHost.get(s);
            if (p != null) {
                return p;
            }
            s = s.substring(s.indexOf('.') + 1);
        }
        return null;
    }

    // ------------------------------------------------------------------ normalization

    /**
     * Validates and normalizes a declared channel. {@code platformId} must be a catalog id (use
     * {@link #resolve(String)} first for user-typed names). Handle and URL are optional (null/blank = absent) but
     * at least one is required; if both are given they must name the same channel. A URL typed into the handle
     * field is accepted and parsed as a URL.
     *
     * @throws InvalidChannelException with field "platform", "handle" or "url"
     */
    public ChannelIdentity normalize(String platformId, String handle, String url) {
        Platform p = platformId == null ? null : byId.get(platformId.trim().toLowerCase(Locale.ROOT));
        if (p == null) {
            String shown = platformId == null ? "" : platformId.trim();
            if (shown.length() > 40 || shown.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                throw new InvalidChannelException(InvalidChannelException.FIELD_PLATFORM, "unknown platform");
            }
            throw new InvalidChannelException(InvalidChannelException.FIELD_PLATFORM,
                    shown.isEmpty() ? "platform is required" : "unknown platform '" + shown + "'");
        }
        String h = blankToNull(handle);
        String u = blankToNull(url);
        if (h == null && u == null) {
            throw new InvalidChannelException(InvalidChannelException.FIELD_HANDLE,
                    "a handle or a URL is required for " + p.name());
        }
        ChannelIdentity fromHandle = h == null ? null : normalizeHandleField(p, h);
        ChannelIdentity fromUrl = u == null ? null : normalizeUrl(p, u, InvalidChannelException.FIELD_URL);
        if (fromHandle != null && fromUrl != null) {
            if (isUrlKey(p)) {
                // handle is just an address for these platforms; require the same site, keep the more precise URL
                if (!hostOfKey(fromHandle.key()).equals(hostOfKey(fromUrl.key()))) {
                    throw mismatch(p);
                }
                return fromUrl;
            }
            if (!fromHandle.key().equals(fromUrl.key())) {
                throw mismatch(p);
            }
            return fromHandle;
        }
        return fromHandle != null ? fromHandle : fromUrl;
    }

    private static InvalidChannelException mismatch(Platform p) {
        return new InvalidChannelException(InvalidChannelException.FIELD_URL,
                "the URL and the handle refer to different " + p.name() + " channels");
    }

    private static boolean isUrlKey(Platform p) {
        return p.identifiers().get(0).urlKey();
    }

    private static String hostOfKey(String key) {
        String v = key.substring(key.indexOf(':', key.indexOf(':') + 1) + 1);
        int slash = v.indexOf('/');
        return slash < 0 ? v : v.substring(0, slash);
    }

    private ChannelIdentity normalizeHandleField(Platform p, String raw) {
        String h = raw.trim();
        if (h.length() > MAX_HANDLE_LENGTH) {
            throw new InvalidChannelException(InvalidChannelException.FIELD_HANDLE,
                    "handle is too long (at most " + MAX_HANDLE_LENGTH + " characters)");
        }
        if (hasSpaceOrControl(h)) {
            throw new InvalidChannelException(InvalidChannelException.FIELD_HANDLE,
                    "handle must not contain spaces or control characters");
        }
        if (isUrlKey(p) || looksLikeUrl(p, h)) {
            return normalizeUrl(p, h, InvalidChannelException.FIELD_HANDLE);
        }
        IdentifierRule prefixed = null;
        String reservedHit = null;
        for (IdentifierRule r : p.identifiers()) {
            String prefix = matchingPrefix(r, h);
            String candidate;
            if (prefix != null) {
                candidate = h.substring(prefix.length());
                if (prefixed == null) {
                    prefixed = r;
                }
            } else if (!r.prefixRequired()) {
                candidate = h;
            } else {
                continue;
            }
            Matcher m = r.handlePattern().matcher(candidate);
            if (m.matches()) {
                if (r.reserved().contains(candidate.toLowerCase(Locale.ROOT))) {
                    reservedHit = r.label();
                    continue;
                }
                return build(p, r, m, candidate);
            }
        }
        if (reservedHit != null) {
            throw new InvalidChannelException(InvalidChannelException.FIELD_HANDLE,
                    "not a valid " + reservedHit + ": that name is reserved by " + p.name());
        }
        throw new InvalidChannelException(InvalidChannelException.FIELD_HANDLE, describeExpected(p, prefixed));
    }

    private static String describeExpected(Platform p, IdentifierRule r) {
        if (r != null) {
            return "not a valid " + r.label() + ": " + r.description();
        }
        if (p.identifiers().size() == 1) {
            IdentifierRule only = p.identifiers().get(0);
            return "not a valid " + only.label() + ": " + only.description();
        }
        StringBuilder sb = new StringBuilder("not a valid " + p.name() + " handle: expected ");
        for (int i = 0; i < p.identifiers().size(); i++) {
            IdentifierRule x = p.identifiers().get(i);
            if (i > 0) {
                sb.append(i == p.identifiers().size() - 1 ? " or " : ", ");
            }
            sb.append(x.label()).append(" (").append(x.description()).append(')');
        }
        return sb.toString();
    }

    private static String matchingPrefix(IdentifierRule r, String h) {
        for (String prefix : r.prefixes()) {
            if (h.regionMatches(true, 0, prefix, 0, prefix.length()) && h.length() >= prefix.length()) {
                return h.substring(0, prefix.length());
            }
        }
        return null;
    }

    private static ChannelIdentity build(Platform p, IdentifierRule r, Matcher m, String candidate) {
        Map<String, String> vars = new HashMap<>();
        for (String g : Templates.groupNames(r.handlePattern())) {
            String v = m.group(g);
            if (v != null) {
                vars.put(g, v);
            }
        }
        vars.put("handle", candidate);
        String display = Templates.render(r.displayTemplate(), vars);
        String canonical = Templates.render(r.canonicalUrlTemplate(), vars);
        String keyPart = Templates.render(r.keyTemplate(), vars);
        if (r.caseInsensitive()) {
            keyPart = keyPart.toLowerCase(Locale.ROOT);
        }
        return new ChannelIdentity(p.id(), r.kind(), display, canonical,
                p.id() + ":" + r.kind().jsonValue() + ":" + keyPart);
    }

    private static boolean looksLikeUrl(Platform p, String h) {
        String l = h.toLowerCase(Locale.ROOT);
        if (l.startsWith("http:") || l.startsWith("https:") || l.startsWith("//") || l.startsWith("www.")) {
            return true;
        }
        if (SCHEME.matcher(l).matches() && !l.contains("@")) {
            String scheme = l.substring(0, l.indexOf(':'));
            if (!scheme.contains(".")) {
                return true; // javascript:, mailto:, ... are rejected by the URL parser
            }
        }
        int slash = l.indexOf('/');
        if (slash > 0) {
            return l.substring(0, slash).contains(".");
        }
        return l.contains(".") && !l.contains("@") && HOST.matcher(l).matches() && p.ownsHost(l);
    }

    private ChannelIdentity normalizeUrl(Platform p, String raw, String field) {
        String s = raw.trim();
        if (s.length() > MAX_URL_LENGTH) {
            throw new InvalidChannelException(field, "URL is too long (at most " + MAX_URL_LENGTH + " characters)");
        }
        if (hasSpaceOrControl(s)) {
            throw new InvalidChannelException(field, "URL must not contain spaces or control characters");
        }
        Matcher sm = SCHEME.matcher(s);
        if (s.startsWith("//")) {
            s = "https:" + s;
        } else if (sm.matches()) {
            String scheme = sm.group(1).toLowerCase(Locale.ROOT);
            boolean hostPort = scheme.contains(".") && PORT_REST.matcher(sm.group(2)).matches();
            if (scheme.equals("http") || scheme.equals("https")) {
                if (!sm.group(2).startsWith("//")) {
                    throw new InvalidChannelException(field, "not a valid URL");
                }
            } else if (hostPort) {
                s = "https://" + s;
            } else {
                throw new InvalidChannelException(field, "only http and https URLs are allowed");
            }
        } else {
            s = "https://" + s;
        }
        URI uri;
        try {
            uri = new URI(s);
        } catch (URISyntaxException e) {
            throw new InvalidChannelException(field, "not a valid URL");
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidChannelException(field, "URLs must not contain a user name or password");
        }
        String host = uri.getHost();
        if (host == null) {
            throw new InvalidChannelException(field, "not a valid URL: the address has no valid host name");
        }
        host = host.toLowerCase(Locale.ROOT);
        while (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        host = stripWww(host);
        if (!HOST.matcher(host).matches() || NUMERIC_HOST.matcher(host).matches()) {
            throw new InvalidChannelException(field, "URL must use a public domain name");
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (hasSpaceOrControl(path)) {
            throw new InvalidChannelException(field, "URL must not contain spaces or control characters");
        }
        path = MULTI_SLASH.matcher(path).replaceAll("/");
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String query = uri.getRawQuery();

        if (!p.anyHost() && !p.ownsHost(host)) {
            throw new InvalidChannelException(field, "this URL is not on " + p.name() + " (expected "
                    + String.join(" or ", p.hosts().subList(0, Math.min(2, p.hosts().size()))) + ")");
        }
        if (isUrlKey(p)) {
            IdentifierRule r = p.identifiers().get(0);
            String where = host + path;
            return new ChannelIdentity(p.id(), r.kind(), where, "https://" + where,
                    p.id() + ":" + r.kind().jsonValue() + ":" + where.toLowerCase(Locale.ROOT));
        }
        for (IdentifierRule r : p.identifiers()) {
            for (IdentifierRule.UrlPattern up : r.urlPatterns()) {
                Map<String, String> vars = new HashMap<>();
                if (up.host() != null) {
                    Matcher hm = up.host().matcher(host);
                    if (!hm.matches()) {
                        continue;
                    }
                    collect(up.host(), hm, vars);
                } else if (!p.anyHost() && !p.ownsHost(host)) {
                    continue;
                }
                Matcher pm = up.path().matcher(path);
                if (!pm.matches()) {
                    continue;
                }
                collect(up.path(), pm, vars);
                if (up.query() != null) {
                    if (query == null) {
                        continue;
                    }
                    Matcher qm = up.query().matcher(query);
                    if (!qm.find()) {
                        continue;
                    }
                    collect(up.query(), qm, vars);
                }
                vars.put("host", host);
                String candidate = Templates.render(up.handleTemplate(), vars);
                if (candidate.length() > MAX_HANDLE_LENGTH || hasSpaceOrControl(candidate)) {
                    throw new InvalidChannelException(field, "not a valid " + r.label() + ": " + r.description());
                }
                String prefix = matchingPrefix(r, candidate);
                String bare = prefix == null ? candidate : candidate.substring(prefix.length());
                Matcher hm = r.handlePattern().matcher(bare);
                if (!hm.matches()) {
                    throw new InvalidChannelException(field, "not a valid " + r.label() + ": " + r.description());
                }
                if (r.reserved().contains(bare.toLowerCase(Locale.ROOT))) {
                    throw new InvalidChannelException(field,
                            "this URL points to a system page of " + p.name() + ", not to a channel");
                }
                return build(p, r, hm, bare);
            }
        }
        throw new InvalidChannelException(field, "this URL is not a recognized " + p.name() + " "
                + describeKinds(p) + " address");
    }

    private static String describeKinds(Platform p) {
        List<IdentifierKind> kinds = p.kinds();
        if (kinds.size() > 1) {
            return "profile or community";
        }
        return kinds.get(0) == IdentifierKind.USER ? "profile" : "community";
    }

    private static void collect(Pattern p, Matcher m, Map<String, String> vars) {
        for (String g : Templates.groupNames(p)) {
            String v = m.group(g);
            if (v != null) {
                vars.put(g, v);
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    static String normalizeName(String s) {
        return WS.matcher(s.trim().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    private static String stripWww(String host) {
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasSpaceOrControl(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                    || Character.getType(c) == Character.FORMAT) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /**
     * Free-text detection index: every {@link Platform#textAliases() text alias} mapped to its platform id, ordered
     * longest alias first (so a scanner that takes the first match at a position gets the longest one).
     * Strict aliases and field-only aliases are deliberately absent. Immutable.
     */
    public Map<String, String> textAliasIndex() {
        return textAliasIndex;
    }
}
