package io.socialhire.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.POST;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every POST of the API accepts Idempotency-Key: a new POST without @Idempotent fails here. */
class EveryPostIsIdempotentTest {

    @Test
    void everyPostResourceMethodIsIdempotent() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target/classes");
        List<String> posts = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve("io/socialhire"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name);
                jakarta.ws.rs.Path path = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (path != null && !path.value().startsWith("/api/")) {
                    continue; // a page's form, not the API: no API key, so no Idempotency-Key to honour
                }
                for (Method m : type.getDeclaredMethods()) {
                    if (m.isAnnotationPresent(POST.class)) {
                        posts.add(name + "#" + m.getName());
                        if (!m.isAnnotationPresent(Idempotent.class)) {
                            missing.add(name + "#" + m.getName());
                        }
                    }
                }
            }
        }
        assertThat(posts).as("POST resource methods found").hasSizeGreaterThanOrEqualTo(9);
        assertThat(missing).as("POST resource methods without @Idempotent").isEmpty();
    }
}
