package io.socialhire.fairness;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.socialhire.rubric.RubricRegistry;
import io.socialhire.rubric.RubricViews;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Model cards: for a shipped rubric version, the card file beside it (model-cards/{key}/v{n}.json), whose figures
 * ModelCardFiguresTest recomputes from the corpus; for a version published through the API, a card saying it was
 * never measured.
 */
@ApplicationScoped
public class ModelCardService {

    /** The card files as written: the card without what the rubric version itself says (title, published date). */
    record Stored(String rubricKey, int version, LocalDate measuredOn, String intendedUse, List<String> outOfScopeUses,
            List<String> reads, List<String> ignores, ModelCard.Data data, List<ModelCard.Agreement> agreement,
            List<String> limitations) {
    }

    private final RubricRegistry rubrics;
    private final ObjectMapper mapper;

    public ModelCardService(RubricRegistry rubrics, ObjectMapper mapper) {
        this.rubrics = rubrics;
        this.mapper = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** The card of a rubric version; 404 when the version does not exist. */
    public ModelCard card(String key, int version) {
        RubricViews.Version rubric = rubrics.version(key, version);
        Stored stored = rubric.builtin() ? read("model-cards/" + key + "/v" + version + ".json") : null;
        if (stored == null) {
            return new ModelCard(key, version, rubric.title(), false, LocalDate.ofInstant(rubric.createdAt(), ZoneOffset.UTC),
                    "As the rubric's description says; this version was published through the API and has no model card of its own.",
                    List.of("Any use before its agreement with human ratings has been measured"), List.of(), List.of(), null, List.of(),
                    List.of("Not measured: nobody has compared this version's ratings with human ratings. Measure it on labelled"
                            + " answers before relying on it, and keep every rejection for human review."));
        }
        return new ModelCard(key, version, rubric.title(), true, stored.measuredOn(), stored.intendedUse(), stored.outOfScopeUses(),
                stored.reads(), stored.ignores(), stored.data(), stored.agreement(), stored.limitations());
    }

    private Stored read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : mapper.readValue(in, Stored.class);
        } catch (IOException e) {
            throw new UncheckedIOException("model card " + resource + " is unreadable", e);
        }
    }
}
