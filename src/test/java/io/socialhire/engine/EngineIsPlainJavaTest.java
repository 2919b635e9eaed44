package io.socialhire.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Everything in the engine package and below is plain Java, so it can be tested and benchmarked alone: it imports
 * no framework and no other feature of the service.
 */
class EngineIsPlainJavaTest {
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)", Pattern.MULTILINE);

    @Test
    void engineImportsOnlyTheJdkTextLibrariesAndItself() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/io/socialhire/engine"))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertThat(sources).hasSizeGreaterThan(10);
        for (Path source : sources) {
            Matcher m = IMPORT.matcher(Files.readString(source));
            while (m.find()) {
                String imported = m.group(1);
                assertThat(imported).as(source + " imports " + imported)
                        .matches("(java|javax\\.annotation|io\\.socialhire\\.engine|com\\.fasterxml\\.jackson|org\\.tartarus"
                                + "|org\\.apache\\.lucene|org\\.apache\\.commons\\.math3)\\..*")
                        .doesNotStartWith("io.quarkus").doesNotStartWith("jakarta.").doesNotStartWith("org.hibernate");
            }
        }
    }
}
