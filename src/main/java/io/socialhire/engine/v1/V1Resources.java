package io.socialhire.engine.v1;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.socialhire.engine.Resources;
import java.util.List;
import java.util.Map;

/**
 * Every file participation v1 reads, bound by content hash. Version 1 was published with its lexicons named by
 * path ({@code "lexicons/en.json"}); those names resolve to the frozen copies here, and loading fails if any byte of
 * them changes, so v1 keeps scoring stored answers exactly as it did.
 */
final class V1Resources {
    static final String DETECTION = "engine/v1/detection.json";
    static final String EXTRAS = "engine/v1/platform-extras.json";
    static final String PLATFORMS = "engine/v1/platforms.json";

    private static final Map<String, String> SHA256 = Map.of(
            "engine/v1/en.json", "8035c03d74433172cb319c83014295a27f2f7e9480d624991dd1f284a764d4b0",
            "engine/v1/es.json", "13fcd9b185a6df03c5cea60a9bcc2dca16b68f2d4870c1778a0cd2017ed0a85a",
            "engine/v1/de.json", "04bfeaa99ab47333f63a12451b7bc393ded6413f0fb6e13093fe9f2a6cc150f4",
            "engine/v1/fr.json", "f638314d09b787876a7633f21ffe0c548090198f606d30afa9aec53b1158d74d",
            "engine/v1/pt.json", "842b800803199aaca0ba57272c262dce73b2624e9c499a8eb40e32e778337d7a",
            "engine/v1/detection.json", "5b2bbbfc9cab55bca87a79ce8ff68b47556f9045d66ea81585370547872385b3",
            "engine/v1/platform-extras.json", "443483f8fda8d36bf0d46f954a0d515eddd502878f0f38fa1394952d3a2ce02c",
            "engine/v1/platforms.json", "3e3cbcc534919931769d4494be6cb8c1d2cc4832f5b23775e75670d54d88f50c");

    /** The lexicon paths v1 rubric documents use, and the frozen file each one names. */
    private static final Map<String, String> LEXICON_REFS = Map.of(
            "lexicons/en.json", "engine/v1/en.json",
            "lexicons/es.json", "engine/v1/es.json",
            "lexicons/de.json", "engine/v1/de.json",
            "lexicons/fr.json", "engine/v1/fr.json",
            "lexicons/pt.json", "engine/v1/pt.json");

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private V1Resources() {
    }

    /** The bound text of one of v1's files. */
    static String read(String path) {
        String sha = SHA256.get(path);
        if (sha == null) {
            throw new IllegalArgumentException("not a participation v1 resource: " + path);
        }
        return Resources.readBound(path, sha);
    }

    /** The text of a lexicon a v1 rubric names; IllegalArgumentException for a name v1 never had. */
    static String lexicon(String reference) {
        String path = LEXICON_REFS.get(reference);
        if (path == null) {
            throw new IllegalArgumentException("unknown lexicon resource: " + reference);
        }
        return read(path);
    }

    private record PlatformsFile(List<VenuePlatform> platforms) {
    }

    static List<VenuePlatform> platforms() {
        try {
            return MAPPER.readValue(read(PLATFORMS), new TypeReference<PlatformsFile>() { }).platforms();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(PLATFORMS + " is not valid", e);
        }
    }
}
