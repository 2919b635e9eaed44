package io.socialhire.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.socialhire.engine.corpus.Corpus;
import io.socialhire.platform.PlatformCatalog;
import io.socialhire.role.RoleMatch;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Participation v2 is a published rubric version: it must give every answer exactly the result it gave when this test
 * was written, whatever is done to the engine's code (speed work included). Every answer of the corpus
 * ({@code corpus/answers.json}, 810) is scored with v2, with the job title and declared channels the corpus gives it,
 * and the SHA-256 of its whole {@link ScoringResult} (canonical JSON: keys sorted, doubles as Jackson writes them) must
 * equal the one stored in {@code engine/v2-golden.json}.
 *
 * <p>Requests are built as the service builds them: the job title through the role matcher (the generic profile,
 * {@code default}, when the corpus gives none), each declared platform resolved against the catalog. The few declared
 * platforms the catalog does not know ("Personal blog", "Encontro presencial") are left out, where the service would
 * refuse the request.
 *
 * <p>Only when v2 is meant to change (never for a published version) are the hashes written again, from the
 * repository root:
 * <pre>
 * ./mvnw test -Dtest=V2ReScoresIdenticallyTest -Dv2.golden.write=true
 * </pre>
 */
class V2ReScoresIdenticallyTest {
    static final String GOLDEN = "engine/v2-golden.json";
    private static final Path GOLDEN_SOURCE = Path.of("src/test/resources", GOLDEN);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void everyCorpusAnswerIsScoredAsWhenV2WasPinned() throws Exception {
        Map<String, String> now = hashes();
        assertThat(now).hasSize(810);
        if (Boolean.getBoolean("v2.golden.write")) {
            ObjectNode out = MAPPER.createObjectNode();
            now.forEach(out::put);
            Files.writeString(GOLDEN_SOURCE, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(out) + "\n");
            return;
        }
        JsonNode stored = MAPPER.readTree(Resources.read(GOLDEN));
        List<String> storedIds = new ArrayList<>();
        stored.fieldNames().forEachRemaining(storedIds::add);
        assertThat(now.keySet()).as("answer ids scored against the ids pinned").containsExactlyElementsOf(storedIds);
        for (Map.Entry<String, String> e : now.entrySet()) {
            if (!e.getValue().equals(stored.get(e.getKey()).asText())) {
                fail("participation v2 no longer scores answer " + e.getKey() + " as pinned in " + GOLDEN
                        + "; its result now:\n" + canonical(result(item(e.getKey()))));
            }
        }
    }

    /** SHA-256 of each corpus answer's canonical result, by answer id in corpus order. */
    static Map<String, String> hashes() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        Map<String, String> out = new LinkedHashMap<>();
        for (Corpus.Item item : Corpus.all()) {
            byte[] json = canonical(result(item)).getBytes(StandardCharsets.UTF_8);
            out.put(item.id(), HexFormat.of().formatHex(sha.digest(json)));
        }
        return out;
    }

    private static final class Holder {
        static final ScoringEngine ENGINE = Engines.fromJson(Resources.read("rubrics/participation/v2.json"));
        static final PlatformCatalog CATALOG = PlatformCatalog.loadDefault();
    }

    static ScoringResult result(Corpus.Item item) {
        List<DeclaredChannel> declared = new ArrayList<>();
        if (item.declaredChannels() != null) {
            for (Corpus.Channel c : item.declaredChannels()) {
                Holder.CATALOG.resolve(c.platform()).ifPresent(p -> declared.add(
                        new DeclaredChannel(p.id(), c.handleOrUrl(), null, c.role(), c.frequency())));
            }
        }
        RoleMatch role = Requests.ROLES.match(item.role());
        return Holder.ENGINE.score(new ScoringRequest(item.answer(), role.profile(), declared, role.matchedFrom()));
    }

    private static Corpus.Item item(String id) {
        return Corpus.all().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    /** The result as JSON with every object's keys sorted; numbers as Jackson writes them (doubles in full). */
    static String canonical(ScoringResult result) throws Exception {
        return MAPPER.writeValueAsString(sorted(MAPPER.valueToTree(result)));
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            TreeMap<String, JsonNode> fields = new TreeMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                fields.put(e.getKey(), sorted(e.getValue()));
            }
            ObjectNode out = MAPPER.createObjectNode();
            fields.forEach(out::set);
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = MAPPER.createArrayNode();
            node.forEach(n -> out.add(sorted(n)));
            return out;
        }
        return node;
    }
}
