package kz.certcopy.hardening;

import static kz.certcopy.hardening.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import kz.certcopy.IntegrationTest;
import kz.certcopy.intake.Corpus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Scan endpoints under attack: broken multipart bodies, oversized files, stale page lists, decided originals. */
class HostileScansIT extends IntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String JPEG = "scanned/pdfbox__stamp.jpg";

    @Autowired
    JdbcClient jdbc;

    private Response send(String path, String contentType, byte[] body) {
        String token = Base64.getEncoder().encodeToString(("almaty.clerk1:" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + token).header("Content-Type", contentType)
                .header("Accept-Language", "en").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<String> res = HTTP.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode json = res.headers().firstValue("Content-Type").orElse("").contains("json")
                    ? JSON.readTree(res.body()) : null;
            return new Response(res.statusCode(), res.body(), json, res);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A multipart body with one "file" part per entry (name → bytes), in order. */
    @SafeVarargs
    private final Response upload(String path, Map.Entry<String, byte[]>... files) throws IOException {
        String boundary = "hardening" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> f : files) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + f.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(f.getValue());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    private static Map.Entry<String, byte[]> jpeg() throws IOException {
        return Map.entry("stamp.jpg", Files.readAllBytes(Corpus.file(JPEG)));
    }

    @Test
    void malformedMultipartBodiesAreBadRequests() throws IOException {
        byte[] empty = "--x\r\n\r\n--x--".getBytes(StandardCharsets.US_ASCII);
        assertProblem(send("/api/v1/requests", "multipart/form-data; boundary=x", empty), 400,
                "MALFORMED_MULTIPART");
        String id = registerFor("950228400787");
        byte[] truncated = ("--y\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jpg\"\r\n\r\n"
                + "\u00ff\u00d8\u00ff\u00e0 half a scan").getBytes(StandardCharsets.ISO_8859_1);
        assertProblem(send("/api/v1/requests/" + id + "/originals/1/scans", "multipart/form-data; boundary=y",
                truncated), 400, "MALFORMED_MULTIPART");
    }

    @Test
    void aFileOverTheLimitIs413WithTheLimit() throws IOException {
        String id = registerFor("950228400787");
        byte[] big = new byte[50 * 1024 * 1024 + 1];
        Response r = upload("/api/v1/requests/" + id + "/originals/1/scans", Map.entry("big.tif", big));
        assertProblem(r, 413, "FILE_TOO_LARGE");
        assertThat(r.json().path("detail").asString()).contains("52,428,800"); // 50 MB, as configured
    }

    @Test
    void aRefusedFileIsNamedAndTheAcceptedOnesLeaveNoRecord() throws Exception {
        String id = registerFor("950228400787");
        byte[] scan = uniqueScan(); // never stored before, so its record can only come from this upload
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(scan));
        long recordsBefore = records(sha);
        Response r = upload("/api/v1/requests/" + id + "/originals/1/scans", Map.entry("page1.png", scan),
                Map.entry("notes.txt", "just text, not a scan".getBytes(StandardCharsets.UTF_8)));
        assertProblem(r, 415, "UNSUPPORTED_TYPE");
        assertThat(r.json().path("file").asString()).isEqualTo("notes.txt");
        assertThat(r.json().path("filePosition").asInt()).isEqualTo(2);
        assertThat(r.json().path("detail").asString()).startsWith("File «notes.txt» (number 2 of the upload): ");
        assertThat(get("/api/v1/requests/" + id + "/originals/1/pages", "almaty.clerk1").json().size()).isZero();
        // the first file was stored before the second was refused; its record rolled back, so the sweep takes it
        assertThat(recordsBefore).isZero();
        assertThat(records(sha)).isZero();
        // and the same file alone is accepted and recorded: the check above can see a record
        assertThat(upload("/api/v1/requests/" + id + "/originals/1/scans", Map.entry("page1.png", scan)).status())
                .isEqualTo(201);
        assertThat(records(sha)).isOne();
    }

    private static byte[] uniqueScan() throws IOException {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(300, 400,
                java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        java.util.Random noise = new java.util.Random();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                img.getRaster().setSample(x, y, 0, noise.nextInt(256));
            }
        }
        return Corpus.png(img);
    }

    private long records(String sha) {
        return jdbc.sql("SELECT count(*) FROM content_object WHERE sha256 = ?").param(sha).query(Long.class).single();
    }

    @Test
    void aMalformedIfMatchIsTheClientsMistakeEverywhereNotAnotherUsersChange() throws Exception {
        String id = registerFor("950228400787");
        String base = "/api/v1/requests/" + id + "/originals/1";
        Response up = upload(base + "/scans", jpeg(), jpeg());
        String etag = up.header("ETag");
        List<String> ids = get(base + "/pages", "almaty.clerk1").json().valueStream()
                .map(p -> p.path("id").asString()).toList();
        String order = "{\"pageIds\": [\"" + ids.get(1) + "\", \"" + ids.get(0) + "\"]}";
        // "zzz", an unclosed quote, an empty tag, and the request's own ETag (a version, not a page list's tag)
        for (String bad : List.of("zzz", "\"" + etag.replace("\"", ""), etag + ",", "\"0\"")) {
            assertProblem(call("PUT", base + "/pages/order", "almaty.clerk1", order, "If-Match", bad),
                    400, "INVALID_IF_MATCH");
            assertProblem(post(base + "/pages/" + ids.get(0) + "/rotation", "almaty.clerk1", "{\"degrees\": 90}",
                    "If-Match", bad), 400, "INVALID_IF_MATCH");
            assertProblem(call("DELETE", base + "/pages/" + ids.get(0), "almaty.clerk1", null, "If-Match", bad),
                    400, "INVALID_IF_MATCH");
        }
        String boundary = "ifmatch" + System.nanoTime();
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream multipart = new ByteArrayOutputStream();
        multipart.write(body);
        multipart.write(Files.readAllBytes(Corpus.file(JPEG)));
        multipart.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> upload = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + base
                        + "/scans")).header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("almaty.clerk1:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("If-Match", "zzz")
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(400);
        assertThat(upload.body()).contains("INVALID_IF_MATCH");
        // the same header on the request's own endpoints answers the same
        assertProblem(post("/api/v1/requests/" + id + "/refusal", "almaty.clerk1",
                "{\"items\": [{\"original\": 2, \"grounds\": [\"NOT_SUBMITTED\"]}]}", "If-Match", "zzz"),
                400, "INVALID_IF_MATCH");
        Response en = post("/api/v1/requests/" + id + "/scanning", "almaty.clerk1", null, "If-Match", "zzz",
                "Accept-Language", "en");
        assertProblem(en, 400, "INVALID_IF_MATCH");
        assertThat(en.json().path("detail").asString()).contains("ETag").doesNotContain("another user");
        // nothing was changed by any of them; a well-formed current tag, weak or strong, and "*" still work
        Response list = get(base + "/pages", "almaty.clerk1");
        assertThat(list.header("ETag")).isEqualTo(etag);
        assertThat(list.json().size()).isEqualTo(2);
        assertThat(call("PUT", base + "/pages/order", "almaty.clerk1", order, "If-Match", "W/" + etag).status())
                .isEqualTo(200);
        assertThat(post("/api/v1/requests/" + id + "/scanning", "almaty.clerk1", null, "If-Match", "*").status())
                .isEqualTo(200);
    }

    @Test
    void staleIfMatchOnPagesIsAConflict() throws IOException {
        String id = registerFor("950228400787");
        String base = "/api/v1/requests/" + id + "/originals/1";
        Response up = upload(base + "/scans", jpeg(), jpeg());
        assertThat(up.status()).as(up.body()).isEqualTo(201);
        String afterUpload = up.header("ETag");
        Response list = get(base + "/pages", "almaty.clerk2");
        assertThat(list.header("ETag")).isEqualTo(afterUpload).isNotBlank();
        List<String> ids = list.json().valueStream().map(p -> p.path("id").asString()).toList();
        String reversed = "{\"pageIds\": [\"" + ids.get(1) + "\", \"" + ids.get(0) + "\"]}";
        // two clerks arrange the same list they both read: the second is told, not overwritten silently
        Response first = call("PUT", base + "/pages/order", "almaty.clerk1", reversed, "If-Match", afterUpload);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.header("ETag")).isNotEqualTo(afterUpload);
        String straight = "{\"pageIds\": [\"" + ids.get(0) + "\", \"" + ids.get(1) + "\"]}";
        assertProblem(call("PUT", base + "/pages/order", "almaty.clerk2", straight, "If-Match", afterUpload),
                409, "CONCURRENT_UPDATE");
        assertProblem(post(base + "/pages/" + ids.get(0) + "/rotation", "almaty.clerk2", "{\"degrees\": 90}",
                "If-Match", afterUpload), 409, "CONCURRENT_UPDATE");
        assertProblem(call("DELETE", base + "/pages/" + ids.get(0), "almaty.clerk2", null, "If-Match", afterUpload),
                409, "CONCURRENT_UPDATE");
        Response turned = post(base + "/pages/" + ids.get(0) + "/rotation", "almaty.clerk2", "{\"degrees\": 90}",
                "If-Match", first.header("ETag"));
        assertThat(turned.status()).as(turned.body()).isEqualTo(200);
        // without If-Match a change applies to whatever is current, like the request endpoints
        assertThat(post(base + "/pages/" + ids.get(0) + "/rotation", "almaty.clerk1", "{\"degrees\": 180}")
                .status()).isEqualTo(200);
    }

    @Test
    void onlyQuarterTurnsAsDocumented() throws IOException {
        String id = registerFor("950228400787");
        String base = "/api/v1/requests/" + id + "/originals/1";
        String page = upload(base + "/scans", jpeg()).json().path("pages").get(0).path("id").asString();
        for (String degrees : new String[] {"-90", "450", "360"}) {
            assertProblem(post(base + "/pages/" + page + "/rotation", "almaty.clerk1", "{\"degrees\": " + degrees
                    + "}"), 400, "ROTATION_INVALID");
        }
        assertProblem(post(base + "/pages/" + page + "/rotation", "almaty.clerk1", "{\"degrees\": 90.5}"), 400,
                "INVALID_VALUE");
    }

    @Test
    void scansOfADecidedOriginalCannotChange() throws IOException {
        String id = registerFor("950228400787");
        String base = "/api/v1/requests/" + id + "/originals/1";
        String page = upload(base + "/scans", jpeg()).json().path("pages").get(0).path("id").asString();
        Response refused = post("/api/v1/requests/" + id + "/refusal", "almaty.clerk1",
                "{\"items\": [{\"original\": 1, \"ground\": \"PENCIL\", \"details\": \"Қарындашпен\"}]}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(201);
        assertProblem(upload(base + "/scans", jpeg()), 409, "ORIGINAL_CLOSED");
        assertProblem(call("DELETE", base + "/pages/" + page, "almaty.clerk1", null), 409, "ORIGINAL_CLOSED");
        assertProblem(post(base + "/pages/" + page + "/rotation", "almaty.clerk1", "{\"degrees\": 90}"), 409,
                "ORIGINAL_CLOSED");
        assertThat(upload("/api/v1/requests/" + id + "/originals/2/scans", jpeg()).status()).isEqualTo(201);
    }

    @Test
    void aClosedRequestIsNamedByItsLocalizedState() throws IOException {
        String id = registerFor("950228400787");
        assertThat(post("/api/v1/requests/" + id + "/cancel", "almaty.clerk1", null).status()).isEqualTo(200);
        Response closed = upload("/api/v1/requests/" + id + "/originals/1/scans", jpeg());
        assertProblem(closed, 409, "REQUEST_CLOSED_FOR_SCANS");
        assertThat(closed.json().path("detail").asString()).contains("Cancelled").doesNotContain("CANCELLED");
    }
}
