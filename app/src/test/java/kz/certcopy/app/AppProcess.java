package kz.certcopy.app;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The packaged jar started as its own process on a free port, with the demo profile and its own data dir. */
final class AppProcess {

    static final Path JAR = Path.of("target/certcopy-app.jar");

    final Path dataDir;
    final int port;
    private Process process;

    AppProcess(Path dataDir) throws IOException {
        this.dataDir = dataDir.toAbsolutePath();
        this.port = freePort();
    }

    /** Starts the jar and waits until it serves requests; its console goes to {@code log}. */
    void start(Path log) throws Exception {
        Files.createDirectories(dataDir);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-jar", JAR.toAbsolutePath().toString(),
                "--server.port=" + port, "--certcopy.data-dir=" + dataDir, "--spring.profiles.active=demo"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            if (!p.isAlive()) {
                throw new AssertionError("application exited: " + Files.readString(log));
            }
            if (Files.readString(log).contains("Started CertCopyApplication")) {
                process = p;
                return;
            }
            Thread.sleep(200);
        }
        p.destroyForcibly();
        throw new AssertionError("application did not start in time: " + Files.readString(log));
    }

    /** SIGKILL: no shutdown hooks run; the embedded PostgreSQL is left running, orphaned. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM: an orderly shutdown. Returns the exit code. */
    int stop() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return process == null ? 0 : process.exitValue();
        }
        process.destroy();
        return process.waitFor();
    }

    String base() {
        return "http://localhost:" + port;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
