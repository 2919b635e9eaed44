package io.socialhire.engine.claims;

import com.fasterxml.jackson.databind.JsonNode;
import io.socialhire.engine.lang.PhraseMatcher;
import io.socialhire.engine.text.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The platforms a rubric version recognises by name ({@code venues.json}): aliases matched as exact words in any
 * language, hosts for URLs, and whether activity there is private. Immutable.
 */
public final class VenueCatalog {

    /**
     * @param privateUnlessCommunity a tool most people know from work (Slack): private unless the answer names the
     *                               community or calls it public
     */
    public record Platform(String id, String name, String category, List<String> hosts, boolean privateTool,
                           boolean privateUnlessCommunity, Set<String> capitalizedOnly) {
        boolean ownsHost(String host) {
            for (String h : hosts) {
                if (host.equals(h) || host.endsWith("." + h)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final Map<String, Platform> byId;
    private final PhraseMatcher<Platform> aliases;

    private VenueCatalog(Map<String, Platform> byId, PhraseMatcher<Platform> aliases) {
        this.byId = byId;
        this.aliases = aliases;
    }

    public static VenueCatalog parse(JsonNode doc, String path, List<String> problems) {
        Map<String, Platform> byId = new LinkedHashMap<>();
        PhraseMatcher<Platform> aliases = new PhraseMatcher<>(null);
        JsonNode list = doc.path("platforms");
        if (!list.isArray() || list.isEmpty()) {
            problems.add(path + ".platforms: required non-empty array");
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode p = list.get(i);
            String at = path + ".platforms[" + i + "]";
            String id = p.path("id").asText("");
            if (id.isBlank() || byId.containsKey(id)) {
                problems.add(at + ".id: required and unique");
                continue;
            }
            List<String> hosts = new ArrayList<>();
            p.path("hosts").forEach(h -> hosts.add(h.asText()));
            Set<String> capitalized = new java.util.HashSet<>();
            p.path("capitalizedOnly").forEach(h -> capitalized.add(h.asText()));
            Platform platform = new Platform(id, p.path("name").asText(id), p.path("category").asText("social_network"),
                    List.copyOf(hosts), p.path("private").asBoolean(false), p.path("privateUnlessCommunity").asBoolean(false),
                    Set.copyOf(capitalized));
            byId.put(id, platform);
            for (JsonNode alias : p.path("aliases")) {
                String exact = String.join(" ", java.util.Arrays.stream(alias.asText().trim().split("\\s+"))
                        .map(w -> "=" + w).toList());
                aliases.add(exact, platform);
            }
        }
        return new VenueCatalog(byId, aliases);
    }

    public Platform platform(String id) {
        return byId.get(id);
    }

    public Platform byHost(String host) {
        for (Platform p : byId.values()) {
            if (p.ownsHost(host)) {
                return p;
            }
        }
        return null;
    }

    /** Platform names found in the tokens (exact words). */
    List<PhraseMatcher.Match<Platform>> find(List<Token> tokens, String[] forms) {
        return aliases.match(tokens, forms);
    }
}
