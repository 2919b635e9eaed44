package io.socialhire.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The committed OpenAPI document (openapi/openapi.yaml, which HealthAndDocsTest holds equal to what
 * the application serves) as a checker of HTTP exchanges: which operation a request is, whether
 * its body fits the documented request schema and whether the response's status, media type and
 * body are documented. Schemas are JSON Schema 2020-12 (OpenAPI 3.1) with $refs into the
 * components, validated with formats asserted.
 */
public final class Contract {

    public static final Contract COMMITTED = load(Path.of("openapi/openapi.yaml"));

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final JsonMapper JSON = new JsonMapper();

    final JsonNode document;
    private final List<Template> templates = new ArrayList<>();
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

    /** A documented path, as a pattern that matches concrete paths. */
    record Template(String path, Pattern pattern, int parameters) {
    }

    Contract(JsonNode document) {
        this.document = document;
        document.path("paths").fieldNames().forEachRemaining(path -> {
            String regex = Pattern.quote(path).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
            templates.add(new Template(path, Pattern.compile(regex), (int) path.chars().filter(c -> c == '{').count()));
        });
        // Literal segments win over parameters: /candidates/by-external-id/... before /candidates/{id}/...
        templates.sort(Comparator.comparingInt(Template::parameters));
    }

    static Contract load(Path file) {
        try {
            return new Contract(new YAMLMapper().readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The documented path template a request path is an instance of. */
    public Optional<String> template(String method, String path) {
        return templates.stream().filter(t -> t.pattern().matcher(path).matches())
                .filter(t -> document.path("paths").path(t.path()).has(method.toLowerCase()))
                .map(Template::path).findFirst();
    }

    /**
     * What is wrong with one exchange, empty when it fits. The request body is checked only when
     * the API accepted it (2xx) and the operation takes one: one the contract calls invalid must
     * not be accepted, while refused ones are the tests' own hostile input.
     */
    public List<String> violations(String method, String uri, String requestType, String requestBody, int status,
            String responseType, String responseBody) {
        String path = URI.create(uri).getRawPath();
        Optional<String> template = template(method, path);
        List<String> found = new ArrayList<>();
        if (template.isEmpty()) {
            return found;
        }
        String where = method.toUpperCase() + " " + template.get() + " " + status;
        JsonNode operation = document.path("paths").path(template.get()).path(method.toLowerCase());
        // A body sent to an operation that takes none (a GET) is ignored by the API, and so here.
        if (status >= 200 && status < 300 && requestBody != null && !requestBody.isEmpty() && operation.has("requestBody")) {
            JsonNode media = operation.path("requestBody").path("content").path(mediaType(requestType));
            if (media.isMissingNode()) {
                found.add(where + ": request content type " + requestType + " is not documented");
            } else {
                check(where + " request", media.path("schema"), requestBody, found);
            }
        }
        JsonNode response = resolve(operation.path("responses").path(String.valueOf(status)));
        if (response.isMissingNode()) {
            response = resolve(operation.path("responses").path("default"));
        }
        if (response.isMissingNode()) {
            found.add(where + ": status " + status + " is not documented");
            return found;
        }
        if (responseBody == null || responseBody.isEmpty()) {
            return found;
        }
        JsonNode content = response.path("content");
        JsonNode media = content.path(mediaType(responseType));
        if (media.isMissingNode()) {
            found.add(where + ": response content type " + responseType + " is not documented (documented: "
                    + JSON.valueToTree(iterable(content.fieldNames())) + ")");
        } else if (media.has("schema") && json(responseType)) {
            // other media types (text/csv) are checked for being documented; their content is the operation's own test's
            check(where + " response", media.path("schema"), responseBody, found);
        }
        return found;
    }

    private static boolean json(String contentType) {
        String type = mediaType(contentType);
        return type.equals("application/json") || type.endsWith("+json");
    }

    private void check(String where, JsonNode schema, String body, List<String> found) {
        JsonNode value;
        try {
            value = JSON.readTree(body);
        } catch (IOException e) {
            found.add(where + ": body is not JSON: " + e.getMessage());
            return;
        }
        schema(schema).validate(value).forEach(m -> found.add(where + ": " + m.getMessage()));
    }

    /** A schema wrapped with the document's components, so that its $refs resolve. */
    JsonSchema schema(JsonNode schema) {
        return compiled.computeIfAbsent(schema.toString(), key -> {
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.set("components", document.path("components"));
            root.set("allOf", JsonNodeFactory.instance.arrayNode().add(schema));
            return FACTORY.getSchema(root, CONFIG);
        });
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode resolved = node;
        while (resolved.has("$ref")) {
            resolved = document.at(resolved.get("$ref").asText().substring(1));
        }
        return resolved;
    }

    private static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase();
    }

    private static <T> List<T> iterable(Iterator<T> it) {
        List<T> list = new ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }
}
