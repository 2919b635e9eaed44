package io.socialhire.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server's own lifecycle: durable settings, a crash under it, an orphan left by a killed application. */
class EmbeddedServerTest {

    @TempDir
    Path temp;

    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void stopEverything() throws Exception {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
    }

    private EmbeddedServer started(Path dataDir) {
        EmbeddedServer server = EmbeddedServer.start(dataDir);
        toClose.add(server);
        return server;
    }

    private static Connection connect(EmbeddedServer server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), EmbeddedServer.OWNER, EmbeddedServer.OWNER_PASSWORD);
    }

    private static String show(Statement s, String setting) throws SQLException {
        try (ResultSet r = s.executeQuery("SHOW " + setting)) {
            r.next();
            return r.getString(1);
        }
    }

    @Test
    void aPersistentServerAcknowledgesACommitOnlyOnceItIsOnDisk() throws SQLException {
        EmbeddedServer server = started(temp.resolve("pg"));
        try (Connection c = connect(server); Statement s = c.createStatement()) {
            assertThat(show(s, "synchronous_commit")).isEqualTo("on");
            assertThat(show(s, "fsync")).isEqualTo("on");
            assertThat(show(s, "full_page_writes")).isEqualTo("on");
        }
        assertThat(EmbeddedServer.settings(true)).containsEntry("fsync", "off").containsEntry("synchronous_commit", "on");
    }

    @Test
    void everyCommittedRowSurvivesAKillOfAllPostgresProcessesAndTheServerComesBackOnItsPort() throws Exception {
        EmbeddedServer server = started(temp.resolve("pg"));
        server.watch();
        int port = server.port();
        int committed = 0;
        try (Connection c = connect(server); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE acked (n int PRIMARY KEY)");
            for (int i = 0; i < 300; i++) {
                s.executeUpdate("INSERT INTO acked VALUES (" + i + ")"); // autocommit: acknowledged here
                committed++;
            }
            killAll(server.postmasterPid());
        }

        Instant killed = Instant.now();
        long rows = -1;
        while (rows < 0 && Duration.between(killed, Instant.now()).compareTo(Duration.ofSeconds(20)) < 0) {
            try (Connection c = connect(server); Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT count(*) FROM acked")) {
                r.next();
                rows = r.getLong(1);
            } catch (SQLException notYet) {
                Thread.sleep(100);
            }
        }
        assertThat(rows).as("rows after the crash (server back within 20 s)").isEqualTo(committed);
        assertThat(server.port()).isEqualTo(port);
        assertThat(server.restarts()).isEqualTo(1);
    }

    @Test
    void aStartStopsThePostgresAKilledApplicationLeftOnTheDataDirectoryAndStartsAtOnce() throws Exception {
        Path dataDir = temp.resolve("pg");
        EmbeddedServer first = EmbeddedServer.start(dataDir);
        String postgres = ProcessHandle.of(first.postmasterPid()).flatMap(p -> p.info().command()).orElseThrow();
        int port = first.port();
        try (Connection c = connect(first); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (n int)");
            s.execute("INSERT INTO kept VALUES (1)");
        }
        first.close();
        // The server an application leaves behind when it is killed: running, its process not ours to track.
        Process orphan = startOrphan(postgres, dataDir, port);
        awaitAccepting(port);

        Instant began = Instant.now();
        EmbeddedServer second = started(dataDir);
        assertThat(Duration.between(began, Instant.now())).isLessThan(Duration.ofSeconds(20));
        assertThat(orphan.isAlive()).isFalse();
        try (Connection c = connect(second); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM kept")) {
            r.next();
            assertThat(r.getLong(1)).isEqualTo(1);
        }
    }

    @Test
    void aStalePostmasterPidDoesNotStopAStart() throws IOException {
        Path dataDir = temp.resolve("pg");
        EmbeddedServer.start(dataDir).close();
        // A pid that is no postgres of this directory (this JVM's own) in a leftover postmaster.pid.
        Files.writeString(dataDir.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + dataDir + "\n");
        EmbeddedServer again = started(dataDir);
        assertThat(EmbeddedServer.isAlive(again.postmasterPid())).isTrue();
        assertThat(ProcessHandle.current().isAlive()).isTrue();
    }

    private static void killAll(long postmaster) {
        ProcessHandle master = ProcessHandle.of(postmaster).orElseThrow();
        List<ProcessHandle> all = new ArrayList<>(master.children().toList());
        all.add(0, master);
        all.forEach(ProcessHandle::destroyForcibly);
    }

    private Process startOrphan(String postgres, Path dataDir, int port) throws IOException {
        List<String> command = new ArrayList<>(List.of(postgres, "-D", dataDir.toString(), "-p", Integer.toString(port),
                "-c", "listen_addresses=localhost"));
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(0, List.of("unshare", "-U")); // PostgreSQL refuses to run as root
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temp.resolve("orphan.log").toFile()).start();
        toClose.add(() -> {
            Stream.concat(Stream.of(p.toHandle()), p.descendants()).forEach(ProcessHandle::destroyForcibly);
            p.waitFor();
        });
        return p;
    }

    private static void awaitAccepting(int port) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres",
                    EmbeddedServer.OWNER, EmbeddedServer.OWNER_PASSWORD)) {
                return;
            } catch (SQLException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("the orphan PostgreSQL did not start");
    }
}
