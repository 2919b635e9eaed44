package io.socialhire.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON is read at its word and nothing else is read. 42 is not a string and "42" is not a number;
 * a key given twice is refused instead of the last one silently winning (two readers of the same
 * body could otherwise disagree on what it says); nothing may follow the document; and no string
 * may hold text that cannot be stored as it was sent. Each refusal is a 400 naming the field.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    static final String NUL_MESSAGE = "must not contain NUL characters";
    static final String SURROGATE_MESSAGE = "must not contain unpaired UTF-16 surrogates (\\ud800-\\udfff escapes that are not a pair)";

    /**
     * Why a string cannot be stored as sent, or null when it can: PostgreSQL refuses NUL in text,
     * and a lone surrogate has no UTF-8 form (the driver would store '?').
     */
    static String unstorable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                return NUL_MESSAGE;
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return SURROGATE_MESSAGE;
            }
        }
        return null;
    }

    /** Strings as StringDeserializer reads them, refused when they cannot be stored. */
    static final class StorableStrings extends StdScalarDeserializer<String> {
        StorableStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            String problem = value == null ? null : unstorable(value);
            if (problem != null) {
                throw InvalidFormatException.from(parser, problem, value, String.class);
            }
            return value;
        }
    }

    /**
     * UUIDs only in their canonical 8-4-4-4-12 form, as the document's format says. Jackson's own
     * reader takes a blank or control-character string for "no value", which would turn a garbled
     * id into an absent one.
     */
    static final class CanonicalUuids extends StdScalarDeserializer<java.util.UUID> {
        private static final java.util.regex.Pattern CANONICAL = java.util.regex.Pattern.compile(
                "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

        CanonicalUuids() {
            super(java.util.UUID.class);
        }

        @Override
        public java.util.UUID deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(com.fasterxml.jackson.core.JsonToken.VALUE_STRING)) {
                return (java.util.UUID) context.handleUnexpectedToken(java.util.UUID.class, parser);
            }
            String value = parser.getText();
            if (!CANONICAL.matcher(value).matches()) {
                throw InvalidFormatException.from(parser, "must be a UUID", value, java.util.UUID.class);
            }
            return java.util.UUID.fromString(value);
        }
    }

    /** Untyped documents (a rubric definition, a batch item) with the same rule for every string in them. */
    static final class StorableTrees extends StdDeserializer<JsonNode> {
        private final JsonDeserializer<? extends JsonNode> trees = JsonNodeDeserializer.getDeserializer(JsonNode.class);

        StorableTrees() {
            super(JsonNode.class);
        }

        @Override
        public JsonNode deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode tree = trees.deserialize(parser, context);
            InvalidFormatException problem = check(parser, tree);
            if (problem != null) {
                throw problem;
            }
            return tree;
        }

        @Override
        public JsonNode getNullValue(DeserializationContext context) {
            return NullNode.getInstance();
        }

        /** The first unstorable string (or key) in node, with its path, or null. */
        private static InvalidFormatException check(JsonParser parser, JsonNode node) {
            if (node.isTextual()) {
                String problem = unstorable(node.textValue());
                return problem == null ? null : InvalidFormatException.from(parser, problem, node.textValue(), String.class);
            }
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    InvalidFormatException problem = check(parser, node.get(i));
                    if (problem != null) {
                        problem.prependPath(node, i);
                        return problem;
                    }
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String keyProblem = unstorable(field.getKey());
                InvalidFormatException problem = keyProblem != null
                        ? InvalidFormatException.from(parser, keyProblem, field.getKey(), String.class)
                        : check(parser, field.getValue());
                if (problem != null) {
                    problem.prependPath(node, field.getKey());
                    return problem;
                }
            }
            return null;
        }
    }

    @Override
    @SuppressWarnings("deprecation")
    public void customize(ObjectMapper mapper) {
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.registerModule(new SimpleModule("socialhire-strings")
                .addDeserializer(String.class, new StorableStrings())
                .addDeserializer(java.util.UUID.class, new CanonicalUuids())
                .addDeserializer(JsonNode.class, new StorableTrees()));
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }
}
