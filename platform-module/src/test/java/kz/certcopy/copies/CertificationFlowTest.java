package kz.certcopy.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import kz.certcopy.IntegrationTest;
import kz.certcopy.intake.Corpus;
import kz.certcopy.retention.RetentionPolicy;
import kz.certcopy.security.Role;
import kz.certcopy.security.UserAccounts;
import kz.certcopy.signing.keys.Pkcs12KeySource;
import kz.certcopy.signing.keys.SigningKey;
import kz.certcopy.signing.support.Tools;
import kz.certcopy.signing.validation.Indication;
import kz.certcopy.signing.validation.SignatureVerifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The main job end to end over HTTP, on real PostgreSQL, real scans and real keys: register → upload scans →
 * certify → hand-over package → our verifier (and, for RSA, pdfsig and openssl) → public verification → search by
 * IIN from the other center → refusal completes the request; revoked keys are refused with nothing stored.
 *
 * <p>Abstract so that another storage backend runs the same flow: subclass it with
 * {@code @TestPropertySource(properties = "certcopy.copies.storage=<backend>")} (plus the backend's settings).
 * The test clock is the context's {@code MovableClock} ({@link #clock}); a retention test can
 * certify with {@link #certifiedCopy}, move the clock past {@code retainUntil} and run the disposal job.
 */
public abstract class CertificationFlowTest extends IntegrationTest {

    protected static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    protected SignatureVerifier verifier;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected UserAccounts accounts;
    @Autowired
    protected kz.certcopy.certification.CertifiedCopies copies;

    @TempDir
    protected Path work;

    /** A certified copy as the API returned it, with the request it came from. */
    public record Certified(String requestId, String iin, JsonNode copy) {
        public String id() {
            return copy.path("id").asString();
        }
    }

    @BeforeEach
    void accountsWithRevokedKeys() throws IOException {
        // clerks whose configured keys are on the CRL (application.properties of the tests)
        accounts.save("almaty.revoked", PASSWORD, "Тесттов Тестт", "123456789012", "almaty-1", Set.of(Role.CLERK));
        accounts.save("almaty.rsarevoked", PASSWORD, "Тестов Тест", "123456789011", "almaty-1", Set.of(Role.CLERK));
        Files.createDirectories(Path.of("target/test-media"));
        Files.createDirectories(Path.of("target/test-media-astana"));
    }

    @Test
    void gostCopyIsCertifiedVerifiedFoundFromTheOtherCenterAndTheRequestCompletes() throws Exception {
        Certified c = certifiedCopy("almaty.clerk1");
        JsonNode copy = c.copy();
        assertThat(copy.path("applicantId").asString()).isEqualTo(c.iin());
        assertThat(copy.path("centerId").asString()).isEqualTo("almaty-1");
        assertThat(copy.path("signer").path("iin").asString()).isEqualTo("123456789012");
        assertThat(copy.path("signer").path("algorithm").asString()).isEqualTo("1.2.398.3.10.1.1.2.3.2");
        assertThat(copy.path("status").asString()).isEqualTo("ACTIVE");
        Instant certifiedAt = Instant.parse(copy.path("certifiedAt").asString());
        assertThat(certifiedAt).isEqualTo(clock.instant());
        assertThat(Instant.parse(copy.path("retainUntil").asString()))
                .isEqualTo(RetentionPolicy.sixMonths().retainUntil(certifiedAt));

        // twice → ALREADY_CERTIFIED; an original without pages → NO_PAGES
        Response again = post(certifyPath(c.requestId(), 1), "almaty.clerk1", null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("ALREADY_CERTIFIED");
        Response empty = post(certifyPath(c.requestId(), 2), "almaty.clerk1", null);
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.code()).isEqualTo("NO_PAGES");

        // the package: the PDF and the .p7s pass our verification; the PDF is the one stored
        Map<String, byte[]> zip = unzip(download("/api/v1/copies/" + c.id() + "/package.zip", "almaty.clerk1"));
        assertThat(zip).containsOnlyKeys("document.pdf", "signature.p7s", "verification-sheet.pdf", "manifest.json");
        byte[] pdf = zip.get("document.pdf");
        assertThat(pdf).isEqualTo(download("/api/v1/copies/" + c.id() + "/document.pdf", "almaty.clerk1"));
        assertThat(sha256(pdf)).isEqualTo(copy.path("pdf").path("sha256").asString());
        assertThat(zip.get("signature.p7s"))
                .isEqualTo(download("/api/v1/copies/" + c.id() + "/signature.p7s", "almaty.clerk1"));
        assertThat(verifier.verify(pdf, null).indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(verifier.verify(zip.get("signature.p7s"), pdf).indication()).isEqualTo(Indication.TOTAL_PASSED);

        // the mark in the signed PDF names the copy and carries the public verification URL with its code
        String text = pdfText(pdf);
        assertThat(text).contains(c.id());
        String url = copy.path("verificationUrl").asString();
        assertThat(url).startsWith("https://certcopy.test/verify/" + c.id() + "?code=");
        String code = url.substring(url.indexOf("?code=") + 6);

        // public verification, without login: genuine, by whom and when; a wrong code reveals nothing
        Response pub = get("/api/v1/public/copies/" + c.id() + "?code=" + code, null);
        assertThat(pub.status()).isEqualTo(200);
        assertThat(pub.json().path("genuine").asBoolean()).isTrue();
        assertThat(pub.json().path("certifiedBy").path("clerk").asString()).isEqualTo("ТЕСТТОВ ТЕСТТ ТЕСТТОВИЧ");
        assertThat(pub.body()).doesNotContain(c.iin());
        Response wrong = get("/api/v1/public/copies/" + c.id() + "?code=x" + code, null);
        assertThat(wrong.status()).isEqualTo(404);
        assertThat(wrong.code()).isEqualTo("COPY_UNKNOWN");
        Response page = get("/verify/" + c.id() + "?code=" + code + "&lang=kk", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Көшірме түпнұсқа").contains("ТЕСТТОВ ТЕСТТ ТЕСТТОВИЧ")
                .doesNotContain(c.iin());

        // anyone can check the files they were given
        JsonNode report = JSON.readTree(verifyUpload(pdf, zip.get("signature.p7s")));
        assertThat(report.path("indication").asString()).isEqualTo("TOTAL_PASSED");

        // rule 8: the other center finds the copy by IIN, with its own request for the applicant as the reason
        String astanaRequest = registerAt("astana.clerk1", "astana-1", c.iin());
        Response noReason = get("/api/v1/copies?applicant=" + c.iin(), "astana.clerk1");
        assertThat(noReason.code()).isEqualTo("REASON_REQUIRED");
        Response foreignReason = get("/api/v1/copies?applicant=" + c.iin() + "&reason=" + c.requestId(),
                "astana.clerk1");
        assertThat(foreignReason.code()).isEqualTo("REASON_INVALID");
        Response found = get("/api/v1/copies?applicant=" + c.iin() + "&reason=" + astanaRequest, "astana.clerk1");
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().size()).isEqualTo(1);
        assertThat(found.json().get(0).path("id").asString()).isEqualTo(c.id());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE actor = 'astana.clerk1' AND action = 'COPY_READ' "
                + "AND object_ref = ?").param("copy:" + c.id() + " reason:" + astanaRequest).query(Long.class)
                .single()).isEqualTo(1L);
        Response other = get("/api/v1/copies/" + c.id() + "?reason=" + astanaRequest, "astana.clerk1");
        assertThat(other.status()).isEqualTo(200);
        assertThat(get("/api/v1/copies/" + c.id(), "astana.clerk1").code()).isEqualTo("REASON_REQUIRED");

        // hand-over on removable media
        Response media = post("/api/v1/copies/" + c.id() + "/handover", "almaty.clerk1", null);
        assertThat(media.status()).isEqualTo(201);
        assertThat(Path.of("target/test-media", "certcopy-" + c.id() + ".zip")).exists();
        // handed over again at the other center (rule 8): with the reason, to that center's medium, audited there
        assertThat(post("/api/v1/copies/" + c.id() + "/handover", "astana.clerk1", null).code())
                .isEqualTo("REASON_REQUIRED");
        Response handedAgain = post("/api/v1/copies/" + c.id() + "/handover?reason=" + astanaRequest, "astana.clerk1",
                null);
        assertThat(handedAgain.status()).isEqualTo(201);
        Path astanaZip = Path.of("target/test-media-astana", "certcopy-" + c.id() + ".zip");
        assertThat(unzip(Files.readAllBytes(astanaZip)).get("document.pdf")).isEqualTo(pdf);
        assertThat(jdbc.sql("SELECT center_id FROM audit_entry WHERE actor = 'astana.clerk1' "
                + "AND action = 'COPY_HANDED_OVER' AND object_ref = ?").param("copy:" + c.id() + " reason:"
                + astanaRequest).query(String.class).single()).isEqualTo("astana-1");
        assertThat(post("/api/v1/copies/" + c.id() + "/handover?reason=case-1", "supervisor", null).code())
                .isEqualTo("ACCESS_DENIED");

        // refusing the other original on two grounds (given out of order) completes the request
        Response refusal = post("/api/v1/requests/" + c.requestId() + "/refusal", "almaty.clerk1",
                "{\"items\": [{\"original\": 2, \"grounds\": [\"ILLEGIBLE_SEAL\", \"PENCIL\"], "
                        + "\"details\": \"Қарындашпен жазылған, мөрі оқылмайды\"}]}");
        assertThat(refusal.status()).isEqualTo(201);
        assertThat(refusal.json().path("items").get(0).path("grounds").valueStream()
                .map(g -> g.path("ground").asString()).toList()).containsExactly("PENCIL", "ILLEGIBLE_SEAL");
        Response request = get("/api/v1/requests/" + c.requestId(), "almaty.clerk1");
        assertThat(request.json().path("status").asString()).isEqualTo("COMPLETED");

        // Annex 2, signed by the refusing clerk's key; Annex 1 pre-filled; the signed consent's scan attached
        byte[] refusalPdf = download("/api/v1/requests/" + c.requestId() + "/refusal.pdf?lang=kk", "almaty.clerk1");
        assertThat(verifier.verify(refusalPdf, null).indication()).isEqualTo(Indication.TOTAL_PASSED);
        // both grounds on the notice, as the rule's defects (9.3), in Kazakh
        assertThat(flat(pdfText(refusalPdf))).contains("Қарындашпен жазылған").contains("I-АЛ 998877")
                .contains("Қағидалардың 9-тармағының 3) тармақшасы:")
                .contains("Анықталғаны: қарындашпен жазылған; мөрдің оқуға келмейтін баспа таңбасы");
        // stored when first produced: a later GET serves the same bytes (same signature), not a new signing
        clock.advanceSeconds(60);
        assertThat(download("/api/v1/requests/" + c.requestId() + "/refusal.pdf?lang=kk", "almaty.clerk1"))
                .isEqualTo(refusalPdf);
        assertRefusalNoticeStored(c, refusalPdf);
        // and in Russian
        byte[] refusalRu = download("/api/v1/requests/" + c.requestId() + "/refusal.pdf?lang=ru", "almaty.clerk1");
        assertThat(flat(pdfText(refusalRu))).contains("Подпункт 3) пункта 9 Правил:")
                .contains("Выявлено: исполнены карандашом; нечитаемый оттиск печати");
        byte[] consentPdf = download("/api/v1/requests/" + c.requestId() + "/consent.pdf?lang=ru", "almaty.clerk1");
        assertThat(pdfText(consentPdf)).contains("Сәрсенбаева Әйгерім Қанатқызы").contains("ЖБ-0012345");
        assertThat(uploadTo("/api/v1/requests/" + c.requestId() + "/consent-scan", "almaty.clerk1",
                Files.readAllBytes(Corpus.file("scanned/pdfbox__stamp.jpg"))).statusCode()).isEqualTo(201);
        HttpResponse<String> notAScan = uploadTo("/api/v1/requests/" + c.requestId() + "/consent-scan", "almaty.clerk1",
                "not a scan".getBytes(StandardCharsets.UTF_8));
        assertThat(notAScan.statusCode()).isEqualTo(415);
        assertThat(notAScan.body()).contains("UNSUPPORTED_TYPE");
    }

    protected HttpResponse<String> uploadTo(String path, String user, byte[] data) throws Exception {
        String boundary = "----certcopy" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "file", "scan.bin", data);
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HTTP.send(authorized(path, user).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void rsaCopyPassesPdfsigAndOpensslCmsVerify() throws Exception {
        Certified c = certifiedCopy("almaty.clerk2");
        Map<String, byte[]> zip = unzip(download("/api/v1/copies/" + c.id() + "/package.zip", "almaty.clerk2"));
        Path pdf = Files.write(work.resolve("document.pdf"), zip.get("document.pdf"));
        Path p7s = Files.write(work.resolve("signature.p7s"), zip.get("signature.p7s"));
        assertThat(verifier.verify(zip.get("document.pdf"), null).indication()).isEqualTo(Indication.TOTAL_PASSED);
        Tools.Result pdfsig = Tools.run(List.of("pdfsig", "-nocert", pdf.toString()));
        assertThat(pdfsig.output()).contains("Signature is Valid");
        Path root = Path.of("src/test/resources/testdata/certcopy-rsa/root_rsa_certcopy_test.cer");
        Tools.Result cms = Tools.run(List.of("openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in",
                p7s.toString(), "-content", pdf.toString(), "-CAfile", pem(root).toString(), "-purpose", "any",
                "-attime", String.valueOf(clock.instant().getEpochSecond()), "-out", "/dev/null"));
        assertThat(cms.exit()).as(cms.output()).isZero();

        // once retention has disposed of it (status set by the disposal job), downloads answer 410 with the date
        var stored = copies.find(kz.certcopy.certification.CertifiedCopyId.parse(c.id())).orElseThrow();
        Instant disposedAt = stored.retainUntil().plusSeconds(3600);
        copies.save(stored.disposed(disposedAt));
        for (String doc : List.of("", "/document.pdf", "/signature.p7s", "/package.zip")) {
            Response gone = get("/api/v1/copies/" + c.id() + doc, "almaty.clerk2");
            assertThat(gone.status()).as(doc).isEqualTo(410);
            assertThat(gone.code()).isEqualTo("COPY_DISPOSED");
            assertThat(gone.json().path("disposedAt").asString()).isEqualTo(disposedAt.toString());
        }
        Response handoverGone = post("/api/v1/copies/" + c.id() + "/handover", "almaty.clerk2", null,
                "Accept-Language", "kk");
        assertThat(handoverGone.status()).isEqualTo(410);
        assertThat(handoverGone.code()).isEqualTo("COPY_DISPOSED");
        assertThat(handoverGone.json().path("detail").asString()).contains("жойылды");
        String url = c.copy().path("verificationUrl").asString();
        Response pub = get("/api/v1/public/copies/" + c.id() + "?code=" + url.substring(url.indexOf("?code=") + 6),
                null);
        assertThat(pub.json().path("status").asString()).isEqualTo("DISPOSED");
        assertThat(get("/api/v1/copies?applicant=" + c.iin() + "&reason=case-1", "supervisor").json().size())
                .isZero();
    }

    @Test
    void revokedKeysAreRefusedWithNothingStored() throws Exception {
        for (String clerk : List.of("almaty.revoked", "almaty.rsarevoked")) {
            String iin = TestIins.next();
            String requestId = registerAt(clerk, "almaty-1", iin);
            uploadScans(clerk, requestId, 1);
            long auditBefore = auditCount();
            Response r = post(certifyPath(requestId, 1), clerk, null);
            assertThat(r.code()).as(clerk).isEqualTo("CERT_REVOKED");
            assertThat(jdbc.sql("SELECT count(*) FROM certified_copy WHERE request_id = ?::uuid").param(requestId)
                    .query(Long.class).single()).isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM copy_document d JOIN certified_copy c ON c.id = d.copy_id "
                    + "WHERE c.request_id = ?::uuid").param(requestId).query(Long.class).single()).isZero();
            assertThat(auditCount()).isEqualTo(auditBefore);
            Response request = get("/api/v1/requests/" + requestId, clerk);
            assertThat(request.json().path("originals").get(0).path("outcome").asString()).isEqualTo("PENDING");
        }
    }

    @Test
    void aClerkCannotSignWithSomeoneElsesCertificate() {
        // astana.clerk1 has no key; almaty.clerk1's key names IIN 123456789012, so give that key to another IIN
        accounts.save("almaty.revoked", PASSWORD, "Тесттов Тестт", "900715300451", "almaty-1", Set.of(Role.CLERK));
        String requestId = registerAt("almaty.revoked", "almaty-1", TestIins.next());
        uploadScans("almaty.revoked", requestId, 1);
        Response r = post(certifyPath(requestId, 1), "almaty.revoked", null);
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("CERT_IIN_MISMATCH");
        String astana = registerAt("astana.clerk1", "astana-1", TestIins.next());
        uploadScans("astana.clerk1", astana, 1);
        assertThat(post(certifyPath(astana, 1), "astana.clerk1", null).code()).isEqualTo("NO_SIGNING_KEY");
    }

    @Test
    void twoStepNcaLayerSigningCertifiesAcrossTheDatabaseAndRefusesChangedScans() throws Exception {
        SigningKey key = new Pkcs12KeySource(Files.readAllBytes(Path.of(
                "src/test/resources/testdata/kz-pki/keys/gost2015-512/2026_legal_valid_employee_signright.p12")),
                "Qwerty12".toCharArray()).load();
        String cert = Base64.getEncoder().encodeToString(key.certificate().getEncoded());
        String iin = TestIins.next();
        String requestId = registerAt("almaty.clerk1", "almaty-1", iin);
        uploadScans("almaty.clerk1", requestId, 1);
        String signingPath = "/api/v1/requests/" + requestId + "/originals/1/signing";

        Response pades = post(signingPath, "almaty.clerk1", "{\"certificate\": \"" + cert + "\"}");
        assertThat(pades.status()).as(pades.body()).isEqualTo(201);
        assertThat(pades.json().path("stage").asString()).isEqualTo("PADES");
        assertThat(pades.json().path("signatureAlgorithm").asString()).isEqualTo("1.2.398.3.10.1.1.2.3.2");
        String next = pades.json().path("next").asString();
        // another clerk cannot complete it
        assertThat(call("PUT", next, "almaty.clerk2", signatureBody(key, pades)).code()).isEqualTo("SIGNING_EXPIRED");
        Response cades = call("PUT", next, "almaty.clerk1", signatureBody(key, pades));
        assertThat(cades.status()).as(cades.body()).isEqualTo(202);
        assertThat(cades.json().path("stage").asString()).isEqualTo("CADES");
        // a finished step cannot be sent again
        assertThat(call("PUT", next, "almaty.clerk1", signatureBody(key, pades)).code()).isEqualTo("SIGNING_EXPIRED");
        Response done = call("PUT", cades.json().path("next").asString(), "almaty.clerk1", signatureBody(key, cades));
        assertThat(done.status()).as(done.body()).isEqualTo(201);
        String copyId = done.json().path("id").asString();
        Map<String, byte[]> zip = unzip(download("/api/v1/copies/" + copyId + "/package.zip", "almaty.clerk1"));
        assertThat(verifier.verify(zip.get("document.pdf"), null).indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(verifier.verify(zip.get("signature.p7s"), zip.get("document.pdf")).indication())
                .isEqualTo(Indication.TOTAL_PASSED);
        assertThat(pdfText(zip.get("document.pdf"))).contains(copyId);

        // scans changed between the steps → SIGNING_EXPIRED, nothing stored
        String other = registerAt("almaty.clerk1", "almaty-1", TestIins.next());
        uploadScans("almaty.clerk1", other, 1);
        Response started = post("/api/v1/requests/" + other + "/originals/1/signing", "almaty.clerk1",
                "{\"certificate\": \"" + cert + "\"}");
        uploadScans("almaty.clerk1", other, 1);
        Response changed = call("PUT", started.json().path("next").asString(), "almaty.clerk1",
                signatureBody(key, started));
        assertThat(changed.status()).isEqualTo(410);
        assertThat(changed.code()).isEqualTo("SIGNING_EXPIRED");
        assertThat(jdbc.sql("SELECT count(*) FROM certified_copy WHERE request_id = ?::uuid").param(other)
                .query(Long.class).single()).isZero();
    }

    @Test
    void ncaLayerSigningStartsWithTheCertificateOfTheClerksLastNcaLayerCertification() throws Exception {
        SigningKey key = testKey("gost2015-512/2026_legal_valid_employee_signright.p12");
        // fresh accounts of the key's IIN, so nothing is remembered for them yet whatever ran before
        String clerk = freshClerk("123456789012");
        String colleague = freshClerk("123456789012");

        // nothing remembered: a start without certificate is told to send one; no session, nothing stored
        String first = registerAt(clerk, "almaty-1", TestIins.next());
        uploadScans(clerk, first, 1);
        Response unknown = post(signingPath(first), clerk, "{}", "Accept-Language", "en");
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(409);
        assertThat(unknown.code()).isEqualTo("NCALAYER_KEY_UNKNOWN");
        assertThat(unknown.json().path("detail").asString()).contains("send the certificate of your key");
        assertThat(post(signingPath(first), clerk, null, "Accept-Language", "kk").json().path("detail").asString())
                .contains("сертификатын жіберіңіз");
        assertThat(jdbc.sql("SELECT count(*) FROM certification_signing WHERE clerk_username = ?").param(clerk)
                .query(Long.class).single()).isZero();

        // the first certification sends the certificate (the page got it from NCALayer's getKeyInfo)
        Response started = post(signingPath(first), clerk, "{\"certificate\": \"" + base64(key) + "\"}");
        assertThat(started.json().path("certificateSerialNumber").asString())
                .isEqualTo(key.certificate().getSerialNumber().toString(16));
        signBothSteps(clerk, key, started);

        // the next one starts without it and certifies with the same key: the copy verifies like any other
        String second = registerAt(clerk, "almaty-1", TestIins.next());
        uploadScans(clerk, second, 1);
        Response remembered = post(signingPath(second), clerk, "{}");
        assertThat(remembered.status()).as(remembered.body()).isEqualTo(201);
        assertThat(remembered.json().path("stage").asString()).isEqualTo("PADES");
        assertThat(remembered.json().path("certificateSerialNumber").asString())
                .isEqualTo(key.certificate().getSerialNumber().toString(16));
        JsonNode copy = signBothSteps(clerk, key, remembered);
        assertThat(copy.path("signer").path("iin").asString()).isEqualTo("123456789012");
        Map<String, byte[]> zip = unzip(download("/api/v1/copies/" + copy.path("id").asString() + "/package.zip",
                clerk));
        assertThat(verifier.verify(zip.get("document.pdf"), null).indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(verifier.verify(zip.get("signature.p7s"), zip.get("document.pdf")).indication())
                .isEqualTo(Indication.TOTAL_PASSED);

        // another clerk — even one whose account names the same IIN — never starts with this clerk's certificate
        String theirs = registerAt(colleague, "almaty-1", TestIins.next());
        uploadScans(colleague, theirs, 1);
        assertThat(post(signingPath(theirs), colleague, "{}").code()).isEqualTo("NCALAYER_KEY_UNKNOWN");

        // a key sent from getKeyInfo (e.g. a renewed one) replaces the remembered certificate once it has certified
        byte[] earlierKey = testKey("gost2015-512/2026_legal_revoked_employee_signright.p12").certificate()
                .getEncoded();
        rememberedCertificates.remember(clerk, earlierKey);
        String third = registerAt(clerk, "almaty-1", TestIins.next());
        uploadScans(clerk, third, 1);
        signBothSteps(clerk, key, post(signingPath(third), clerk, "{\"certificate\": \"" + base64(key) + "\"}"));
        assertThat(rememberedCertificates.of(clerk).orElseThrow()).isEqualTo(key.certificate().getEncoded());
        String fourth = registerAt(clerk, "almaty-1", TestIins.next());
        uploadScans(clerk, fourth, 1);
        Response afterRenewal = post(signingPath(fourth), clerk, null);
        assertThat(afterRenewal.status()).as(afterRenewal.body()).isEqualTo(201);
        assertThat(afterRenewal.json().path("certificateSerialNumber").asString())
                .isEqualTo(key.certificate().getSerialNumber().toString(16));
    }

    @Test
    void aRememberedCertificateThatNoLongerPassesTheChecksIsForgottenAndTheKeyAskedFor() throws Exception {
        // revoked since it was remembered (on the CRL), and expired by now (an individual's key, 2024): both count as
        // nothing remembered; sent from NCALayer, the certificate is told its refusal (for the individual's key the
        // usage check speaks before the validity period)
        record Case(String key, String clerkIin, String refusal) {
        }
        for (Case c : List.of(new Case("gost2015-512/2026_legal_revoked_employee_signright.p12", "123456789012",
                "CERT_REVOKED"), new Case("gost2015-512/2023_individual.p12", "123456789011", "CERT_WRONG_USAGE"))) {
            String clerk = freshClerk(c.clerkIin());
            byte[] der = testKey(c.key()).certificate().getEncoded();
            rememberedCertificates.remember(clerk, der);
            String request = registerAt(clerk, "almaty-1", TestIins.next());
            uploadScans(clerk, request, 1);
            Response r = post(signingPath(request), clerk, "{}");
            assertThat(r.status()).as(c.key()).isEqualTo(409);
            assertThat(r.code()).as(c.key()).isEqualTo("NCALAYER_KEY_UNKNOWN");
            assertThat(rememberedCertificates.of(clerk)).as(c.key()).isEmpty();
            Response sent = post(signingPath(request), clerk, "{\"certificate\": \""
                    + Base64.getEncoder().encodeToString(der) + "\"}");
            assertThat(sent.status()).as(c.key()).isEqualTo(403);
            assertThat(sent.code()).as(c.key()).isEqualTo(c.refusal());
        }
    }

    @Autowired
    protected RememberedCertificates rememberedCertificates;

    /** A new clerk account of almaty-1 whose certificate IIN is {@code iin}. */
    private String freshClerk(String iin) {
        String username = "ncalayer." + java.util.UUID.randomUUID().toString().substring(0, 8);
        accounts.save(username, PASSWORD, "Тесттов Тестт", iin, "almaty-1", Set.of(Role.CLERK));
        return username;
    }

    private static SigningKey testKey(String file) throws Exception {
        return new Pkcs12KeySource(Files.readAllBytes(Path.of("src/test/resources/testdata/kz-pki/keys", file)),
                "Qwerty12".toCharArray()).load();
    }

    private static String base64(SigningKey key) throws Exception {
        return Base64.getEncoder().encodeToString(key.certificate().getEncoded());
    }

    private static String signingPath(String requestId) {
        return "/api/v1/requests/" + requestId + "/originals/1/signing";
    }

    /** Signs the PAdES step and then the CAdES step with {@code key}; returns the certified copy. */
    private JsonNode signBothSteps(String clerk, SigningKey key, Response pades) throws Exception {
        assertThat(pades.status()).as(pades.body()).isEqualTo(201);
        Response cades = call("PUT", pades.json().path("next").asString(), clerk, signatureBody(key, pades));
        assertThat(cades.status()).as(cades.body()).isEqualTo(202);
        assertThat(cades.json().path("certificateSerialNumber").asString())
                .isEqualTo(pades.json().path("certificateSerialNumber").asString());
        Response done = call("PUT", cades.json().path("next").asString(), clerk, signatureBody(key, cades));
        assertThat(done.status()).as(done.body()).isEqualTo(201);
        return done.json();
    }

    private static String signatureBody(SigningKey key, Response step) throws Exception {
        Signature s = Signature.getInstance(key.family().signatureName());
        s.initSign(key.privateKey());
        s.update(Base64.getDecoder().decode(step.json().path("dataToSign").asString()));
        return "{\"signature\": \"" + Base64.getEncoder().encodeToString(s.sign()) + "\"}";
    }

    /** The signed Annex 2 is recorded once, with the served bytes' SHA-256; backends check where they keep it. */
    protected void assertRefusalNoticeStored(Certified c, byte[] pdf) throws Exception {
        assertThat(jdbc.sql("SELECT sha256 FROM refusal_notice WHERE request_id = ?::uuid AND language = 'kk'")
                .param(c.requestId()).query(String.class).list()).containsExactly(java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf)));
    }

    // ---- the flow's steps, reusable by subclasses ----

    /** Registers a request for a fresh IIN, uploads two real scans to original 1 and certifies it. */
    protected Certified certifiedCopy(String clerk) {
        String iin = TestIins.next();
        String requestId = registerAt(clerk, "almaty-1", iin);
        uploadScans(clerk, requestId, 1);
        Response r = post(certifyPath(requestId, 1), clerk, null);
        if (r.status() != 201) {
            throw new AssertionError("certify failed: " + r.status() + " " + r.body());
        }
        assertThat(r.header("Location")).isEqualTo("/api/v1/copies/" + r.json().path("id").asString());
        return new Certified(requestId, iin, r.json());
    }

    protected static String certifyPath(String requestId, int original) {
        return "/api/v1/requests/" + requestId + "/originals/" + original + "/certify";
    }

    protected String registerAt(String clerk, String center, String iin) {
        Response r = post("/api/v1/requests", clerk, registration(iin).replace("\"almaty-1\"", "\"" + center + "\""));
        if (r.status() != 201) {
            throw new AssertionError("registration failed: " + r.status() + " " + r.body());
        }
        return r.json().path("id").asString();
    }

    /** A real scanned page (TIFF) and a real photo (JPEG) from the corpus. */
    protected void uploadScans(String clerk, String requestId, int original) {
        try {
            String boundary = "----certcopy" + System.nanoTime();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (String file : List.of("scanned/tesseract__phototest.tif", "scanned/pdfbox__stamp.jpg")) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                        + Path.of(file).getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                body.write(Files.readAllBytes(Corpus.file(file)));
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> r = HTTP.send(authorized("/api/v1/requests/" + requestId + "/originals/" + original
                            + "/scans", clerk).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 201) {
                throw new AssertionError("upload failed: " + r.statusCode() + " " + r.body());
            }
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    protected byte[] download(String path, String user) throws Exception {
        HttpResponse<byte[]> r = HTTP.send(authorized(path, user).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    protected String verifyUpload(byte[] pdf, byte[] p7s) throws Exception {
        String boundary = "----certcopy" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "file", "document.pdf", pdf);
        part(body, boundary, "signature", "signature.p7s", p7s);
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/verifications")).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    private static void part(ByteArrayOutputStream body, String boundary, String name, String file, byte[] data)
            throws IOException {
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + file
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(data);
        body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    protected HttpRequest.Builder authorized(String path, String user) {
        String token = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + token);
    }

    protected static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    protected String pdfText(byte[] pdf) throws IOException {
        Path file = Files.write(work.resolve("text-" + System.nanoTime() + ".pdf"), pdf);
        Tools.Result r = Tools.run(List.of("pdftotext", "-enc", "UTF-8", file.toString(), "-"));
        assertThat(r.exit()).as(r.output()).isZero();
        return r.output();
    }

    /** pdftotext's text with every run of white space (line ends inside table cells too) as one space. */
    protected static String flat(String text) {
        return text.replaceAll("[\\s\\u00A0]+", " ");
    }

    private Path pem(Path der) throws IOException {
        Path out = work.resolve("root.pem");
        Files.writeString(out, "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(Files.readAllBytes(der))
                + "\n-----END CERTIFICATE-----\n");
        return out;
    }

    private long auditCount() {
        return jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single();
    }

    protected static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }
}
