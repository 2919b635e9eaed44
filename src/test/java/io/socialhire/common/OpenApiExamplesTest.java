package io.socialhire.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every example in the contract validates against its schema: request and response examples of
 * each media type, parameter examples, and the {@code examples} of every schema and property.
 * Reads the committed openapi/openapi.yaml through {@link Contract}.
 */
class OpenApiExamplesTest {

    static final JsonNode document = Contract.COMMITTED.document;

    /** One example and the schema it must satisfy. */
    record Example(String where, JsonNode schema, JsonNode value) {
    }

    @Test
    void everyExampleValidatesAgainstItsSchema() {
        List<Example> examples = new ArrayList<>();
        collect(document, "", examples);
        List<String> failures = new ArrayList<>();
        for (Example example : examples) {
            Set<ValidationMessage> messages = validator(example.schema()).validate(example.value());
            messages.forEach(m -> failures.add(example.where() + ": " + m.getMessage()));
        }
        System.out.printf("OpenAPI examples: %d checked, %d failures%n", examples.size(), failures.size());
        assertThat(examples.stream().filter(e -> e.where().contains("requestBody"))).as("request body examples").hasSizeGreaterThanOrEqualTo(13);
        assertThat(examples.stream().filter(e -> e.where().contains("responses"))).as("response examples").hasSizeGreaterThanOrEqualTo(44);
        assertThat(examples.stream().filter(e -> e.where().startsWith("/components/schemas"))).as("schema examples").hasSizeGreaterThan(50);
        assertThat(failures).isEmpty();
    }

    /** The check itself refuses what it should: a wrong type, a missing required field, a bad format. */
    @Test
    void theCheckRefusesExamplesThatDoNotFit() {
        ObjectNode candidateInput = JsonNodeFactory.instance.objectNode().put("$ref", "#/components/schemas/CandidateInput");
        assertThat(validator(candidateInput).validate(JsonNodeFactory.instance.objectNode().put("fullName", "A")))
                .as("email is required").isNotEmpty();
        assertThat(validator(candidateInput).validate(JsonNodeFactory.instance.objectNode().put("fullName", "A")
                .put("email", "a@example.com").put("phone", 42))).as("phone is a string").isNotEmpty();
        assertThat(validator(candidateInput).validate(JsonNodeFactory.instance.objectNode().put("fullName", "A")
                .put("email", "a@example.com"))).as("a valid candidate").isEmpty();
        ObjectNode uuid = JsonNodeFactory.instance.objectNode().put("$ref", "#/components/schemas/UUID");
        assertThat(validator(uuid).validate(JsonNodeFactory.instance.textNode("not-a-uuid"))).isNotEmpty();
    }

    private static JsonSchema validator(JsonNode schema) {
        return Contract.COMMITTED.schema(schema);
    }

    /**
     * Walks the document. A node with a {@code schema} and {@code examples} (a map) or
     * {@code example} is a media type or a parameter; a node whose {@code examples} is an array
     * is a schema with its own examples.
     */
    private static void collect(JsonNode node, String pointer, List<Example> out) {
        if (node.isObject()) {
            JsonNode examples = node.path("examples");
            if (node.has("schema") && examples.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = examples.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    assertThat(e.getValue().has("value")).as(pointer + "/examples/" + e.getKey() + " has a value").isTrue();
                    out.add(new Example(pointer + "/examples/" + e.getKey(), node.get("schema"), e.getValue().get("value")));
                }
            }
            if (node.has("schema") && node.has("example")) {
                out.add(new Example(pointer + "/example", node.get("schema"), node.get("example")));
            }
            if (examples.isArray() && !node.has("schema")) {
                for (int i = 0; i < examples.size(); i++) {
                    out.add(new Example(pointer + "/examples/" + i, withoutExamples((ObjectNode) node), examples.get(i)));
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> child = it.next();
                if (!child.getKey().equals("examples") && !child.getKey().equals("example")) {
                    collect(child.getValue(), pointer + "/" + child.getKey(), out);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, out);
            }
        }
    }

    private static JsonNode withoutExamples(ObjectNode schema) {
        ObjectNode copy = schema.deepCopy();
        copy.remove("examples");
        return copy;
    }
}
