package io.socialhire.db;

import java.nio.file.Path;

/**
 * The PostgreSQL server the application starts itself when no external database is configured.
 * One per JVM: dev-mode restarts and repeated test launches reuse it. It is watched and started
 * again on the same port when it dies, so the connection pool reconnects as it would to an
 * external server that came back.
 */
public final class EmbeddedDatabase {

    private static EmbeddedServer running;
    private static int starts;

    private EmbeddedDatabase() {
    }

    /**
     * Starts the server once and returns it.
     *
     * @param dataDirectory where to keep data across restarts, or null for a throwaway instance
     */
    public static synchronized EmbeddedServer server(Path dataDirectory) {
        if (running == null) {
            running = EmbeddedServer.start(dataDirectory);
            starts++;
            EmbeddedServer server = running;
            server.watch();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-postgres-stop"));
        }
        return running;
    }

    /** The server this JVM started, if any. */
    public static synchronized EmbeddedServer current() {
        return running;
    }

    /** How many times this JVM started an embedded server (0 when an external database is used). */
    public static synchronized int starts() {
        return starts;
    }
}
