package kz.certcopy.hardening;

import static kz.certcopy.hardening.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;
import kz.certcopy.IntegrationTest;
import kz.certcopy.copies.TestIins;
import kz.certcopy.intake.Corpus;
import org.junit.jupiter.api.Test;

/**
 * Problems whose message fits what was wrong: an empty file is called empty, a missing signature is called a missing
 * signature, an unreadable certificate a certificate, and a second file where one is expected is refused, not
 * dropped unseen.
 */
class FittingProblemsIT extends IntegrationTest {

    private static final byte[] XML = "<?xml version=\"1.0\"?><doc>Анықтама</doc>".getBytes(StandardCharsets.UTF_8);

    @Test
    void anEmptyConsentScanIsCalledEmptyAndASecondFileIsRefused() throws Exception {
        String id = registerFor(TestIins.next());
        String path = "/api/v1/requests/" + id + "/consent-scan";
        Response empty = multipart(path, "almaty.clerk1", "en", new Part("file", "consent.jpg", new byte[0]));
        assertProblem(empty, 400, "EMPTY_FILE"); // as for the originals' scans, not "attach a file"
        assertThat(empty.json().path("detail").asString()).contains("empty");

        byte[] jpeg = Files.readAllBytes(Corpus.file("scanned/pdfbox__stamp.jpg"));
        byte[] tiff = Files.readAllBytes(Corpus.file("scanned/tesseract__phototest.tif"));
        Response two = multipart(path, "almaty.clerk1", "kk", new Part("file", "a.jpg", jpeg),
                new Part("file", "b.tif", tiff));
        assertProblem(two, 400, "ONE_FILE_EXPECTED");
        assertThat(two.json().path("detail").asString())
                .isEqualTo("«file» бөлігінде дәл бір файл болуы керек (жіберілгені: 2).");
        assertThat(get("/api/v1/requests/" + id, "almaty.clerk1").json().path("consent").path("scan").isNull())
                .as("neither file attached").isTrue();
        assertThat(multipart(path, "almaty.clerk1", new Part("file", "a.jpg", jpeg)).status()).isEqualTo(201);
    }

    @Test
    void aDocumentWithoutItsDetachedSignatureIsToldTheSignatureIsMissing() {
        Response alone = multipart("/api/v1/verifications", null, "en", new Part("file", "statement.xml", XML));
        assertProblem(alone, 400, "SIGNATURE_MISSING");
        assertThat(alone.json().path("detail").asString()).contains("no detached signature").contains(".p7s")
                .doesNotContain("cannot be read");
        assertThat(multipart("/api/v1/verifications", null, "ru", new Part("file", "statement.xml", XML))
                .json().path("detail").asString()).startsWith("У этого файла нет собственной подписи");
        // given, but not a signature: that one is unreadable
        assertProblem(multipart("/api/v1/verifications", null, new Part("file", "statement.xml", XML),
                new Part("signature", "statement.p7s", XML)), 400, "SIGNATURE_MALFORMED");
        Response twoSignatures = multipart("/api/v1/verifications", null, "en",
                new Part("file", "statement.xml", XML), new Part("signature", "a.p7s", XML),
                new Part("signature", "b.p7s", XML));
        assertProblem(twoSignatures, 400, "ONE_FILE_EXPECTED");
        assertThat(twoSignatures.json().path("detail").asString()).contains("\"signature\"");
        assertProblem(multipart("/api/v1/verifications", null, new Part("file", "a.xml", XML),
                new Part("file", "b.xml", XML)), 400, "ONE_FILE_EXPECTED");
    }

    @Test
    void anEmptyFileToVerifyOrAnEmptySignatureIsNamedAsEmpty() {
        Response emptyFile = multipart("/api/v1/verifications", null, "en", new Part("file", "copy.pdf", new byte[0]));
        assertProblem(emptyFile, 400, "EMPTY_PART");
        assertThat(emptyFile.json().path("field").asString()).isEqualTo("file");
        assertThat(emptyFile.json().path("detail").asString()).contains("«file»").contains("0 bytes")
                .doesNotContain("Attach a file");
        // an empty signature beside the document is not taken as 'verify the document alone'
        Response emptySignature = multipart("/api/v1/verifications", null, "kk",
                new Part("file", "statement.xml", XML), new Part("signature", "statement.p7s", new byte[0]));
        assertProblem(emptySignature, 400, "EMPTY_PART");
        assertThat(emptySignature.json().path("field").asString()).isEqualTo("signature");
        assertThat(emptySignature.json().path("detail").asString())
                .isEqualTo("«signature» ретінде жіберілген файл бос (0 байт): файлды қайта таңдап, қайта жіберіңіз.");
    }

    @Test
    void anUnreadableCertificateIsCalledACertificateAndAMissingSignatureASignature() {
        String id = registerFor(TestIins.next());
        String start = "/api/v1/requests/" + id + "/originals/1/signing";
        for (String certificate : new String[] {"AAAA", "not base64!", "-----BEGIN CERTIFICATE-----\\nAAAA\\n"
                + "-----END CERTIFICATE-----"}) {
            Response r = post(start, "almaty.clerk1", "{\"certificate\": \"" + certificate + "\"}",
                    "Accept-Language", "en");
            assertProblem(r, 400, "CERTIFICATE_MALFORMED");
            assertThat(r.json().path("detail").asString()).startsWith("The certificate cannot be read");
        }
        String step = "/api/v1/signings/" + UUID.randomUUID();
        for (String body : new String[] {"{}", "{\"signature\": \"  \"}", null}) {
            Response r = call("PUT", step, "almaty.clerk1", body, "Accept-Language", "en", "Content-Type",
                    "application/json");
            assertProblem(r, 400, "SIGNATURE_REQUIRED");
            assertThat(r.json().path("field").asString()).isEqualTo("signature");
            assertThat(r.json().path("detail").asString()).contains("signature").doesNotContain("Attach a file");
        }
        Response kk = call("PUT", step, "almaty.clerk1", "{}", "Accept-Language", "kk");
        assertThat(kk.json().path("detail").asString()).isEqualTo("Қолтаңбаны жіберіңіз: «signature» өрісі жоқ "
                + "немесе бос.");
    }
}
