package io.socialhire.engine.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.socialhire.engine.Agreement;
import io.socialhire.engine.Engines;
import io.socialhire.engine.Requests;
import io.socialhire.engine.Resources;
import io.socialhire.engine.ScoringEngine;
import io.socialhire.engine.corpus.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The figures of the shipped model cards (src/main/resources/model-cards/{key}/v{n}.json: data sizes and agreement
 * with the human labels) are what this computation gives on the corpus today, so a card can never claim more than
 * the engine does. Run with {@code -Dmodel-card.write=true} to rewrite a card's {@code data} and {@code agreement}
 * (and its {@code measuredOn} date) after a corpus or engine change; the prose around them is written by hand.
 */
class ModelCardFiguresTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Path CARDS = Path.of("src/main/resources/model-cards/participation");

    /** A set the engine is measured on: its name, what it is, which corpus answers. */
    private record MeasuredSet(String set, String description, Predicate<Corpus.Item> member) {
    }

    private static final List<MeasuredSet> VALIDATION = List.of(
            new MeasuredSet("locked_test_split", "The corpus's locked test split of the sources participation v2 was built on"
                    + " (t, wa-wg): assigned by a hash rule before any tuning, never fitted or tuned on",
                    i -> i.test() && Corpus.VERSION_2_SOURCES.contains(i.source())),
            new MeasuredSet("unseen_writers", "All answers of the three writers who started after participation v2 was fitted"
                    + " (wh, wi, wj), both splits: writers neither version's reading or rating model ever saw",
                    i -> !Corpus.VERSION_2_SOURCES.contains(i.source())));

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void theCardsFiguresAreWhatTheEngineMeasuresOnTheCorpus(int version) throws IOException {
        Path file = CARDS.resolve("v" + version + ".json");
        ObjectNode card = (ObjectNode) JSON.readTree(file.toFile());
        ScoringEngine engine = Engines.fromJson(Resources.read("rubrics/participation/v" + version + ".json"));
        List<Corpus.Item> corpus = Corpus.all();

        Map<String, Object> data = new LinkedHashMap<>();
        data.put("corpus", "The project's labelled corpus (src/test/resources/corpus): " + corpus.size() + " answers by "
                + countBy(corpus, Corpus.Item::source).size() + " sources, each rated 1-5 by its writer and blind by a second"
                + " rater, disagreements settled by a third");
        data.put("corpusByLanguage", countBy(corpus, Corpus.Item::language));
        data.put("fittedOn", version == 2 ? fittedOnCorpus(corpus) : fittedOnFirstLabelledSet());
        List<Map<String, Object>> validatedOn = new ArrayList<>();
        List<Map<String, Object>> agreement = new ArrayList<>();
        for (MeasuredSet set : VALIDATION) {
            List<Corpus.Item> items = corpus.stream().filter(set.member()).toList();
            Map<String, Object> described = new LinkedHashMap<>();
            described.put("set", set.set());
            described.put("description", set.description());
            described.put("answers", items.size());
            described.put("byLanguage", countBy(items, Corpus.Item::language));
            described.put("bySource", countBy(items, Corpus.Item::source));
            validatedOn.add(described);
            Map<Corpus.Item, Integer> rated = new LinkedHashMap<>();
            items.forEach(i -> {
                Integer rating = engine.score(Requests.of(i.answer())).rating();
                rated.put(i, rating == null ? 1 : rating); // not rated counts as the lowest, as Evaluation does
            });
            agreement.add(figures(set.set(), "all", "all", items, rated));
            for (var dimension : List.<Map.Entry<String, Function<Corpus.Item, String>>>of(
                    Map.entry("source", Corpus.Item::source), Map.entry("language", Corpus.Item::language))) {
                Map<String, List<Corpus.Item>> groups = new TreeMap<>();
                items.forEach(i -> groups.computeIfAbsent(dimension.getValue().apply(i), k -> new ArrayList<>()).add(i));
                groups.forEach((group, members) -> agreement.add(figures(set.set(), dimension.getKey(), group, members, rated)));
            }
        }
        data.put("validatedOn", validatedOn);

        // Through text, so numbers compare by value whatever Java type counted them (a Long from counting(), an Integer from a size()).
        JsonNode measuredData = JSON.readTree(JSON.writeValueAsString(data));
        JsonNode measuredAgreement = JSON.readTree(JSON.writeValueAsString(agreement));
        if (Boolean.getBoolean("model-card.write")) {
            card.put("measuredOn", LocalDate.now().toString());
            card.set("data", measuredData);
            card.set("agreement", measuredAgreement);
            Files.writeString(file, JSON.writeValueAsString(card) + "\n");
        }
        assertThat(card.get("data")).as("data of " + file + "; rewrite with -Dmodel-card.write=true")
                .isEqualTo(measuredData);
        assertThat(card.get("agreement"))
                .as("agreement of " + file + "; rewrite with -Dmodel-card.write=true").isEqualTo(measuredAgreement);
        assertThat(card.get("rubricKey").asText()).isEqualTo("participation");
        assertThat(card.get("version").asInt()).isEqualTo(version);
    }

    private static Map<String, Object> fittedOnCorpus(List<Corpus.Item> corpus) {
        List<Corpus.Item> train = corpus.stream().filter(i -> !i.test() && Corpus.VERSION_2_SOURCES.contains(i.source())).toList();
        Map<String, Object> fitted = new LinkedHashMap<>();
        fitted.put("description", "The corpus's train split of sources t and wa-wg: the ordinal rating model and the text model"
                + " were fitted here and the reader was improved by reading its errors here");
        fitted.put("answers", train.size());
        fitted.put("byLanguage", countBy(train, Corpus.Item::language));
        fitted.put("bySource", countBy(train, Corpus.Item::source));
        return fitted;
    }

    private record Labelled(String id, String split, int rating, List<String> tags, String answer) {
    }

    private static Map<String, Object> fittedOnFirstLabelledSet() throws IOException {
        List<Labelled> labelled = JSON.readValue(Resources.read("labelled/answers.json"), new TypeReference<List<Labelled>>() { });
        Map<String, Object> fitted = new LinkedHashMap<>();
        fitted.put("description", "Hand-written phrase rules and weights, tuned on the tune split of the project's first labelled"
                + " set (src/test/resources/labelled); nothing is fitted statistically");
        fitted.put("answers", labelled.stream().filter(l -> l.split().equals("tune")).count());
        fitted.put("bySplit", countBy(labelled, Labelled::split));
        return fitted;
    }

    private static Map<String, Object> figures(String set, String dimension, String group, List<Corpus.Item> items,
            Map<Corpus.Item, Integer> rated) {
        int[] human = items.stream().mapToInt(Corpus.Item::tier).toArray();
        int[] engine = items.stream().mapToInt(rated::get).toArray();
        Agreement agreement = Agreement.of(engine, human, 1, 5);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("set", set);
        row.put("dimension", dimension);
        row.put("group", group);
        row.put("count", items.size());
        row.put("qwk", round(agreement.quadraticWeightedKappa()));
        row.put("exactAgreement", round(agreement.exactAgreement()));
        row.put("severeErrors", Evaluation.severe(human, engine));
        return row;
    }

    /** Three decimals; null where kappa is undefined (every label the same). */
    private static Double round(double value) {
        return Double.isNaN(value) ? null : Math.round(value * 1000) / 1000.0;
    }

    private static <T> Map<String, Long> countBy(List<T> items, Function<T, String> key) {
        Map<String, Long> counts = new TreeMap<>();
        items.forEach(i -> counts.merge(key.apply(i), 1L, Long::sum));
        return counts;
    }
}
