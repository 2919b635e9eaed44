package io.socialhire.db;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;
import io.socialhire.common.SocialhireConfig;
import io.socialhire.common.SocialhireConfig.EmbeddedDb;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies the datasource settings of the embedded PostgreSQL when no external database is
 * configured. Runs while Quarkus builds its runtime configuration; it never starts a server while
 * the application is being built (augmentation), so packaging needs no database.
 */
public class EmbeddedDatabaseConfigSourceFactory implements ConfigSourceFactory {

    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    // Declared, documented and validated by SocialhireConfig.EmbeddedDb; read here by name because
    // this runs before the mapping exists.
    private static final String EMBEDDED_DB = SocialhireConfig.PREFIX + "." + EmbeddedDb.NAME + ".";
    static final String ENABLED = EMBEDDED_DB + EmbeddedDb.ENABLED;
    static final String DATA_DIR = EMBEDDED_DB + EmbeddedDb.DATA_DIR;
    static final String PERSISTENT = EMBEDDED_DB + EmbeddedDb.PERSISTENT;
    static final String POOL_MAX_SIZE = "quarkus.datasource.jdbc.max-size";
    static final String WORKER_THREADS = "quarkus.thread-pool.max-threads";
    /** Connections per instance to an external server (the Quarkus default, 50, is more than most servers want per client). */
    static final int EXTERNAL_POOL_MAX_SIZE = 20;

    /** Below application.properties (250) and the environment (300): anything the user sets wins. */
    private static final int ORDINAL = 200;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (isBuildTime()) {
            return List.of();
        }
        if (isSet(context.getValue(JDBC_URL))) {
            return List.of(source("socialhire external PostgreSQL", Map.of(POOL_MAX_SIZE, String.valueOf(EXTERNAL_POOL_MAX_SIZE))));
        }
        if (!Boolean.parseBoolean(valueOr(context.getValue(ENABLED), EmbeddedDb.ENABLED_DEFAULT))) {
            throw new IllegalStateException("No database configured: the embedded PostgreSQL is disabled ("
                    + ENABLED + "=false) and " + JDBC_URL + " is not set. Set QUARKUS_DATASOURCE_JDBC_URL,"
                    + " QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD, or enable the embedded database.");
        }
        boolean persistent = Boolean.parseBoolean(valueOr(context.getValue(PERSISTENT), EmbeddedDb.PERSISTENT_DEFAULT));
        Path dataDir = persistent ? Path.of(valueOr(context.getValue(DATA_DIR), EmbeddedDb.DATA_DIR_DEFAULT)) : null;
        String url = EmbeddedDatabase.server(dataDir).jdbcUrl();
        int cpus = Runtime.getRuntime().availableProcessors();
        // Two roles: the owner migrates the schema; the pool connects as a role with data rights only.
        return List.of(source("socialhire embedded PostgreSQL", Map.of(
                JDBC_URL, url,
                "quarkus.datasource.username", EmbeddedServer.APP_ROLE,
                "quarkus.datasource.password", EmbeddedServer.APP_PASSWORD,
                "quarkus.flyway.jdbc-url", url,
                "quarkus.flyway.username", EmbeddedServer.OWNER,
                "quarkus.flyway.password", EmbeddedServer.OWNER_PASSWORD,
                POOL_MAX_SIZE, String.valueOf(poolMaxSize(cpus)),
                WORKER_THREADS, String.valueOf(workerThreads(cpus)))));
    }

    private static ConfigSource source(String name, Map<String, String> values) {
        return new MapBackedConfigSource(name, values, ORDINAL) {
        };
    }

    /**
     * The embedded server runs its queries on the application's own CPUs, so connections beyond
     * the CPU count only make backends and request threads preempt each other: on 2 CPUs under
     * load, 20 connections served 650 list pages/s (p99 210 ms), 3 connections 965/s (p99 90 ms).
     * An external server has CPUs of its own and gets {@link #EXTERNAL_POOL_MAX_SIZE}.
     */
    static int poolMaxSize(int cpus) {
        return Math.max(2, cpus + 1);
    }

    /**
     * Worker threads for blocking requests, when the database shares the CPUs too. With the
     * Quarkus default (200), 32 concurrent list requests on 2 CPUs ran as 32 threads taking turns
     * on the CPUs, each finishing late: p99 75-81 ms. With 8, the others wait in the executor's
     * FIFO queue and each runs to completion: the same 1,000 pages/s with p99 49 ms, and 10-17 %
     * more GET /candidates/{id}. HTTP/1.1 bodies are read before a worker is taken (HttpFilters),
     * so a slow client does not hold one; a worker blocks only on the database, whose pool is
     * smaller still.
     */
    static int workerThreads(int cpus) {
        return Math.max(8, 4 * cpus);
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    /**
     * Quarkus also assembles configuration while it augments the application (mvn package, the
     * test launcher's build step); the augmentor is on the stack then and no database is wanted.
     */
    static boolean isBuildTime() {
        return StackWalker.getInstance().walk(frames -> frames.anyMatch(f -> {
            String name = f.getClassName();
            return name.startsWith("io.quarkus.deployment.QuarkusAugmentor")
                    || name.startsWith("io.quarkus.deployment.configuration.BuildTimeConfigurationReader")
                    || name.startsWith("io.quarkus.deployment.ExtensionLoader");
        }));
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }

    private static String valueOr(ConfigValue value, String fallback) {
        return isSet(value) ? value.getValue().trim() : fallback;
    }
}
