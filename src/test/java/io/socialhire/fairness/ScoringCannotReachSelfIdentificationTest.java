package io.socialhire.fairness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The scoring path cannot reach self-identification: no class of the engine, of scoring or of assessments names the
 * fairness feature, its table or its columns (read from the compiled classes' constant pools, so a reference through
 * any import, field or string is found).
 */
class ScoringCannotReachSelfIdentificationTest {

    private static final List<String> SCORING_PATH = List.of("io/socialhire/engine", "io/socialhire/scoring",
            "io/socialhire/assessment/AssessmentService", "io/socialhire/assessment/AssessmentResource",
            "io/socialhire/assessment/CandidateAssessmentResource", "io/socialhire/role", "io/socialhire/rubric");
    private static final List<String> FORBIDDEN = List.of("io/socialhire/fairness", "self_identification", "race_ethnicity",
            "raceEthnicity", "SelfIdentification");

    @Test
    void noClassOnTheScoringPathNamesIt() throws IOException {
        Path classes = Path.of("target/classes");
        List<String> offenders = new ArrayList<>();
        int read = 0;
        try (Stream<Path> files = Files.walk(classes.resolve("io/socialhire"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString();
                if (SCORING_PATH.stream().noneMatch(name::startsWith)) {
                    continue;
                }
                read++;
                String pool = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                FORBIDDEN.stream().filter(pool::contains).forEach(f -> offenders.add(name + " names " + f));
            }
        }
        assertThat(read).as("classes on the scoring path").isGreaterThan(50);
        assertThat(offenders).isEmpty();
    }
}
