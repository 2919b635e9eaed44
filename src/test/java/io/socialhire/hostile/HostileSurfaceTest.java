package io.socialhire.hostile;

import static io.restassured.RestAssured.given;
import static io.socialhire.TestData.candidateWithChannels;
import static io.socialhire.TestData.createCandidate;
import static io.socialhire.TestData.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.socialhire.AdminKeyByDefault;
import io.socialhire.common.ExceptionMappers;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Hostile input generated from the API's own description: the OpenAPI document the application
 * serves is walked for its operations, the string fields of every request body, every parameter
 * and every paged list, and each gets the input it must refuse. Every answer must be a 4xx
 * problem+json that names no Java type and shows no stack trace, and no refused request may change
 * the database.
 *
 * <p>Each body starts from the operation's documented example, made unique where the API requires
 * it, so that the one hostile change is the only thing wrong with it; after an operation's hostile
 * requests its untouched example is sent once, and must succeed, to prove that.
 */
@QuarkusTest
class HostileSurfaceTest {

    static final JsonMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    static final int FAR_OVER = 100_000;
    static final String RUBRIC_KEY = "hostile-surface";

    /** A value a field must refuse: the kind of problem (for the counts), what it is, and the JSON sent. */
    record Bad(String kind, String what, JsonNode value) {
        static Bad text(String kind, String what, String value) {
            return new Bad(kind, what, TextNode.valueOf(value));
        }
    }

    /** Values every string field must refuse. */
    static final List<Bad> BAD_STRINGS = List.of(
            Bad.text("NUL", "NUL inside", "nul\u0000here"), Bad.text("NUL", "NUL alone", "\u0000"),
            Bad.text("lone surrogate", "lone high surrogate", "a\uD800b"), Bad.text("lone surrogate", "lone low surrogate", "\uDC00"),
            Bad.text("lone surrogate", "surrogates swapped", "\uDC00\uD800"));

    /** Not JSON's idea of a string. */
    static final List<Bad> WRONG_TYPES = List.of(
            new Bad("wrong JSON type", "number", JsonNodeFactory.instance.numberNode(42)),
            new Bad("wrong JSON type", "boolean", JsonNodeFactory.instance.booleanNode(true)),
            new Bad("wrong JSON type", "array", JsonNodeFactory.instance.arrayNode().add("a")),
            new Bad("wrong JSON type", "object", JsonNodeFactory.instance.objectNode().put("a", "b")));

    /** Invisible characters only: no name. */
    static final String ZERO_WIDTH = "\u200B\u200C\u200D\u2060\uFEFF";

    static final List<String> TRAILING = List.of("garbage", "}", "]", " {}", "{\"a\": 1}", " []", " 1", " null", ",", " \"x\"",
            "// comment", "/* comment */", "\u0000");

    /** Content-Type headers a JSON endpoint must refuse (null: none at all). */
    static final List<String> CONTENT_TYPES = java.util.Arrays.asList(null, "*/*", "application/*", "text/plain",
            "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/octet-stream",
            "text/json", "application/json-patch+json");

    /** Timestamps PostgreSQL cannot hold or RFC 3339 does not allow. */
    static final List<String> BAD_TIMES = List.of("%2B294277-01-01T00:00:00Z", "-4714-01-01T00:00:00Z", "%2B10000-01-01T00:00:00Z",
            "-0001-01-01T00:00:00Z", "%2B999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "2026-13-01T00:00:00Z",
            "2026-02-30T00:00:00Z", "2026-01-01", "1e10", "yesterday");

    static final List<String> BAD_INTEGERS = List.of("-1", "0", "201", "abc", "1e3", "1.5", "99999999999999999999", "2147483648",
            "%2B%2B1");

    static final List<String> BAD_UUIDS = List.of("not-a-uuid", "00000000-0000-0000-0000-00000000000G", "%27%20OR%201%3D1--",
            "..%2F..%2Fetc%2Fpasswd");

    @Inject
    AgroalDataSource dataSource;

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    final List<String> failures = new ArrayList<>();
    final Map<String, Integer> sentByKind = new TreeMap<>();
    JsonNode document;
    Fixtures fixtures;

    /** Ids of things that exist, for the paths that need one. */
    record Fixtures(String candidate, String channel, String assessment, String apiKey, String role, String assessmentPackage,
                    JsonNode rubricDefinition, String webhookEndpoint, String webhookDelivery, String reportLink,
                    String fairnessSummary, String invitation) {
    }

    /** One documented operation. */
    record Operation(String method, String path, JsonNode spec) {

        String id() {
            return spec.path("operationId").asText();
        }

        String where() {
            return method.toUpperCase() + " " + path;
        }

        /** The media type and schema of the request body, or null without one. */
        Map.Entry<String, JsonNode> body() {
            Iterator<Map.Entry<String, JsonNode>> content = spec.path("requestBody").path("content").fields();
            return content.hasNext() ? content.next() : null;
        }
    }

    /** A string field of a request body: where it is and what the schema says of it. */
    record Field(String path, JsonNode schema) {

        Integer maxLength() {
            return schema.has("maxLength") ? schema.get("maxLength").asInt() : null;
        }

        boolean mustHaveText() {
            return "\\S".equals(schema.path("pattern").asText());
        }
    }

    @Test
    void everyOperationRefusesHostileInputWithAProblemAndWritesNothing() throws Exception {
        document = JSON.readTree(given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        fixtures = fixtures();
        int operations = 0;
        List<String> pagedLists = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                Operation operation = new Operation(method.getKey(), path.getKey(), method.getValue());
                operations++;
                for (JsonNode parameter : operation.spec().path("parameters")) {
                    if (parameter.path("name").asText().equals("cursor")) {
                        pagedLists.add(operation.where());
                    }
                    parameters(operation, parameter);
                }
                if (operation.body() != null) {
                    bodies(operation);
                }
            }
        }
        int sent = sentByKind.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("Hostile surface: %d operations, paged lists %s; %d requests %s, %d failures%n", operations,
                pagedLists, sent, sentByKind, failures.size());
        // The endpoints made here (the fixture and the controls' examples) would receive every later test's events.
        List<String> endpoints = given().when().get("/api/v1/webhook-endpoints").then().statusCode(200).extract().path("items.id");
        endpoints.forEach(id -> given().when().delete("/api/v1/webhook-endpoints/" + id).then().statusCode(204));
        assertThat(failures).isEmpty();
        assertThat(pagedLists).as("paged lists found in the document").hasSizeGreaterThanOrEqualTo(3);
        assertThat(sent).isGreaterThanOrEqualTo(2_500);
    }

    // --- parameters --------------------------------------------------------------------------

    private void parameters(Operation operation, JsonNode parameter) throws Exception {
        String in = parameter.path("in").asText();
        if (!in.equals("query") && !in.equals("path")) {
            return;
        }
        String name = parameter.path("name").asText();
        JsonNode schema = resolve(parameter.path("schema"));
        List<String> values = new ArrayList<>(List.of("%00", "a%00b"));
        Integer max = schema.has("maxLength") ? schema.get("maxLength").asInt() : null;
        values.add("x".repeat(max != null ? max + 1 : 1_500));
        String kind;
        if (name.equals("cursor")) {
            kind = "forged cursor";
            values.addAll(forgedCursors());
        } else if ("date-time".equals(schema.path("format").asText())) {
            kind = "time out of range";
            values.addAll(BAD_TIMES);
        } else if ("uuid".equals(schema.path("format").asText())) {
            kind = "not a uuid";
            values.addAll(BAD_UUIDS);
        } else if (schema.path("type").asText().equals("integer")) {
            kind = "not an integer in range";
            values.addAll(BAD_INTEGERS);
        } else {
            kind = "hostile " + in + " parameter";
        }
        Map.Entry<String, JsonNode> body = operation.body();
        for (String value : values) {
            String path = in.equals("path") ? resolvePath(operation, name, value) : resolvePath(operation, null, null)
                    + "?" + name + "=" + value;
            HttpRequest.Builder request = request(path);
            if (body == null) {
                request.method(operation.method().toUpperCase(), HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", body.getKey())
                        .method(operation.method().toUpperCase(), HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(base(operation))));
            }
            String what = operation.where() + " " + name + "=" + abbreviate(value);
            HttpResponse<String> response = expectRefused(kind, what, request, null);
            if (kind.equals("not a uuid") && response.statusCode() != 400) {
                failures.add(what + " -> " + response.statusCode() + ", not 400: a malformed id is the caller's mistake");
            }
        }
    }

    /** Cursors this API never issued: wrong shape, wrong version, or a position no database can hold. */
    private static List<String> forgedCursors() {
        String id = UUID.randomUUID().toString();
        List<String> raw = List.of("v1|" + Long.MAX_VALUE + "|" + id, "v1|" + Long.MIN_VALUE + "|" + id,
                "v1|253402300800000000|" + id, "v1|-62167219200000001|" + id, "v1|-210866803200000000|" + id,
                "v1|9223372036854775808|" + id, "v2|0|" + id, "v1|0|not-a-uuid", "v1|zero|" + id, "v1|0|" + id + "|extra",
                "v1||", "v1|1e3|" + id, "v1|0|" + id + "\u0000", "\u0000");
        List<String> cursors = new ArrayList<>();
        for (String r : raw) {
            cursors.add(Base64.getUrlEncoder().withoutPadding().encodeToString(r.getBytes(StandardCharsets.UTF_8)));
        }
        cursors.addAll(List.of("%2B%2F%2F%2F", "djF8MHw=", "!!!", "AAAA", "x".repeat(201)));
        return cursors;
    }

    // --- bodies ------------------------------------------------------------------------------

    private void bodies(Operation operation) throws Exception {
        Map.Entry<String, JsonNode> body = operation.body();
        String mediaType = body.getKey();
        List<Field> fields = new ArrayList<>();
        stringFields(body.getValue().path("schema"), "", fields, new ArrayList<>());
        if (isFreeForm(body.getValue().path("schema"))) {
            // A document without a schema of its own (a rubric definition): every string in it is a field.
            leaves(base(operation), "", fields);
        }
        for (Field field : fields) {
            List<Bad> values = new ArrayList<>(BAD_STRINGS);
            if (field.maxLength() != null) {
                values.add(Bad.text("oversize", "one over maxLength", "x".repeat(field.maxLength() + 1)));
            }
            if (field.schema().has("type")) {
                values.add(Bad.text("oversize", "far over any length", "x".repeat(FAR_OVER)));
                values.addAll(WRONG_TYPES);
            }
            if (field.mustHaveText()) {
                values.add(Bad.text("zero-width name", "zero-width only", ZERO_WIDTH));
            }
            for (Bad bad : values) {
                JsonNode mutated = with(base(operation), field.path(), bad.value());
                expectRefused(bad.kind(), operation.where() + " " + field.path() + ": " + bad.what(),
                        send(operation, mediaType, JSON.writeValueAsString(mutated)), field.path());
            }
        }
        for (String objectPath : objectPaths(base(operation), "")) {
            JsonNode base = base(operation);
            for (Iterator<String> names = at(base, objectPath).fieldNames(); names.hasNext(); ) {
                String name = names.next();
                for (boolean first : new boolean[] {true, false}) {
                    String json = withDuplicate(base, objectPath, name, first);
                    expectRefused("duplicate key", operation.where() + " '" + objectPath + name + "' twice", send(operation, mediaType, json),
                            null);
                }
            }
        }
        for (String trailing : TRAILING) {
            expectRefused("trailing data", operation.where() + " then " + abbreviate(trailing),
                    send(operation, mediaType, JSON.writeValueAsString(base(operation)) + trailing), null);
        }
        for (String contentType : CONTENT_TYPES) {
            expectRefused("content type", operation.where() + " as " + contentType,
                    send(operation, contentType, JSON.writeValueAsString(base(operation))), null);
        }
        // The untouched example succeeds, so every refusal above was for the one thing changed.
        HttpResponse<String> control = http.send(send(operation, mediaType, JSON.writeValueAsString(base(operation))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (control.statusCode() >= 300) {
            failures.add(operation.where() + ": its example is refused (" + control.statusCode() + " "
                    + abbreviate(control.body()) + "), so the cases above prove nothing");
        }
    }

    /** The string fields a schema declares, with paths like "channels[0].handle". */
    private void stringFields(JsonNode schema, String path, List<Field> fields, List<String> seen) {
        String ref = schema.path("$ref").asText(null);
        if (ref != null && seen.contains(ref)) {
            return;
        }
        List<String> within = new ArrayList<>(seen);
        if (ref != null) {
            within.add(ref);
        }
        JsonNode s = resolve(schema);
        if (s.has("anyOf")) {
            // A nullable reference (a merge patch field): the fields of each alternative.
            for (JsonNode alternative : s.get("anyOf")) {
                stringFields(alternative, path, fields, within);
            }
        } else if (s.has("properties")) {
            for (Iterator<Map.Entry<String, JsonNode>> p = s.path("properties").fields(); p.hasNext(); ) {
                Map.Entry<String, JsonNode> property = p.next();
                stringFields(property.getValue(), path.isEmpty() ? property.getKey() : path + "." + property.getKey(), fields, within);
            }
        } else if (hasType(s, "array")) {
            stringFields(s.path("items"), path + "[0]", fields, within);
        } else if (hasType(s, "string")) {
            fields.add(new Field(path, s));
        }
    }

    /** Whether a schema's type is this one, alone or beside "null" ({@code type: [string, "null"]}). */
    private static boolean hasType(JsonNode schema, String type) {
        JsonNode types = schema.path("type");
        if (types.isArray()) {
            for (JsonNode t : types) {
                if (t.asText().equals(type)) {
                    return true;
                }
            }
            return false;
        }
        return types.asText().equals(type);
    }

    private static boolean isFreeForm(JsonNode schema) {
        return schema.path("type").asText().equals("object") && !schema.has("$ref");
    }

    /** Every string in a document, as fields without a schema of their own (so only their content is tested). */
    private static void leaves(JsonNode node, String path, List<Field> fields) {
        if (node.isTextual()) {
            fields.add(new Field(path, JsonNodeFactory.instance.objectNode()));
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> leaves(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), fields));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                leaves(node.get(i), path + "[" + i + "]", fields);
            }
        }
    }

    /** Paths of the objects in a document ("" for the root, "ats.", "channels[0]."), first array elements only. */
    private static List<String> objectPaths(JsonNode node, String path) {
        List<String> paths = new ArrayList<>();
        if (node.isObject()) {
            paths.add(path);
            node.fields().forEachRemaining(e -> paths.addAll(objectPaths(e.getValue(), path + e.getKey() + ".")));
        } else if (node.isArray() && !node.isEmpty()) {
            paths.addAll(objectPaths(node.get(0), path.substring(0, path.length() - 1) + "[0]."));
        }
        return paths;
    }

    /** The document with the object at objectPath holding name a second time, before or after its other keys. */
    private static String withDuplicate(JsonNode document, String objectPath, String name, boolean first) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = JSON.getFactory().createGenerator(out)) {
            write(generator, document, "", objectPath, name, first);
        }
        return out.toString();
    }

    private static void write(JsonGenerator g, JsonNode node, String path, String target, String name, boolean first) throws IOException {
        if (node.isObject()) {
            g.writeStartObject();
            if (path.equals(target) && first) {
                g.writeFieldName(name);
                g.writeTree(node.get(name));
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                g.writeFieldName(field.getKey());
                write(g, field.getValue(), path + field.getKey() + ".", target, name, first);
            }
            if (path.equals(target) && !first) {
                g.writeFieldName(name);
                g.writeTree(node.get(name));
            }
            g.writeEndObject();
        } else if (node.isArray()) {
            g.writeStartArray();
            for (int i = 0; i < node.size(); i++) {
                write(g, node.get(i), path.substring(0, path.length() - 1) + "[" + i + "].", target, name, first);
            }
            g.writeEndArray();
        } else {
            g.writeTree(node);
        }
    }

    // --- documents, paths and fixtures -----------------------------------------------------------

    /**
     * A valid body for the operation: its documented example, with the values the API keeps unique
     * made new. A rubric definition's example is only a sketch, so the published definition stands in.
     */
    private JsonNode base(Operation operation) {
        if (operation.id().equals("publishRubricVersion")) {
            return fixtures.rubricDefinition().deepCopy();
        }
        JsonNode examples = operation.body().getValue().path("examples");
        JsonNode example = examples.elements().next().path("value").deepCopy();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        freshen(example, unique);
        if (operation.path().contains("{externalId}")) {
            ((ObjectNode) example).remove("ats"); // the path names the ATS reference; the body may leave it out
        }
        return example;
    }

    private static void freshen(JsonNode node, String unique) {
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(e -> {
                switch (e.getKey()) {
                    case "email" -> object.put("email", "c-" + unique + "@example.com");
                    case "externalId" -> object.put("externalId", unique);
                    case "title" -> object.put("title", e.getValue().asText() + " " + unique);
                    case "name" -> object.put("name", e.getValue().asText() + " " + unique);
                    default -> freshen(e.getValue(), unique);
                }
            });
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> freshen(element, unique));
        }
    }

    /** The operation's path with fixtures for its parameters, and value (raw, already encoded) for the one named. */
    private String resolvePath(Operation operation, String name, String value) {
        Matcher parameter = Pattern.compile("\\{([^}]+)}").matcher(operation.path());
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            String parameterName = parameter.group(1);
            String before = operation.path().substring(0, parameter.start());
            String collection = before.substring(before.lastIndexOf('/', before.length() - 2) + 1, before.length() - 1);
            String fixture = parameterName.equals(name) ? value : fixture(operation, collection, parameterName);
            parameter.appendReplacement(path, Matcher.quoteReplacement(fixture));
        }
        parameter.appendTail(path);
        return path.toString();
    }

    private String fixture(Operation operation, String collection, String parameter) {
        return switch (parameter) {
            case "candidateId" -> fixtures.candidate();
            case "channelId" -> fixtures.channel();
            case "source" -> "hostile";
            case "externalId" -> UUID.randomUUID().toString();
            case "version" -> "1";
            case "deliveryId" -> fixtures.webhookDelivery();
            case "connector" -> "greenhouse";
            case "key" -> operation.method().equals("post") ? RUBRIC_KEY : "participation";
            default -> switch (collection) {
                case "candidates" -> fixtures.candidate();
                case "assessments" -> fixtures.assessment();
                case "api-keys" -> fixtures.apiKey();
                case "roles" -> fixtures.role();
                case "assessment-packages" -> fixtures.assessmentPackage();
                case "invitations" -> fixtures.invitation();
                case "platforms" -> "reddit";
                case "webhook-endpoints" -> fixtures.webhookEndpoint();
                case "report-links" -> fixtures.reportLink();
                case "summaries" -> fixtures.fairnessSummary();
                default -> throw new IllegalStateException("no fixture for {" + parameter + "} after /" + collection + "/");
            };
        };
    }

    private Fixtures fixtures() throws IOException {
        // An endpoint for every event, on a port nothing listens on: the candidate below gives it a delivery.
        String webhookEndpoint = given().contentType(ContentType.JSON).body("{\"url\": \"http://127.0.0.1:9/hooks\"}")
                .when().post("/api/v1/webhook-endpoints").then().statusCode(201).extract().path("id");
        String candidate = createCandidate(candidateWithChannels("Hostile Surface", uniqueEmail(), "surface"));
        String channel = given().when().get("/api/v1/candidates/" + candidate + "/channels").then().extract().path("items[0].id");
        String assessment = given().contentType(ContentType.JSON).body("{\"answer\": \"I moderate r/CommunityManager every week.\"}")
                .when().post("/api/v1/candidates/" + candidate + "/assessments").then().statusCode(201).extract().path("id");
        String apiKey = given().contentType(ContentType.JSON).body("{\"name\": \"hostile surface\", \"role\": \"recruiter\"}")
                .when().post("/api/v1/api-keys").then().statusCode(201).extract().path("id");
        String role = given().contentType(ContentType.JSON).body("{\"title\": \"Hostile surface " + UUID.randomUUID() + "\"}")
                .when().post("/api/v1/roles").then().statusCode(201).extract().path("id");
        String assessmentPackage = given().contentType(ContentType.JSON)
                .body("{\"name\": \"Hostile surface " + UUID.randomUUID() + "\", \"roleId\": \"" + role + "\"}")
                .when().post("/api/v1/assessment-packages").then().statusCode(201).extract().path("id");
        String latest = given().when().get("/api/v1/rubrics/participation/versions/1").then().statusCode(200).extract().asString();
        ObjectNode definition = (ObjectNode) JSON.readTree(latest).get("definition");
        definition.remove(List.of("key", "version"));
        String webhookDelivery = given().when().get("/api/v1/webhook-endpoints/" + webhookEndpoint + "/deliveries").then().statusCode(200)
                .extract().path("items[0].id");
        String reportLink = given().when().post("/api/v1/assessments/" + assessment + "/report-links").then().statusCode(201)
                .extract().path("id");
        String fairnessSummary = given().contentType(ContentType.JSON)
                .body("{\"distributionDate\": \"2026-01-15\", \"dataSource\": \"hostile surface\"}")
                .when().post("/api/v1/fairness/summaries").then().statusCode(201).extract().path("id");
        // An open invitation, for the operations on one (cancel's example is sent last and cancels it).
        String invitation = given().contentType(ContentType.JSON)
                .body("{\"packageId\": \"" + assessmentPackage + "\", \"candidateId\": \"" + candidate + "\"}")
                .when().post("/api/v1/invitations").then().statusCode(201).extract().path("id");
        return new Fixtures(candidate, channel, assessment, apiKey, role, assessmentPackage, definition, webhookEndpoint, webhookDelivery,
                reportLink, fairnessSummary, invitation);
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        while (s.has("$ref")) {
            String name = s.get("$ref").asText().substring("#/components/schemas/".length());
            s = document.path("components").path("schemas").path(name);
        }
        return s;
    }

    /** The node at a path like "channels[0].", creating objects and arrays on the way. */
    private static JsonNode at(JsonNode root, String objectPath) {
        JsonNode node = root;
        for (String step : steps(objectPath)) {
            node = step.startsWith("[") ? node.get(Integer.parseInt(step.substring(1, step.length() - 1))) : node.get(step);
        }
        return node;
    }

    /** A copy of document with value at path ("channels[0].handle", "tags[0]"), creating what is missing. */
    private static JsonNode with(JsonNode document, String path, JsonNode value) {
        List<String> steps = steps(path);
        JsonNode node = document;
        for (int i = 0; i < steps.size() - 1; i++) {
            String step = steps.get(i);
            boolean nextIsIndex = steps.get(i + 1).startsWith("[");
            JsonNode child;
            if (step.startsWith("[")) {
                ArrayNode array = (ArrayNode) node;
                int index = Integer.parseInt(step.substring(1, step.length() - 1));
                while (array.size() <= index) {
                    array.add(nextIsIndex ? array.arrayNode() : array.objectNode());
                }
                child = array.get(index);
                if (nextIsIndex ? !child.isArray() : !child.isObject()) {
                    child = nextIsIndex ? array.arrayNode() : array.objectNode();
                    array.set(index, child);
                }
            } else {
                ObjectNode object = (ObjectNode) node;
                child = object.get(step);
                if (child == null || (nextIsIndex ? !child.isArray() : !child.isObject())) {
                    child = nextIsIndex ? object.putArray(step) : object.putObject(step);
                }
            }
            node = child;
        }
        String last = steps.get(steps.size() - 1);
        if (last.startsWith("[")) {
            ArrayNode array = (ArrayNode) node;
            int index = Integer.parseInt(last.substring(1, last.length() - 1));
            while (array.size() <= index) {
                array.add("x");
            }
            array.set(index, value);
        } else {
            ((ObjectNode) node).set(last, value);
        }
        return document;
    }

    private static List<String> steps(String path) {
        List<String> steps = new ArrayList<>();
        Matcher step = Pattern.compile("([^.\\[]+)|(\\[\\d+])").matcher(path);
        while (step.find()) {
            steps.add(step.group());
        }
        return steps;
    }

    // --- sending and judging -----------------------------------------------------------------

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .header("Authorization", "Bearer " + AdminKeyByDefault.ADMIN_KEY);
    }

    private HttpRequest.Builder send(Operation operation, String contentType, String body) {
        HttpRequest.Builder request = request(resolvePath(operation, null, null));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return request.method(operation.method().toUpperCase(), HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    /**
     * Sends the request and records a failure unless it is refused: a 4xx problem without internals
     * and without a change to the database. A batch refuses per item: a 200 whose item at itemPath
     * carries a 4xx problem counts as refused.
     */
    private HttpResponse<String> expectRefused(String kind, String what, HttpRequest.Builder request, String itemPath) throws Exception {
        sentByKind.merge(kind, 1, Integer::sum);
        String before = Evidence.fingerprint(dataSource);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        String body = response.body();
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        JsonNode problem = null;
        try {
            problem = JSON.readTree(body);
        } catch (IOException e) {
            // judged below
        }
        if (status == 200 && problem != null && problem.has("results") && itemPath != null && itemPath.startsWith("items[")) {
            int item = Integer.parseInt(itemPath.substring(6, itemPath.indexOf(']')));
            problem = problem.path("results").path(item).path("problem");
            status = problem.path("status").asInt(status);
            contentType = problem.isMissingNode() ? contentType : "application/problem+json";
        }
        if (status < 400 || status >= 500) {
            failures.add(what + " -> " + status + " " + abbreviate(body));
        } else if (!contentType.startsWith("application/problem+json") || problem == null || problem.path("status").asInt() != status
                || !problem.path("type").asText().startsWith("https://socialhire.io/problems/") || problem.path("detail").asText().isBlank()) {
            failures.add(what + " -> " + status + " without a problem: " + contentType + " " + abbreviate(body));
        }
        if (problem != null && ExceptionMappers.REFUSED_BY_DATABASE.equals(problem.path("detail").asText())) {
            failures.add(what + " -> " + status + " refused only by the database: validation let it through");
        }
        for (String leak : Evidence.leaks(body)) {
            failures.add(what + " leaks '" + leak + "': " + abbreviate(body));
        }
        if (!Evidence.fingerprint(dataSource).equals(before)) {
            failures.add(what + " -> " + status + " but changed the database");
        }
        return response;
    }

    private static String abbreviate(String value) {
        return Evidence.abbreviate(value.replace("\u0000", "\\u0000"));
    }
}
