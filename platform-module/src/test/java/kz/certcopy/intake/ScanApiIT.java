package kz.certcopy.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import kz.certcopy.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The scan endpoints over HTTP, on the running application with real PostgreSQL and the file store. */
class ScanApiIT extends IntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path work;

    private record Part(String name, byte[] data) {
    }

    private HttpResponse<byte[]> upload(String path, String user, Part... parts) throws Exception {
        String boundary = "----certcopy" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part p : parts) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + p.name()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(p.data());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HTTP.send(request(path, user).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept-Language", "kk")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest.Builder request(String path, String user) {
        String token = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Basic " + token);
    }

    private static Part corpus(String file) throws IOException {
        return new Part(Path.of(file).getFileName().toString(), Files.readAllBytes(Corpus.file(file)));
    }

    private static JsonNode json(HttpResponse<byte[]> r) {
        return JSON.readTree(new String(r.body(), StandardCharsets.UTF_8));
    }

    @Test
    void uploadArrangePreview() throws Exception {
        String id = registerFor("950228400787");
        String base = "/api/v1/requests/" + id + "/originals/1";
        HttpResponse<byte[]> up = upload(base + "/scans", "almaty.clerk1",
                corpus("scanned/pdfbox__ccittg4multi.tif"), corpus("scanned/pdfbox__stamp.jpg"));
        assertThat(up.statusCode()).isEqualTo(201);
        JsonNode pages = json(up).path("pages");
        assertThat(pages.size()).isEqualTo(4);
        JsonNode stamp = pages.get(3);
        assertThat(stamp.path("mediaType").asString()).isEqualTo("image/jpeg");
        JsonNode small = null;
        for (JsonNode h : stamp.path("hints")) {
            small = h.path("code").asString().equals("SMALL_PAGE") ? h : small;
        }
        assertThat(small).isNotNull();
        assertThat(small.path("message").asString()).isEqualTo(Messages.of("kk").getProperty("hint.SMALL_PAGE"));

        List<String> ids = new ArrayList<>();
        pages.forEach(p -> ids.add(p.path("id").asString()));
        List<String> reversed = new ArrayList<>(ids);
        java.util.Collections.reverse(reversed);
        Response order = call("PUT", base + "/pages/order", "almaty.clerk1",
                "{\"pageIds\": [\"" + String.join("\", \"", reversed) + "\"]}");
        assertThat(order.status()).isEqualTo(200);
        assertThat(order.json().get(0).path("id").asString()).isEqualTo(reversed.get(0));
        Response turned = post(base + "/pages/" + reversed.get(0) + "/rotation", "almaty.clerk1", "{\"degrees\": 90}");
        assertThat(turned.json().get(0).path("rotation").asInt()).isEqualTo(90);
        assertThat(post(base + "/pages/" + reversed.get(0) + "/rotation", "almaty.clerk1", "{\"degrees\": 45}").code())
                .isEqualTo("ROTATION_INVALID");
        assertThat(call("DELETE", base + "/pages/" + reversed.get(1), "almaty.clerk1", null).status()).isEqualTo(204);
        assertThat(get(base + "/pages", "almaty.clerk2").json().size()).isEqualTo(3);

        HttpResponse<byte[]> thumb = HTTP.send(request(base + "/pages/" + reversed.get(0) + "/thumbnail.png",
                "almaty.clerk1").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(thumb.statusCode()).isEqualTo(200);
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(thumb.body()))).isNotNull();

        HttpResponse<Path> preview = HTTP.send(request(base + "/preview.pdf", "almaty.clerk1").build(),
                HttpResponse.BodyHandlers.ofFile(work.resolve("preview.pdf")));
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(PdfaValidation.failures(preview.body())).isEmpty();
        assertThat(Tools.run("qpdf", "--show-npages", preview.body().toString()).out().trim()).isEqualTo("3");

        // every change of the applicant's scans is in the audit trail, with the applicant reference
        List<String> actions = jdbc.sql("SELECT action || '|' || applicant_ref FROM audit_entry WHERE object_ref = ?"
                + " ORDER BY seq").param("request:" + id + "/original:1").query(String.class).list();
        assertThat(actions).containsExactly("SCANS_ADDED|950228400787", "PAGES_REORDERED|950228400787",
                "PAGE_ROTATED|950228400787", "PAGE_DELETED|950228400787");
    }

    @Test
    void aRefusedFileAddsNothingAndSaysWhy() throws Exception {
        String id = registerFor("950228400787");
        String base = "/api/v1/requests/" + id + "/originals/2";
        HttpResponse<byte[]> up = upload(base + "/scans", "almaty.clerk1", corpus("scanned/pdfbox__stamp.jpg"),
                new Part("scan.pdf", Corpus.zip()));
        assertThat(up.statusCode()).isEqualTo(415);
        assertThat(up.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
        assertThat(json(up).path("code").asString()).isEqualTo("ARCHIVE_NOT_ACCEPTED");
        assertThat(get(base + "/pages", "almaty.clerk1").json().size()).isZero();

        HttpResponse<byte[]> bomb = upload(base + "/scans", "almaty.clerk1", corpus("malformed/pdfjs__bomb_giant.pdf"));
        assertThat(bomb.statusCode()).isEqualTo(422);
        assertThat(get(base + "/pages", "almaty.clerk1").json().size()).isZero();
    }

    @Test
    void onlyClerksOfTheCenterWhileTheRequestIsOpen() throws Exception {
        String id = registerFor("950228400787");
        String base = "/api/v1/requests/" + id + "/originals/1";
        HttpResponse<byte[]> stranger = upload(base + "/scans", "astana.clerk1", corpus("scanned/pdfbox__stamp.jpg"));
        assertThat(stranger.statusCode()).isBetween(403, 404);
        assertThat(get(base + "/pages", "almaty.clerk1").json().size()).isZero();
        assertThat(post("/api/v1/requests/" + id + "/cancel", "almaty.clerk1", null).status()).isEqualTo(200);
        HttpResponse<byte[]> closed = upload(base + "/scans", "almaty.clerk1", corpus("scanned/pdfbox__stamp.jpg"));
        assertThat(closed.statusCode()).isEqualTo(409);
        assertThat(json(closed).path("code").asString()).isEqualTo("REQUEST_CLOSED_FOR_SCANS");
        assertThat(upload("/api/v1/requests/" + registerFor("950228400787") + "/originals/9/scans", "almaty.clerk1",
                corpus("scanned/pdfbox__stamp.jpg")).statusCode()).isEqualTo(404);
    }
}
