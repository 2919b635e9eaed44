package io.socialhire.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The engine stays free of framework imports so it can be tested and benchmarked alone. */
class EngineIsPlainJavaTest {

    @Test
    void engineAndCatalogImportNoFramework() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Stream.concat(
                Files.list(Path.of("src/main/java/io/socialhire/scoring")),
                Files.list(Path.of("src/main/java/io/socialhire/platform")))) {
            sources = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.getFileName().toString().matches("Platform(Resource|View|CatalogProducer)\\.java"))
                    .toList();
        }
        assertThat(sources).hasSizeGreaterThan(10);
        for (Path source : sources) {
            assertThat(Files.readString(source))
                    .as(source.toString())
                    .doesNotContain("import io.quarkus", "import jakarta.", "import org.hibernate", "import org.eclipse.microprofile");
        }
    }
}
