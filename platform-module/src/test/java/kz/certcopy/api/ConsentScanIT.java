package kz.certcopy.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import kz.certcopy.IntegrationTest;
import kz.certcopy.copies.TestIins;
import kz.certcopy.intake.Corpus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The signed consent's scan (Annex 1) over HTTP on the embedded PostgreSQL: attached, described in the request,
 * read back (audited, same access as the request), replaced only explicitly and only while the request is open,
 * the replaced file kept.
 */
class ConsentScanIT extends IntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    JdbcClient jdbc;

    @Test
    void attachReadReplaceAndLock() throws Exception {
        String iin = TestIins.next();
        String id = registerFor(iin);
        String scanPath = "/api/v1/requests/" + id + "/consent-scan";
        byte[] jpeg = Files.readAllBytes(Corpus.file("scanned/pdfbox__stamp.jpg"));
        byte[] tiff = Files.readAllBytes(Corpus.file("scanned/tesseract__phototest.tif"));

        // nothing attached yet: the request says so, reading it is a localized 404
        assertThat(get("/api/v1/requests/" + id, "almaty.clerk1").json().path("consent").path("scan").isNull())
                .isTrue();
        Response missing = get(scanPath, "almaty.clerk1", "Accept-Language", "kk");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.code()).isEqualTo("CONSENT_SCAN_MISSING");
        assertThat(missing.json().path("detail").asString()).contains("келісімнің");

        // attached: when, type, size, by whom, in the answer and in the request
        Response attached = upload(scanPath, "almaty.clerk1", "consent.jpg", jpeg);
        assertThat(attached.status()).isEqualTo(201);
        assertThat(attached.json().path("mediaType").asString()).isEqualTo("image/jpeg");
        assertThat(attached.json().path("size").asLong()).isEqualTo(jpeg.length);
        assertThat(attached.json().path("sha256").asString()).isEqualTo(sha256(jpeg));
        JsonNode scan = get("/api/v1/requests/" + id, "almaty.clerk1").json().path("consent").path("scan");
        assertThat(scan.path("attachedBy").asString()).isEqualTo("almaty.clerk1");
        assertThat(scan.path("attachedAt").asString()).isEqualTo(clock.instant().toString());
        assertThat(scan.path("mediaType").asString()).isEqualTo("image/jpeg");
        assertThat(scan.path("size").asLong()).isEqualTo(jpeg.length);
        assertThat(scan.path("replacedScans").asInt()).isZero();
        assertThat(scan.path("href").asString()).isEqualTo(scanPath);
        assertThat(list("almaty.clerk1", id).path("consent").path("scan").path("sha256").asString())
                .isEqualTo(sha256(jpeg));

        // read back as attached, audited as a read of the applicant's data
        HttpResponse<byte[]> read = fetch(scanPath, "almaty.clerk1");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(read.body()).isEqualTo(jpeg);
        assertThat(reads("almaty.clerk1", iin)).isEqualTo(1);

        // same rules as the request: another center's clerk does not see it, a supervisor does (audited)
        assertThat(get(scanPath, "astana.clerk1").status()).isEqualTo(404);
        assertThat(get(scanPath, "astana.clerk1").code()).isEqualTo("NOT_FOUND");
        assertThat(upload(scanPath + "?replace=true", "astana.clerk1", "x.tif", tiff).status()).isEqualTo(404);
        assertThat(fetch(scanPath, "supervisor").body()).isEqualTo(jpeg);
        assertThat(reads("supervisor", iin)).isEqualTo(1);
        assertThat(reads("astana.clerk1", iin)).isZero();

        // a second file replaces only when asked to; scanning has started and the request is open: allowed
        Response again = upload(scanPath, "almaty.clerk1", "other.tif", tiff);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("CONSENT_SCAN_ATTACHED");
        assertThat(post("/api/v1/requests/" + id + "/scanning", "almaty.clerk1", null).status()).isEqualTo(200);
        clock.advanceSeconds(90);
        Response replaced = upload(scanPath + "?replace=true", "almaty.clerk1", "other.tif", tiff);
        assertThat(replaced.status()).isEqualTo(201);
        assertThat(replaced.json().path("replacedScans").asInt()).isEqualTo(1);
        assertThat(fetch(scanPath, "almaty.clerk1").body()).isEqualTo(tiff);
        assertThat(fetch(scanPath, "almaty.clerk1").headers().firstValue("Content-Type")).hasValue("image/tiff");
        // the wrong file stays on record, marked replaced, when and by whom; both steps audited
        assertThat(jdbc.sql("SELECT replaced_by FROM consent_scan WHERE request_id = CAST(? AS uuid) AND sha256 = ?")
                .params(id, sha256(jpeg)).query(String.class).single()).isEqualTo("almaty.clerk1");
        assertThat(audit("CONSENT_SCAN_REPLACED", id)).isEqualTo(1);
        assertThat(audit("CONSENT_SCAN_ATTACHED", id)).isEqualTo(2);

        // the first file attached again becomes current again; the request stays with one current scan
        assertThat(upload(scanPath + "?replace=true", "almaty.clerk1", "consent.jpg", jpeg).status()).isEqualTo(201);
        assertThat(fetch(scanPath, "almaty.clerk1").body()).isEqualTo(jpeg);
        assertThat(jdbc.sql("SELECT count(*) FROM consent_scan WHERE request_id = CAST(? AS uuid) "
                + "AND replaced_at IS NULL").param(id).query(Long.class).single()).isEqualTo(1L);

        // closed: the consent on record can no longer be replaced
        assertThat(post("/api/v1/requests/" + id + "/cancel", "almaty.clerk1", null).status()).isEqualTo(200);
        Response locked = upload(scanPath + "?replace=true", "almaty.clerk1", "other.tif", tiff);
        assertThat(locked.status()).isEqualTo(409);
        assertThat(locked.code()).isEqualTo("CONSENT_SCAN_LOCKED");
        assertThat(fetch(scanPath, "almaty.clerk1").body()).isEqualTo(jpeg);
    }

    @Test
    void aClosedRequestWithoutAScanMayStillGetItsFirstOne() {
        String id = registerFor(TestIins.next());
        assertThat(post("/api/v1/requests/" + id + "/cancel", "almaty.clerk1", null).status()).isEqualTo(200);
        Response first = upload("/api/v1/requests/" + id + "/consent-scan", "almaty.clerk1", "c.png",
                pngBytes());
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().path("mediaType").asString()).isEqualTo("image/png");
    }

    /**
     * The consent scan is kept as attached and opened by clerks later: a file the scan intake would refuse (locked,
     * broken, only a PDF's or an image's first bytes) is refused here too, with the intake's code, and so is a PDF
     * with scripts, actions, attachments or forms; nothing is attached — the request still says the signed consent's scan is missing.
     */
    @Test
    void filesTheScanIntakeRefusesAreNotAttached() throws Exception {
        String id = registerFor(TestIins.next());
        String path = "/api/v1/requests/" + id + "/consent-scan";
        java.util.Map<String, String> refused = new java.util.LinkedHashMap<>();
        refused.put("malformed/pyhanko__minimal-aes256.pdf", "ENCRYPTED_PDF");
        refused.put("malformed/ocrmypdf__invalid.pdf", "CORRUPT_FILE");
        refused.put("malformed/pillow__broken.png", "CORRUPT_FILE");
        // kept as is and opened in the clerks' browsers: scripts and actions are not taken out, so not taken in
        refused.put("malformed/tika__testPDF_jsActionOnPage.pdf", "ACTIVE_CONTENT");
        refused.put("malformed/pdfjs__doc_actions.pdf", "ACTIVE_CONTENT");
        for (var e : refused.entrySet()) {
            Response r = upload(path, "almaty.clerk1", "consent.bin", Files.readAllBytes(Corpus.file(e.getKey())));
            assertThat(r.status()).as(e.getKey() + ": " + r.body()).isBetween(400, 499);
            assertThat(r.code()).as(e.getKey()).isEqualTo(e.getValue());
        }
        byte[] pdfHead = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(upload(path, "almaty.clerk1", "consent.pdf", pdfHead).code()).isEqualTo("CORRUPT_FILE");
        assertThat(jdbc.sql("SELECT count(*) FROM consent_scan WHERE request_id = CAST(? AS uuid)").param(id)
                .query(Long.class).single()).isZero();
        assertThat(get("/api/v1/requests/" + id, "almaty.clerk1").json().path("consent").path("scan").isNull())
                .isTrue();
        // a real scan is still attached after them
        assertThat(upload(path, "almaty.clerk1", "c.png", pngBytes()).status()).isEqualTo(201);
    }

    @Test
    void twoFirstScansAtOnceOneIsAttachedTheOtherIsToldSo() throws Exception {
        String id = registerFor(TestIins.next());
        String path = "/api/v1/requests/" + id + "/consent-scan";
        byte[] jpeg = Files.readAllBytes(Corpus.file("scanned/pdfbox__stamp.jpg"));
        byte[] tiff = Files.readAllBytes(Corpus.file("scanned/tesseract__phototest.tif"));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> upload(path, "almaty.clerk1", "a.jpg", jpeg));
            var b = pool.submit(() -> upload(path, "almaty.clerk2", "b.tif", tiff));
            java.util.List<Response> both = java.util.List.of(a.get(), b.get());
            assertThat(both).extracting(Response::status).containsExactlyInAnyOrder(201, 409);
            assertThat(both).filteredOn(r -> r.status() == 409).extracting(Response::code)
                    .containsExactly("CONSENT_SCAN_ATTACHED");
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM consent_scan WHERE request_id = CAST(? AS uuid)").param(id)
                .query(Long.class).single()).isEqualTo(1L);
    }

    private JsonNode list(String user, String id) {
        for (JsonNode r : get("/api/v1/requests", user).json()) {
            if (r.path("id").asString().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("request not listed: " + id);
    }

    private long reads(String actor, String iin) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE actor = ? AND action = 'CONSENT_SCAN_READ' "
                + "AND applicant_ref = ?").params(actor, iin).query(Long.class).single();
    }

    private long audit(String action, String requestId) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = ? AND object_ref LIKE ?")
                .params(action, "request:" + requestId + "%").query(Long.class).single();
    }

    private HttpResponse<byte[]> fetch(String path, String user) throws Exception {
        String token = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] pngBytes() {
        try {
            return Corpus.png(new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }
}
