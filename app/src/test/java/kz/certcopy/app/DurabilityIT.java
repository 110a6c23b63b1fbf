package kz.certcopy.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged jar as a separate process: a request acknowledged with 201 survives kill -9, the first start
 * prints the admin password once, and a normal stop shuts the embedded PostgreSQL down cleanly.
 */
class DurabilityIT {

    static final Path JAR = Path.of("target/certcopy-app.jar");
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String AUTH = "Basic " + Base64.getEncoder()
            .encodeToString("almaty.clerk1:demo-pass-2026".getBytes(StandardCharsets.UTF_8));

    final Path dataDir = Path.of("target/it-data", UUID.randomUUID().toString()).toAbsolutePath();
    Process app;

    @AfterEach
    void stop() throws Exception {
        if (app != null && app.isAlive()) {
            app.destroy();
            app.waitFor();
        }
    }

    @Test
    void acknowledgedRequestSurvivesKillMinus9() throws Exception {
        assertThat(JAR).exists();
        int port = freePort();
        Path log1 = dataDir.resolveSibling(dataDir.getFileName() + "-1.log");
        app = start(port, log1);
        String first = Files.readString(log1);
        assertThat(first).contains("username: admin").containsPattern("password: [A-Za-z0-9]{20}");

        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(base(port) + "/api/v1/requests"))
                .header("Authorization", AUTH).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"applicant": {"iin": "850312300121", "fullName": "Сәрсенбаева Әйгерім"},
                         "originals": [{"kind": "Диплом"}]}""")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();

        app.destroyForcibly(); // SIGKILL: no shutdown hooks, the embedded PostgreSQL is left running orphaned
        app.waitFor();

        Path log2 = dataDir.resolveSibling(dataDir.getFileName() + "-2.log");
        app = start(port, log2);
        HttpResponse<String> read = HTTP.send(HttpRequest.newBuilder(URI.create(base(port) + location))
                .header("Authorization", AUTH).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("850312300121").contains("Диплом");
        assertThat(Files.readString(log2)).doesNotContain("username: admin");

        app.destroy(); // SIGTERM: orderly shutdown, PostgreSQL stopped with it
        assertThat(app.waitFor()).isIn(0, 143);
        app = null;
        assertThat(dataDir.resolve("pg/postmaster.pid")).doesNotExist();
        // personal data stays out of the console log
        assertThat(Files.readString(log1) + Files.readString(log2)).doesNotContain("850312300121")
                .doesNotContain("Сәрсенбаева");
    }

    Process start(int port, Path log) throws Exception {
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
                return p;
            }
            Thread.sleep(200);
        }
        p.destroyForcibly();
        throw new AssertionError("application did not start in time: " + Files.readString(log));
    }

    static String base(int port) {
        return "http://localhost:" + port;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
