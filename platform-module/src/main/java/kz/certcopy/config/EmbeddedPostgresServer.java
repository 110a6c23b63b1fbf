package kz.certcopy.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL 14 run from the application's data dir ({@code <data-dir>/pg}), kept across restarts. If the previous
 * run was killed (kill -9), its postmaster may still hold the directory: it is asked to shut down (SIGTERM, a
 * "smart" shutdown that completes once the dead JVM's sessions are gone) before a new one starts.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedPostgresServer start(Path dataDir) throws IOException {
        Path pgDir = dataDir.resolve("pg").toAbsolutePath();
        Files.createDirectories(pgDir);
        stopStalePostmaster(pgDir);
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(pgDir)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                // durability over speed: a 201 must survive a crash
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("timezone", "UTC")
                .start();
        log.info("Embedded PostgreSQL started on port {} with data in {}", pg.getPort(), pgDir);
        return new EmbeddedPostgresServer(pg);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    public String username() {
        return "postgres";
    }

    @Override
    public void close() throws IOException {
        postgres.close();
        log.info("Embedded PostgreSQL stopped");
    }

    static void stopStalePostmaster(Path pgDir) {
        Path pidFile = pgDir.resolve("postmaster.pid");
        Optional<ProcessHandle> stale = readPid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (stale.isEmpty()) {
            return;
        }
        ProcessHandle p = stale.get();
        log.warn("A PostgreSQL left over from a previous run (pid {}) holds the data dir; shutting it down", p.pid());
        p.destroy();
        try {
            p.onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            log.warn("Left-over PostgreSQL did not stop in time; killing it (WAL recovery will follow)");
            p.destroyForcibly();
        }
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
