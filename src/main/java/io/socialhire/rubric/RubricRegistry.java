package io.socialhire.rubric;

import static io.socialhire.common.Text.abbreviate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.StartupEvent;
import io.socialhire.common.ApiException;
import io.socialhire.common.Problem;
import io.socialhire.common.ProblemType;
import io.socialhire.common.Text;
import io.socialhire.engine.Engines;
import io.socialhire.engine.Resources;
import io.socialhire.engine.RubricValidationException;
import io.socialhire.engine.ScoringEngine;
import io.socialhire.engine.v1.RubricParser;
import io.socialhire.event.DomainEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Published rubric versions and the scoring engines built from them. Versions are immutable, so
 * an engine built once for (key, version) serves every later request and re-scoring.
 */
@ApplicationScoped
@Transactional
public class RubricRegistry {

    public static final String DEFAULT_KEY = "participation";
    /** Longest title a rubric version may have (the title column holds 200 characters). */
    public static final int MAX_TITLE = 200;
    /** Rubrics shipped with the code, published at startup when missing. */
    static final List<String> BUILTIN = List.of(RubricParser.DEFAULT_RUBRIC_RESOURCE, "rubrics/participation/v2.json");
    private static final Pattern KEY = Pattern.compile("^[a-z][a-z0-9_-]{1,63}$");
    private static final Logger LOG = Logger.getLogger(RubricRegistry.class);

    private final RubricVersionRepository versions;
    private final ObjectMapper mapper;
    private final Event<DomainEvent> events;
    private final Map<RubricVersion.Key, ScoringEngine> engines = new ConcurrentHashMap<>();
    /**
     * The latest version per key, trusted for a few seconds so scoring does not ask the database
     * each time; this instance forgets it on publish, other instances within the TTL.
     */
    private final Map<String, Latest> latest = new ConcurrentHashMap<>();
    private static final long LATEST_TTL_NANOS = 5_000_000_000L;

    private record Latest(int version, long until) {
    }

    public RubricRegistry(RubricVersionRepository versions, ObjectMapper mapper, Event<DomainEvent> events) {
        this.events = events;
        this.versions = versions;
        this.mapper = mapper;
    }

    void publishBuiltins(@Observes StartupEvent started) {
        for (String resource : BUILTIN) {
            String json = Resources.read(resource);
            Engines.Document rubric = Engines.validate(json);
            if (!versions.insertIfAbsent(rubric.key(), rubric.version(), rubric.title(), json,
                    Instant.now().truncatedTo(ChronoUnit.MICROS))) {
                RubricVersion stored = versions.findById(new RubricVersion.Key(rubric.key(), rubric.version()));
                if (!stored.definition.equals(json)) {
                    // Published versions never change; a shipped edit must become a new version file.
                    LOG.warnf("Rubric %s v%d shipped with this build differs from the published one; the published one is used",
                            rubric.key(), rubric.version());
                }
            }
        }
    }

    /** The engine for a version; the latest version when version is null. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ScoringEngine engine(String key, Integer version) {
        if (!KEY.matcher(key).matches()) {
            throw ApiException.invalid("rubric.key", "no rubric '" + abbreviate(key) + "'; GET /api/v1/rubrics lists them");
        }
        int resolved = version != null ? version : latestVersion(key);
        RubricVersion.Key id = new RubricVersion.Key(key, resolved);
        ScoringEngine cached = engines.get(id);
        if (cached != null) {
            return cached;
        }
        RubricVersion stored = versions.findById(id);
        if (stored == null) {
            throw ApiException.invalid("rubric.version", "rubric '" + key + "' has no version " + resolved);
        }
        return engines.computeIfAbsent(id, k -> Engines.fromJson(stored.definition));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean exists(String key) {
        return KEY.matcher(key).matches() && versions.anyVersionOf(key);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public int latestVersion(String key) {
        if (!KEY.matcher(key).matches()) {
            throw ApiException.invalid("rubric.key", "no rubric '" + abbreviate(key) + "'; GET /api/v1/rubrics lists them");
        }
        Latest known = latest.get(key);
        if (known != null && known.until() > System.nanoTime()) {
            return known.version();
        }
        Integer latest = versions.latestVersionInTurn(key);
        if (latest == null) {
            throw ApiException.invalid("rubric.key", "no rubric '" + abbreviate(key) + "'; GET /api/v1/rubrics lists them");
        }
        this.latest.put(key, new Latest(latest, System.nanoTime() + LATEST_TTL_NANOS));
        return latest;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RubricViews.Summary> list() {
        List<RubricVersion> all = versions.listByKeyAndVersion();
        Map<String, List<RubricVersion>> byKey = new java.util.LinkedHashMap<>();
        all.forEach(r -> byKey.computeIfAbsent(r.rubricKey, k -> new java.util.ArrayList<>()).add(r));
        return byKey.values().stream().map(RubricRegistry::summary).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RubricViews.Summary summary(String key) {
        if (!KEY.matcher(key).matches()) {
            throw ApiException.notFound("Rubric", abbreviate(key));
        }
        List<RubricVersion> published = versions.versionsOf(key);
        if (published.isEmpty()) {
            throw ApiException.notFound("Rubric", abbreviate(key));
        }
        return summary(published);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RubricViews.Version version(String key, int version) {
        RubricVersion stored = KEY.matcher(key).matches() ? versions.findById(new RubricVersion.Key(key, version)) : null;
        if (stored == null) {
            throw new ApiException(ProblemType.NOT_FOUND, "Rubric " + abbreviate(key) + " has no version " + version + ".");
        }
        return view(stored);
    }

    /**
     * Publishes the next version of a rubric (a new key starts at 1). The definition's key and
     * version are set from the path and the sequence; an invalid structure is a 422 naming each
     * problem.
     */
    public RubricViews.Version publish(String key, JsonNode body) {
        if (!KEY.matcher(key).matches()) {
            throw ApiException.invalid("key", "must be 2-64 lower-case letters, digits, '-' or '_', starting with a letter");
        }
        if (body == null || !body.isObject()) {
            throw new ApiException(ProblemType.MALFORMED_REQUEST, "A rubric definition must be a JSON object.");
        }
        Integer latest = versions.latestVersionInTurn(key);
        int next = latest == null ? 1 : latest + 1;
        ObjectNode definition = ((ObjectNode) body.deepCopy());
        if (definition.hasNonNull("key") && !key.equals(definition.get("key").asText())) {
            throw ApiException.invalid("key", "must be absent or equal to the rubric key in the path ('" + key + "')");
        }
        if (definition.hasNonNull("version") && definition.get("version").asInt(-1) != next) {
            throw ApiException.conflict("The next version of rubric '" + key + "' is " + next
                    + "; omit version or send " + next + ".", null);
        }
        definition.put("key", key);
        definition.put("version", next);
        String json;
        try {
            json = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new ApiException(ProblemType.MALFORMED_REQUEST, "The rubric definition could not be read.");
        }
        Engines.Document parsed;
        try {
            parsed = Engines.validate(json);
        } catch (RubricValidationException e) {
            throw invalidDefinition(e.problems().stream().map(p -> new Problem.FieldError(p.path(), p.message())).toList());
        }
        if (parsed.title() == null || parsed.title().length() > MAX_TITLE || !Text.hasVisibleCharacter(parsed.title())) {
            // Every format's title goes into the same column; not every format's parser checks its length.
            throw invalidDefinition(List.of(new Problem.FieldError("title", "required, at most " + MAX_TITLE + " characters")));
        }
        RubricVersion version = new RubricVersion();
        version.rubricKey = key;
        version.version = next;
        version.title = parsed.title();
        version.definition = json;
        version.builtin = false;
        version.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        versions.persistAndFlush(version);
        this.latest.remove(key);
        events.fire(new RubricEvents.VersionPublished(key, next));
        return view(version);
    }

    private static ApiException invalidDefinition(List<Problem.FieldError> errors) {
        return new ApiException(ProblemType.UNPROCESSABLE, "The rubric definition is not valid: " + errors.size()
                + (errors.size() == 1 ? " problem." : " problems."), errors, null);
    }

    private static RubricViews.Summary summary(List<RubricVersion> versions) {
        RubricVersion latest = versions.get(versions.size() - 1);
        return new RubricViews.Summary(latest.rubricKey, latest.title, latest.version,
                versions.stream().map(v -> v.version).toList());
    }

    private RubricViews.Version view(RubricVersion v) {
        try {
            return new RubricViews.Version(v.rubricKey, v.version, v.title, v.builtin, v.createdAt, mapper.readTree(v.definition));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored rubric " + v.rubricKey + " v" + v.version + " is not JSON", e);
        }
    }
}
