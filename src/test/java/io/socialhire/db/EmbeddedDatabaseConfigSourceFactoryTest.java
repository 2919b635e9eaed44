package io.socialhire.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigValue;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmbeddedDatabaseConfigSourceFactoryTest {

    private static ConfigSourceContext context(Map<String, String> values) {
        return new ConfigSourceContext() {
            @Override
            public ConfigValue getValue(String name) {
                String value = values.get(name);
                return value == null ? null : ConfigValue.builder().withName(name).withValue(value).build();
            }

            @Override
            public List<String> getProfiles() {
                return List.of();
            }

            @Override
            public Iterator<String> iterateNames() {
                return values.keySet().iterator();
            }
        };
    }

    @Test
    void configuredUrlMeansNoEmbeddedDatabase() {
        int before = EmbeddedDatabase.starts();
        var sources = new EmbeddedDatabaseConfigSourceFactory().getConfigSources(
                context(Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://db.internal:5432/socialhire")));
        assertThat(sources).singleElement().satisfies(source -> {
            assertThat(source.getPropertyNames()).containsExactly("quarkus.datasource.jdbc.max-size");
            assertThat(source.getValue("quarkus.datasource.jdbc.max-size")).isEqualTo("20");
        });
        assertThat(EmbeddedDatabase.starts()).isEqualTo(before);
    }

    @Test
    void disabledWithoutUrlFailsFastWithAClearMessage() {
        assertThatThrownBy(() -> new EmbeddedDatabaseConfigSourceFactory().getConfigSources(
                context(Map.of("socialhire.embedded-db.enabled", "false"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("QUARKUS_DATASOURCE_JDBC_URL")
                .hasMessageContaining("socialhire.embedded-db.enabled=false");
    }
}
