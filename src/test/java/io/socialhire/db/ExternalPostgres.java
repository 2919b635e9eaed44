package io.socialhire.db;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A PostgreSQL the application does not own, standing in for an external server: the test hands
 * the application only its URL, as an operator would.
 */
public class ExternalPostgres implements QuarkusTestResourceLifecycleManager {

    static volatile String url;
    static volatile int embeddedStartsBefore;
    private EmbeddedPostgres server;

    @Override
    public Map<String, String> start() {
        try {
            server = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        url = server.getJdbcUrl("postgres", "postgres");
        embeddedStartsBefore = EmbeddedDatabase.starts();
        return Map.of("quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                // Proves the URL alone decides: the embedded database would fail to start here.
                "socialhire.embedded-db.data-dir", "/proc/not-writable");
    }

    @Override
    public void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
