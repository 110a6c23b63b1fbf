package kz.certcopy.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import kz.certcopy.signing.cades.CadesLevel;
import kz.certcopy.signing.cades.CadesSigner;
import kz.certcopy.signing.identity.ClerkCertificatePolicy;
import kz.certcopy.signing.keys.SigningKey;
import kz.certcopy.signing.pades.PadesOptions;
import kz.certcopy.signing.pades.PadesSigner;
import kz.certcopy.signing.support.TestCa;
import kz.certcopy.signing.support.TestPdfs;
import kz.certcopy.signing.support.Tools;
import kz.certcopy.signing.validation.Indication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClerkSignerTest {

    private static final String CRL = "crl/nca_gost2022_test_2026-08-11.crl";

    @TempDir
    Path tmp;

    private static ClerkSigner signer(SigningKey key) {
        return new ClerkSigner(() -> key, new CadesSigner(null), new PadesSigner(),
                TestPkiConfig.ncaValidator(TestData.GOST_2026_CLOCK, CRL),
                new ClerkCertificatePolicy(ClerkCertificatePolicy.DEFAULT_ROLES), TestData.GOST_2026_CLOCK,
                CadesLevel.B_B);
    }

    @Test
    void signCopyGivesAPadesPdfAndADetachedCadesOverTheFinalBytes() {
        SigningKey key = TestData.key("gost2015-512/2026_legal_valid_employee_signright.p12");
        SignedCopy copy = signer(key).signCopy(TestPdfs.simple("Түпнұсқаға сәйкес"), PadesOptions.invisible("r"));
        var verifier = TestPkiConfig.verifier(TestData.GOST_2026_CLOCK, CRL);
        assertThat(verifier.verify(copy.signedPdf(), null).indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(verifier.verify(copy.detachedCades(), copy.signedPdf()).indication())
                .isEqualTo(Indication.TOTAL_PASSED);
        assertThat(copy.signer().iin()).isEqualTo("123456789012");
        assertThat(copy.signingTime()).isEqualTo(TestData.GOST_2026_TIME);
    }

    @Test
    void revokedOrUnsuitableServerKeysAreRefusedBeforeSigning() {
        assertThatThrownBy(() -> signer(TestData.key("gost2015-512/2026_legal_revoked_employee.p12"))
                .signDetached(new byte[] {1})).extracting("code").isEqualTo("CERT_REVOKED");
        assertThatThrownBy(() -> signer(TestData.key("gost2015-512/2026_individual_valid.p12"))
                .signDetached(new byte[] {1})).extracting("code").isEqualTo("CERT_WRONG_USAGE");
        assertThatThrownBy(() -> signer(TestData.key("gost2015-512/2026_legal_valid_treasury_client.p12"))
                .signDetached(new byte[] {1})).extracting("code").isEqualTo("CERT_ORGANISATION_SEAL");
    }

    @Test
    void rsaServerKeyCopyPassesPdfsigAndOpenssl() throws Exception {
        TestCa ca = new TestCa(TestData.GOST_2026_TIME);
        ClerkSigner signer = new ClerkSigner(() -> ca.clerk, new CadesSigner(null), new PadesSigner(),
                new kz.certcopy.signing.trust.CertificateValidator(new kz.certcopy.signing.trust.TrustAnchors(
                        List.of(ca.root)), List.of(kz.certcopy.signing.trust.CrlRevocationSource.of(List.of(ca.crl()),
                        TestData.GOST_2026_CLOCK)), true),
                new ClerkCertificatePolicy(ClerkCertificatePolicy.DEFAULT_ROLES), TestData.GOST_2026_CLOCK,
                CadesLevel.B_B);
        SignedCopy copy = signer.signCopy(TestPdfs.simple("RSA"), PadesOptions.invisible("r"));
        Path pdf = Files.write(tmp.resolve("copy.pdf"), copy.signedPdf());
        Path p7s = Files.write(tmp.resolve("copy.p7s"), copy.detachedCades());
        Path root = Files.writeString(tmp.resolve("root.pem"), TestCa.pem(ca.root));
        assertThat(Tools.run(List.of("pdfsig", "-nocert", pdf.toString())).output()).contains("Signature is Valid");
        Tools.Result r = Tools.run(List.of("openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in",
                p7s.toString(), "-content", pdf.toString(), "-CAfile", root.toString(), "-purpose", "any",
                "-attime", String.valueOf(TestData.GOST_2026_TIME.getEpochSecond()), "-out", "/dev/null"));
        assertThat(r.exit()).as(r.output()).isZero();
    }
}
