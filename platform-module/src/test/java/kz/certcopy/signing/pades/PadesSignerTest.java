package kz.certcopy.signing.pades;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import kz.certcopy.signing.TestData;
import kz.certcopy.signing.TestPkiConfig;
import kz.certcopy.signing.cades.AttributeProfile;
import kz.certcopy.signing.cades.CadesLevel;
import kz.certcopy.signing.cades.CadesSigner;
import kz.certcopy.signing.keys.SigningKey;
import kz.certcopy.signing.support.TestCa;
import kz.certcopy.signing.support.TestPdfs;
import kz.certcopy.signing.support.TestTsa;
import kz.certcopy.signing.support.Tools;
import kz.certcopy.signing.trust.CertificateValidator;
import kz.certcopy.signing.trust.CrlRevocationSource;
import kz.certcopy.signing.trust.TrustAnchors;
import kz.certcopy.signing.tsp.TsaClient;
import kz.certcopy.signing.validation.Indication;
import kz.certcopy.signing.validation.SignatureVerifier;
import kz.certcopy.signing.validation.VerificationReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PadesSignerTest {

    static TestCa ca;
    static TestTsa tsa;
    static Clock clock;
    @TempDir
    Path tmp;

    @BeforeAll
    static void pki() throws Exception {
        clock = TestData.GOST_2026_CLOCK;
        ca = new TestCa(clock.instant());
        tsa = new TestTsa(ca, clock);
    }

    @AfterAll
    static void stop() {
        tsa.close();
    }

    private SignatureVerifier verifier() {
        return new SignatureVerifier(new CertificateValidator(new TrustAnchors(List.of(ca.root)),
                List.of(CrlRevocationSource.of(List.of(ca.crl()), clock)), true), clock, Duration.ofSeconds(30));
    }

    private byte[] signPdf(byte[] pdf, SigningKey key, PadesOptions options, CadesLevel level) {
        CadesSigner cades = new CadesSigner(new TsaClient(tsa.url(), Duration.ofSeconds(5), null));
        return new PadesSigner().sign(pdf, options, clock.instant(),
                content -> cades.sign(content, key, AttributeProfile.PADES, level, clock.instant()));
    }

    @Test
    void invisibleRsaPadesIsAnIncrementalUpdateThatPdfsigAndOurVerifierAccept() throws Exception {
        byte[] pdf = TestPdfs.simple("Көшірме дұрыс — Копия верна");
        byte[] signed = signPdf(pdf, ca.clerk, PadesOptions.invisible("Куәландырылған көшірме"), CadesLevel.B_B);
        assertThat(Arrays.copyOf(signed, pdf.length)).isEqualTo(pdf);
        Path file = Files.write(tmp.resolve("signed.pdf"), signed);
        Files.writeString(tmp.resolve("root.pem"), TestCa.pem(ca.root));
        Tools.Result r = Tools.run(List.of("pdfsig", "-nocert", file.toString()));
        assertThat(r.output()).contains("Signature is Valid", "ETSI.CAdES.detached",
                "Signed Ranges", "Total document signed");
        VerificationReport report = verifier().verify(signed, null);
        assertThat(report.indication()).as(report.toString()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(report.signatures().get(0).signer().iin()).isEqualTo("900101400123");
        assertThat(report.signatures().get(0).claimedSigningTime()).isEqualTo(clock.instant());
    }

    @Test
    void visibleBtPadesCarriesATrustedTimestampAndPassesPdfsig() throws Exception {
        byte[] pdf = TestPdfs.simple("Visible");
        var appearance = new SignatureAppearance(0, 300, 60, 250, 60,
                List.of("Қол қойды: ТЕСТОВА АЙГҮЛ", "ЖСН 900101400123", "2026-10-01"));
        byte[] signed = signPdf(pdf, ca.clerk, new PadesOptions("Копия верна", "Астана", null, appearance,
                PadesOptions.DEFAULT_RESERVED_BYTES), CadesLevel.B_T);
        Path file = Files.write(tmp.resolve("visible.pdf"), signed);
        Tools.Result r = Tools.run(List.of("pdfsig", "-nocert", file.toString()));
        assertThat(r.output()).contains("Signature is Valid", "Total document signed");
        VerificationReport report = verifier().verify(signed, null);
        assertThat(report.indication()).as(report.toString()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(report.signatures().get(0).timestampTime()).isEqualTo(clock.instant());
        assertThat(report.signatures().get(0).timestampTrusted()).isTrue();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(signed)) {
            // /Contents holds exactly the DER CMS, no zero padding (strict DER readers accept it)
            byte[] contents = doc.getLastSignatureDictionary().getContents();
            assertThat(org.bouncycastle.asn1.ASN1Primitive.fromByteArray(contents).getEncoded()).hasSize(contents.length);
            var widget = doc.getPage(0).getAnnotations().stream()
                    .filter(a -> a.getRectangle().getWidth() > 0).findFirst().orElseThrow();
            assertThat(widget.getRectangle().getWidth()).isEqualTo(250f);
        }
    }

    @Test
    void pdfChangedAfterSigningIsNeverPassed() throws Exception {
        byte[] signed = signPdf(TestPdfs.simple("Original"), ca.clerk, PadesOptions.invisible("r"), CadesLevel.B_B);
        // an appended incremental update (content added after signing)
        byte[] appended = concat(signed, "\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n".getBytes());
        assertThat(verifier().verify(appended, null).indication()).isEqualTo(Indication.TOTAL_FAILED);
        // a byte inside the signed range flipped
        byte[] flipped = signed.clone();
        int i = indexOf(flipped, "Original".getBytes()) ;
        if (i < 0) {
            i = 200;
        }
        flipped[i] ^= 0x01;
        assertThat(verifier().verify(flipped, null).indication()).isEqualTo(Indication.TOTAL_FAILED);
        Path file = Files.write(tmp.resolve("appended.pdf"), appended);
        assertThat(Tools.run(List.of("pdfsig", "-nocert", file.toString())).output())
                .doesNotContain("Total document signed");
    }

    @Test
    void gostPadesVerifiesWithOurVerifier() {
        SigningKey key = TestData.key("gost2015-512/2026_legal_valid_employee_signright.p12");
        CadesSigner cades = new CadesSigner(null);
        byte[] signed = new PadesSigner().sign(TestPdfs.simple("ГОСТ"), PadesOptions.invisible("r"), clock.instant(),
                c -> cades.sign(c, key, AttributeProfile.PADES, CadesLevel.B_B, clock.instant()));
        VerificationReport report = TestPkiConfig.verifier(clock, "crl/nca_gost2022_test_2026-08-11.crl")
                .verify(signed, null);
        assertThat(report.indication()).as(report.toString()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(report.signatures().get(0).signer().bin()).isEqualTo("123456789021");
    }

    @Test
    void rsaDetachedCadesVerifiesWithOpenssl() throws Exception {
        byte[] doc = TestPdfs.simple("CAdES");
        CadesSigner cades = new CadesSigner(new TsaClient(tsa.url(), Duration.ofSeconds(5), null));
        byte[] cms = cades.sign(doc, ca.clerk, AttributeProfile.CADES, CadesLevel.B_T, clock.instant());
        Path content = Files.write(tmp.resolve("doc.pdf"), doc);
        Path sig = Files.write(tmp.resolve("doc.p7s"), cms);
        Path root = Files.writeString(tmp.resolve("root.pem"), TestCa.pem(ca.root));
        List<String> cmd = List.of("openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", sig.toString(),
                "-content", content.toString(), "-CAfile", root.toString(), "-purpose", "any",
                "-attime", String.valueOf(clock.instant().getEpochSecond()), "-out", "/dev/null");
        Tools.Result ok = Tools.run(cmd);
        assertThat(ok.exit()).as(ok.output()).isZero();
        assertThat(ok.output()).contains("Verification successful");
        doc[100] ^= 1;
        Files.write(content, doc);
        Tools.Result bad = Tools.run(cmd);
        assertThat(bad.exit()).isNotZero();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
