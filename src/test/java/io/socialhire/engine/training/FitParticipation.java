package io.socialhire.engine.training;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.socialhire.engine.Agreement;
import io.socialhire.engine.ClaimsEngine;
import io.socialhire.engine.ClaimsRubric;
import io.socialhire.engine.ClaimsRubricParser;
import io.socialhire.engine.Resources;
import io.socialhire.engine.corpus.Corpus;
import io.socialhire.engine.rating.OrdinalModel;
import io.socialhire.engine.rating.TextModel;
import io.socialhire.role.RoleMatcher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits a participation rubric version from the corpus's train split, and nothing else: binds every resource by hash, trains the
 * text model (the second opinion), chooses the rating model's penalty by 5-fold cross-validation on the train split,
 * fits it on the whole train split and writes weights, thresholds and how they were obtained into the rubric file.
 * Run from the repository root after changing a lexicon or a feature:
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp src/main/resources:target/classes:target/test-classes:$(cat target/cp.txt) \
 *     io.socialhire.engine.training.FitParticipation
 * </pre>
 * {@code -Dfit.version=N} names the version being prepared; a published version is never refitted (its file is
 * immutable, and the registry refuses to start when a built-in version's file changed).
 * The locked test split and the external calibration set are never read here.
 */
public final class FitParticipation {
    /** Where the resources are read and written; another copy can be fitted for a trial (-Dfit.resources=dir). */
    static final Path RESOURCES = Path.of(System.getProperty("fit.resources", "src/main/resources"));
    /** The version to fit: named on purpose (-Dfit.version=N), because a published version's file must never change. */
    static final int VERSION = Integer.getInteger("fit.version", 0);
    static final Path RUBRIC = RESOURCES.resolve("rubrics/participation/v" + VERSION + ".json");
    /** The text model's C, chosen by cross-validation on the train split (C = 10 and 100 tie; the smaller is kept). */
    static final double TEXT_MODEL_C = 10;
    static final double[] PENALTIES = {0.003, 0.01, 0.03, 0.1};
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FitParticipation() {
    }

    public static void main(String[] args) throws Exception {
        if (VERSION <= 0) {
            throw new IllegalArgumentException("name the rubric version to fit with -Dfit.version=N; a published version never changes");
        }
        ObjectNode doc = (ObjectNode) MAPPER.readTree(Files.readString(RUBRIC));
        List<Corpus.Item> train = Corpus.train();
        String sources = System.getProperty("fit.sources"); // e.g. the sources an earlier version was fitted on
        if (sources != null) {
            train = train.stream().filter(i -> List.of(sources.split(",")).contains(i.source())).toList();
        }
        int[] ratings = train.stream().mapToInt(Corpus.Item::tier).toArray();
        boolean skipText = args.length > 0 && args[0].equals("--keep-text-model");
        if (!skipText) {
            TextModel text = TextModelFit.fit(train.stream().map(Corpus.Item::answer).toList(), ratings, TEXT_MODEL_C);
            Files.write(RESOURCES.resolve(doc.get("resources").get("textModel").get("path").asText()), text.toBytes());
        }
        bindResources(doc);
        // a placeholder model makes the document valid; features do not depend on it
        ObjectNode model = (ObjectNode) doc.get("ratingModel");
        model.set("weights", MAPPER.createObjectNode().put("leads", 0.0));
        model.set("thresholds", MAPPER.valueToTree(List.of(0.0, 1.0, 2.0, 3.0)));
        ClaimsEngine engine = new ClaimsEngine(ClaimsRubricParser.parse(MAPPER.writeValueAsString(doc)));
        ClaimsRubric rubric = engine.rubric();
        List<Map<String, Double>> features = features(engine, train);
        List<String> all = new ArrayList<>(features.stream().filter(f -> !f.isEmpty()).findFirst().orElseThrow().keySet());
        List<String> compact = new ArrayList<>(all.stream().filter(n -> n.startsWith("level:")).toList());
        compact.add("guide_tier");
        String only = System.getProperty("fit.features"); // a trial on other features: -Dfit.features=a,b,c
        Selection chosen;
        ObjectNode featureSets = MAPPER.createObjectNode();
        if (only != null) {
            chosen = select(train, ratings, all.stream().filter(List.of(only.split(","))::contains).toList(), rubric, features);
        } else {
            // Every feature. The criterion levels with the guide's tier alone cross-validate within one standard error
            // of it, but they miss the negative evidence (talk about others, plans, buzzwords, keyword lists) that
            // keeps long trick answers down (RobustnessTest); both are recorded.
            Selection small = select(train, ratings, compact, rubric, features);
            Selection large = select(train, ratings, all, rubric, features);
            double se = bootstrapStandardError(large.predicted(), ratings);
            chosen = large;
            featureSets.put("levelsAndGuideTier", round3(small.qwk()));
            featureSets.put("allFeatures", round3(large.qwk()));
            featureSets.put("standardError", round3(se));
            featureSets.put("chosen", chosen == small ? "levelsAndGuideTier" : "allFeatures");
        }
        List<String> names = chosen.names();
        double[][] x = matrix(features, names);
        double best = chosen.qwk();
        double bestPenalty = chosen.penalty();
        Map<String, Double> cvByPenalty = chosen.byPenalty();
        int[] bestPredicted = chosen.predicted();
        OrdinalModel fitted = OrdinalFit.fit(names, x, ratings, bestPenalty);
        ObjectNode weights = MAPPER.createObjectNode();
        fitted.weights().forEach((k, v) -> weights.put(k, Math.round(v * 1e6) / 1e6));
        model.set("weights", weights);
        ArrayNode thresholds = MAPPER.createArrayNode();
        for (double t : fitted.thresholds()) {
            thresholds.add(Math.round(t * 1e6) / 1e6);
        }
        model.set("thresholds", thresholds);
        ObjectNode how = MAPPER.createObjectNode();
        how.put("corpus", "corpus/answers.json (src/test/resources)");
        how.put("split", "train");
        how.put("answers", train.size());
        how.set("sources", MAPPER.valueToTree(train.stream().map(Corpus.Item::source).distinct().sorted().toList()));
        how.put("penalty", bestPenalty);
        how.set("crossValidatedQwkByPenalty", MAPPER.valueToTree(cvByPenalty));
        if (!featureSets.isEmpty()) {
            how.set("crossValidatedQwkByFeatureSet", featureSets);
        }
        how.put("method", "L2-penalised maximum likelihood (OrdinalFit); penalty chosen by 5-fold cross-validation on the"
                + " train split, caps applied");
        model.set("fitted", how);
        Files.writeString(RUBRIC, MAPPER.writeValueAsString(doc) + "\n", StandardCharsets.UTF_8);
        System.out.printf("fitted on %d train answers, penalty %s, cross-validated QWK %.3f%n", train.size(), bestPenalty, best);
        printBreakdown(train, bestPredicted);
    }

    /** One feature set's best penalty by 5-fold cross-validation, with its predictions. */
    record Selection(List<String> names, double penalty, double qwk, int[] predicted, Map<String, Double> byPenalty) {
    }

    static Selection select(List<Corpus.Item> train, int[] ratings, List<String> names, ClaimsRubric rubric,
                            List<Map<String, Double>> features) {
        double[][] x = matrix(features, names);
        Selection best = null;
        Map<String, Double> byPenalty = new LinkedHashMap<>();
        for (double penalty : PENALTIES) {
            int[] predicted = crossValidate(train, x, ratings, names, penalty, rubric, features);
            double qwk = Agreement.of(predicted, ratings, 1, 5).quadraticWeightedKappa();
            byPenalty.put(String.valueOf(penalty), round3(qwk));
            if (best == null || qwk > best.qwk()) {
                best = new Selection(names, penalty, qwk, predicted, byPenalty);
            }
        }
        return best;
    }

    /** The standard error of a QWK over answers, from 1,000 bootstrap resamples (fixed seed: reproducible). */
    static double bootstrapStandardError(int[] predicted, int[] ratings) {
        java.util.Random random = new java.util.Random(1);
        int n = predicted.length;
        double sum = 0;
        double sumSq = 0;
        int rounds = 1000;
        for (int r = 0; r < rounds; r++) {
            int[] p = new int[n];
            int[] y = new int[n];
            for (int i = 0; i < n; i++) {
                int k = random.nextInt(n);
                p[i] = predicted[k];
                y[i] = ratings[k];
            }
            double q = Agreement.of(p, y, 1, 5).quadraticWeightedKappa();
            sum += q;
            sumSq += q * q;
        }
        double mean = sum / rounds;
        return Math.sqrt(Math.max(0, sumSq / rounds - mean * mean));
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** Cross-validated agreement by language and by source, to see where the reading falls short. */
    private static void printBreakdown(List<Corpus.Item> train, int[] predicted) {
        Map<String, List<Integer>> groups = new java.util.TreeMap<>();
        for (int i = 0; i < train.size(); i++) {
            groups.computeIfAbsent("language " + train.get(i).language(), k -> new ArrayList<>()).add(i);
            groups.computeIfAbsent("source " + train.get(i).source(), k -> new ArrayList<>()).add(i);
        }
        groups.forEach((group, idx) -> {
            int[] p = idx.stream().mapToInt(i -> predicted[i]).toArray();
            int[] y = idx.stream().mapToInt(i -> train.get(i).tier()).toArray();
            Agreement a = Agreement.of(p, y, 1, 5);
            System.out.printf("  %-20s n=%3d QWK %.3f exact %.2f%n", group, idx.size(), a.quadraticWeightedKappa(), a.exactAgreement());
        });
    }

    /** The rating model's features of each answer, read as the generic role (empty for unscored languages). */
    public static List<Map<String, Double>> features(ClaimsEngine engine, List<Corpus.Item> items) {
        var generic = RoleMatcher.loadDefault().generic();
        List<Map<String, Double>> features = new ArrayList<>();
        for (Corpus.Item item : items) {
            ClaimsEngine.Assessment a = engine.assess(item.answer(), generic);
            features.add(a == null ? Map.of() : a.features());
        }
        return features;
    }

    /** Sets every resource's hash to the hash of its current content. */
    static void bindResources(ObjectNode doc) {
        ObjectNode resources = (ObjectNode) doc.get("resources");
        resources.get("languages").forEach(b -> rebind((ObjectNode) b));
        rebind((ObjectNode) resources.get("venues"));
        rebind((ObjectNode) resources.get("recognisedLanguages"));
        if (resources.hasNonNull("textModel")) {
            ObjectNode text = (ObjectNode) resources.get("textModel");
            text.put("sha256", Resources.sha256(readFile(text.get("path").asText())));
        }
    }

    private static void rebind(ObjectNode bound) {
        bound.put("sha256", Resources.sha256(new String(readFile(bound.get("path").asText()), StandardCharsets.UTF_8)));
    }

    private static byte[] readFile(String resource) {
        try {
            return Files.readAllBytes(RESOURCES.resolve(resource));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static double[][] matrix(List<Map<String, Double>> features, List<String> names) {
        double[][] x = new double[features.size()][names.size()];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < names.size(); j++) {
                x[i][j] = features.get(i).getOrDefault(names.get(j), 0.0);
            }
        }
        return x;
    }

    /** 5-fold cross-validated QWK on the train split, folds by a hash of the answer id, caps applied. */
    static int[] crossValidate(List<Corpus.Item> train, double[][] x, int[] y, List<String> names, double penalty,
                                ClaimsRubric rubric, List<Map<String, Double>> features) {
        int[] predicted = new int[y.length];
        for (int fold = 0; fold < 5; fold++) {
            List<Integer> fit = new ArrayList<>();
            List<Integer> held = new ArrayList<>();
            for (int i = 0; i < y.length; i++) {
                (fold(train.get(i).id()) == fold ? held : fit).add(i);
            }
            double[][] xf = new double[fit.size()][];
            int[] yf = new int[fit.size()];
            for (int k = 0; k < fit.size(); k++) {
                xf[k] = x[fit.get(k)];
                yf[k] = y[fit.get(k)];
            }
            OrdinalModel m = OrdinalFit.fit(names, xf, yf, penalty);
            for (int i : held) {
                predicted[i] = capped(rubric, features.get(i), OrdinalModel.mostLikely(m.probabilities(features.get(i))));
            }
        }
        return predicted;
    }

    static int fold(String id) {
        return Math.floorMod(id.hashCode(), 5);
    }

    static int capped(ClaimsRubric rubric, Map<String, Double> f, int rating) {
        int min = 1;
        int max = 5;
        for (ClaimsRubric.Rule r : rubric.rules()) {
            if (r.applies(f)) {
                max = r.maxRating() != null ? Math.min(max, r.maxRating()) : max;
                min = r.minRating() != null ? Math.max(min, r.minRating()) : min;
            }
        }
        return Math.max(min, Math.min(max, rating));
    }
}
