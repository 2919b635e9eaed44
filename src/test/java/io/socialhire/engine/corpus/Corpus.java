package io.socialhire.engine.corpus;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.socialhire.engine.Resources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The project's labelled corpus ({@code corpus/answers.json}) and the external calibration set. */
public final class Corpus {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    /**
     * The sources participation v2 was fitted and measured on. Its file is published and cannot change, so the sources
     * written after it (wh, wi, wj) are answers it has never seen: they measure how it holds on new writers.
     */
    public static final List<String> VERSION_2_SOURCES = List.of("t", "wa", "wb", "wc", "wd", "we", "wf", "wg");
    /** Where CI and a developer's checkout find the external calibration set: beside the repository. */
    public static final Path CALIBRATION = Path.of("../shared/calibration/dev.json");

    public record Channel(String platform, String handleOrUrl, String role, String frequency) {
    }

    public record Item(String id, String source, String split, String language, String role, String form,
                       List<String> tags, List<Channel> declaredChannels, String answer, int writerTier, int raterTier,
                       Integer tieBreakTier, int tier) {
        public boolean test() {
            return "test".equals(split);
        }
    }

    /** An answer of the calibration set: the fields this project reads. */
    public record External(String id, String role, String language, List<ExternalChannel> declared_channels,
                           String answer, int tier) {
    }

    public record ExternalChannel(String platform, String handle_or_url, String role_in_community, String frequency) {
    }

    private Corpus() {
    }

    public static List<Item> all() {
        try {
            return MAPPER.readValue(Resources.read("corpus/answers.json"), new TypeReference<List<Item>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Item> train() {
        return all().stream().filter(i -> !i.test()).toList();
    }

    public static List<Item> test() {
        return all().stream().filter(Item::test).toList();
    }

    /** The external calibration set, or an empty list where it is not beside the repository. */
    public static List<External> calibration() {
        if (!Files.isRegularFile(CALIBRATION)) {
            return List.of();
        }
        try {
            return MAPPER.readValue(CALIBRATION.toFile(), new TypeReference<List<External>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
