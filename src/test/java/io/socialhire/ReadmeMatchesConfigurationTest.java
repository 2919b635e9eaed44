package io.socialhire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.ConfigMappingInterface.Property;
import io.smallrye.config.ConfigMappings;
import io.smallrye.config.ConfigMappings.ConfigClass;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.socialhire.common.SocialhireConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's Configuration table is what operators read; SocialhireConfig is what the service
 * reads. Every key of the one must be in the other, with the same environment variable and default.
 */
class ReadmeMatchesConfigurationTest {

    private static final String UNSET = "unset";
    /** A table row whose first cell is one socialhire key: key, environment variable, default, meaning. */
    private static final Pattern ROW = Pattern.compile(
            "\\| `(" + SocialhireConfig.PREFIX + "\\.[^`]+)` \\| ([^|]*) \\| ([^|]*) \\|.*");

    /** Every leaf key of the mapping and its default (null: none). */
    private static Map<String, String> declared() {
        Map<String, String> keys = new TreeMap<>();
        ConfigMappings.getProperties(ConfigClass.configClass(SocialhireConfig.class)).forEach((key, property) -> {
            if (!property.isGroup()) {
                keys.put(key.replace("[*]", ""), defaultOf(property)); // a list is one key, comma-separated
            }
        });
        return keys;
    }

    private static String defaultOf(Property property) {
        if (property.isPrimitive()) {
            return property.asPrimitive().hasDefaultValue() ? property.asPrimitive().getDefaultValue() : null;
        }
        return property.hasDefaultValue() ? property.getDefaultValue() : null;
    }

    /** The socialhire rows of the README's Configuration section: key to {environment variable, default}. */
    private static Map<String, List<String>> documented(List<String> failures) throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("\n## Configuration\n");
        assertThat(start).as("the README's Configuration section").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        Map<String, List<String>> rows = new TreeMap<>();
        for (String line : readme.substring(start, end < 0 ? readme.length() : end).split("\n")) {
            if (!line.startsWith("| `" + SocialhireConfig.PREFIX + ".")) {
                continue;
            }
            Matcher row = ROW.matcher(line);
            if (!row.matches()) {
                failures.add("README row is not `key` | `ENV_VAR` | `default` or unset | meaning: " + line);
                continue;
            }
            if (rows.put(row.group(1), List.of(row.group(2).strip(), row.group(3).strip())) != null) {
                failures.add(row.group(1) + ": listed twice in the README");
            }
        }
        return rows;
    }

    /** The environment variable SmallRye Config maps to a key: capitals, anything but letters and digits as _. */
    private static String environmentVariable(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    @Test
    void theReadmeListsEveryKeyWithItsEnvironmentVariableAndDefault() throws IOException {
        List<String> failures = new ArrayList<>();
        Map<String, String> declared = declared();
        Map<String, List<String>> documented = documented(failures);
        assertThat(declared).as("keys read from SocialhireConfig").isNotEmpty();

        declared.forEach((key, value) -> {
            List<String> row = documented.get(key);
            if (row == null) {
                failures.add(key + ": declared in SocialhireConfig but missing from the README's Configuration table");
                return;
            }
            String env = "`" + environmentVariable(key) + "`";
            if (!row.get(0).equals(env)) {
                failures.add(key + ": the README gives the environment variable " + row.get(0) + ", it is " + env);
            }
            String expected = value == null ? UNSET : "`" + value + "`";
            if (!row.get(1).equals(expected)) {
                failures.add(key + ": the README gives the default " + row.get(1) + ", SocialhireConfig has " + expected);
            }
        });
        documented.keySet().stream().filter(key -> !declared.containsKey(key))
                .forEach(key -> failures.add(key + ": listed in the README but SocialhireConfig declares no such key"));

        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    /** Defaults live in the mapping (and so in the README); application.properties only overrides them per profile. */
    @Test
    void applicationPropertiesSetsSocialhireKeysOnlyPerProfile() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        assertThat(properties.stringPropertyNames()).as("application.properties keys").isNotEmpty()
                .filteredOn(key -> key.startsWith(SocialhireConfig.PREFIX + "."))
                .as("socialhire keys application.properties sets for every profile; give the default in SocialhireConfig instead")
                .isEmpty();
    }

    @Test
    void aSocialhireKeyTheMappingDoesNotDeclareIsRefused() {
        assertThatThrownBy(() -> config(Map.of("socialhire.rate-limit.capasity", "5")))
                .hasMessageContaining("socialhire.rate-limit.capasity");
    }

    @Test
    void environmentVariablesReachTheirKeysAndUnrelatedOnesAreIgnored() {
        // The HTTP benchmark's own SOCIALHIRE_API_KEY is in the application's environment too.
        SmallRyeConfig config = builder().withSources(new EnvConfigSource(Map.of(
                "SOCIALHIRE_RATE_LIMIT_REFILL_PER_SECOND", "7", "SOCIALHIRE_API_KEY", "shk_benchmrk_x"), 300)).build();
        assertThat(config.getConfigMapping(SocialhireConfig.class).rateLimit().refillPerSecond()).isEqualTo(7);
    }

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        SocialhireConfig defaults = config(Map.of()).getConfigMapping(SocialhireConfig.class);
        assertThat(defaults.publicBaseUrl()).isEqualTo("http://localhost:8080");
        assertThat(defaults.security().bootstrapAdminKey()).isEmpty();
        assertThat(defaults.authThrottle().window()).hasSeconds(60);
        assertThat(defaults.embeddedDb().dataDir()).isEqualTo("data/pg");
    }

    private static SmallRyeConfig config(Map<String, String> properties) {
        return builder().withSources(new PropertiesConfigSource(properties, "test", 250)).build();
    }

    /** The mapping alone, with Quarkus' duration format ("60s"). */
    private static SmallRyeConfigBuilder builder() {
        return new SmallRyeConfigBuilder().withMapping(SocialhireConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter());
    }
}
