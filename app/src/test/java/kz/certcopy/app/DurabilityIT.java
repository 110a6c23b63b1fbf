package kz.certcopy.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged jar as a separate process: a request acknowledged with 201 survives kill -9, the first start
 * prints the admin password once, and a normal stop shuts the embedded PostgreSQL down cleanly.
 */
class DurabilityIT {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String AUTH = "Basic " + Base64.getEncoder()
            .encodeToString("almaty.clerk1:demo-pass-2026".getBytes(StandardCharsets.UTF_8));

    final Path runDir = Path.of("target/it-data", UUID.randomUUID().toString()).toAbsolutePath();
    AppProcess app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void acknowledgedRequestSurvivesKillMinus9() throws Exception {
        assertThat(AppProcess.JAR).exists();
        app = new AppProcess(runDir.resolve("data"));
        Path log1 = runDir.resolve("first.log");
        Files.createDirectories(runDir);
        app.start(log1);
        assertThat(Files.readString(log1)).contains("username: admin").containsPattern("password: [A-Za-z0-9]{20}");

        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(app.base() + "/api/v1/requests"))
                .header("Authorization", AUTH).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"applicant": {"iin": "850312300121", "fullName": "Сәрсенбаева Әйгерім"},
                         "originals": [{"kind": "Диплом"}]}""")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();

        app.kill();

        Path log2 = runDir.resolve("second.log");
        app.start(log2);
        HttpResponse<String> read = HTTP.send(HttpRequest.newBuilder(URI.create(app.base() + location))
                .header("Authorization", AUTH).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("850312300121").contains("Диплом");
        assertThat(Files.readString(log2)).doesNotContain("username: admin");

        assertThat(app.stop()).isIn(0, 143);
        assertThat(app.dataDir.resolve("pg/postmaster.pid")).doesNotExist();
        // personal data stays out of the console log
        assertThat(Files.readString(log1) + Files.readString(log2)).doesNotContain("850312300121")
                .doesNotContain("Сәрсенбаева");
    }
}
