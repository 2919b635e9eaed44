package io.socialhire.db;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A PostgreSQL the test can stop and start again on the same port and data, to take the
 * database away from a running application.
 */
public class RestartablePostgres implements QuarkusTestResourceLifecycleManager {

    static volatile RestartablePostgres current;

    private EmbeddedPostgres server;
    private Path dataDir;
    private int port;
    private String postgresBinary;
    private Process restarted;

    @Override
    public Map<String, String> start() {
        try {
            dataDir = Files.createTempDirectory("socialhire-outage");
            server = EmbeddedPostgres.builder().setDataDirectory(dataDir.toFile()).setCleanDataDirectory(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        port = server.getPort();
        postgresBinary = ProcessHandle.of(postmasterPid()).flatMap(p -> p.info().command()).orElseThrow();
        current = this;
        return Map.of("quarkus.datasource.jdbc.url", url(),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    String url() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    /** Fast shutdown: open sessions are cut, as when a database server goes away. */
    void takeDown() throws Exception {
        long pid = postmasterPid();
        new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
        Instant deadline = Instant.now().plusSeconds(30);
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("PostgreSQL did not stop");
            }
            Thread.sleep(100);
        }
    }

    void startAgain() throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(postgresBinary, "-D", dataDir.toString(), "-p", Integer.toString(port),
                "-c", "listen_addresses=localhost", "-c", "unix_socket_directories=" + dataDir));
        if ("root".equals(System.getProperty("user.name"))) {
            // PostgreSQL refuses to run as root; like the embedded launcher, drop to an unprivileged user namespace.
            command.addAll(0, List.of("unshare", "-U"));
        }
        restarted = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(dataDir.resolve("restart.log").toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            try (Connection c = DriverManager.getConnection(url(), "postgres", "postgres")) {
                return;
            } catch (SQLException notYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("PostgreSQL did not come back", notYet);
                }
                Thread.sleep(200);
            }
        }
    }

    private long postmasterPid() {
        try {
            return Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        try {
            if (restarted != null) {
                restarted.destroy(); // SIGTERM: smart shutdown once the application has gone
                restarted.waitFor();
            } else {
                server.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
