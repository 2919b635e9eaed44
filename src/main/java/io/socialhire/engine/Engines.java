package io.socialhire.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.socialhire.engine.v1.PhraseRuleEngine;
import io.socialhire.engine.v1.RubricParser;
import java.util.List;

/**
 * Builds the engine a rubric document asks for: documents with {@code "format": "claims/1"} are read as claims,
 * documents without a format are participation v1's phrase rules.
 */
public final class Engines {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Engines() {
    }

    /** Validates and builds; throws {@link RubricValidationException} naming every problem of an invalid document. */
    public static ScoringEngine fromJson(String json) {
        return ClaimsRubric.FORMAT.equals(format(json)) ? ClaimsEngine.fromJson(json)
                : new PhraseRuleEngine(RubricParser.parse(json));
    }

    /** What every rubric document has, whatever its format. */
    public record Document(String key, int version, String title) {
    }

    /** Validates a document without building its engine; throws {@link RubricValidationException} when invalid. */
    public static Document validate(String json) {
        if (ClaimsRubric.FORMAT.equals(format(json))) {
            ClaimsRubric r = ClaimsRubricParser.parse(json);
            return new Document(r.key(), r.version(), r.title());
        }
        var r = RubricParser.parse(json);
        return new Document(r.key(), r.version(), r.title());
    }

    /** The document's format, or null for version-1 documents. */
    public static String format(String json) {
        try {
            JsonNode root = MAPPER.readTree(json == null ? "" : json);
            JsonNode format = root == null ? null : root.get("format");
            return format == null || format.isNull() ? null : format.asText();
        } catch (JsonProcessingException e) {
            throw new RubricValidationException(List.of(new RubricValidationException.Problem("", "malformed JSON")));
        }
    }
}
