package kz.certcopy.signing.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

import kz.certcopy.common.CertCopyException;
import kz.certcopy.signing.TestData;
import kz.certcopy.signing.TestPkiConfig;
import kz.certcopy.signing.cades.AttributeProfile;
import kz.certcopy.signing.cades.CadesLevel;
import kz.certcopy.signing.cades.CadesSigner;
import kz.certcopy.signing.cms.CmsAlgorithms;
import kz.certcopy.signing.identity.ClerkCertificatePolicy;
import kz.certcopy.signing.keys.SigningKey;
import kz.certcopy.signing.pades.PadesOptions;
import kz.certcopy.signing.pades.PadesSigner;
import kz.certcopy.signing.support.MutableClock;
import kz.certcopy.signing.support.TestPdfs;
import kz.certcopy.signing.validation.Indication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExternalSigningTest {

    private static final String CRL = "crl/nca_gost2022_test_2026-08-11.crl";
    private final SigningKey clerk = TestData.key("gost2015-512/2026_legal_valid_employee_signright.p12");
    private final byte[] doc = "Анықтама / Справка".getBytes(StandardCharsets.UTF_8);
    private MutableClock clock;
    private InMemorySigningSessions sessions;
    private ExternalSigning external;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(TestData.GOST_2026_TIME);
        sessions = new InMemorySigningSessions(clock);
        external = new ExternalSigning(sessions, new CadesSigner(null), new PadesSigner(),
                TestPkiConfig.ncaValidator(clock, CRL), new ClerkCertificatePolicy(ClerkCertificatePolicy.DEFAULT_ROLES),
                clock, Duration.ofMinutes(5));
    }

    private byte[] rawSign(byte[] data) throws Exception {
        Signature s = Signature.getInstance(clerk.family().signatureName());
        s.initSign(clerk.privateKey());
        s.update(data);
        return s.sign();
    }

    @Test
    void rawSignatureOverPreparedAttributesCompletesToAVerifiableCades() throws Exception {
        Preparation p = external.prepareCades(doc, clerk.certificate(), CadesLevel.B_B);
        assertThat(p.signatureAlgorithmOid()).isEqualTo("1.2.398.3.10.1.1.2.3.2");
        assertThat(p.digestAlgorithmOid()).isEqualTo("1.2.398.3.10.1.3.3");
        assertThat(p.contentDigest()).hasSize(64);
        byte[] cms = external.complete(p.sessionId(), doc, rawSign(p.dataToSign()));
        var report = TestPkiConfig.verifier(clock, CRL).verify(cms, doc);
        assertThat(report.indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThatThrownBy(() -> external.complete(p.sessionId(), doc, rawSign(p.dataToSign())))
                .extracting("code").isEqualTo("SIGNING_EXPIRED");
    }

    @Test
    void cmsFromCreateCadesFromBase64HashIsAcceptedAsIs() {
        Preparation p = external.prepareCades(doc, clerk.certificate(), CadesLevel.B_B);
        // what NCALayer returns: a detached CMS over the given hash, Kalkan attribute set, base64
        byte[] ncaLayerCms = new CadesSigner(null).sign(p.contentDigest(), clerk.certificate(),
                java.util.List.of(clerk.certificate()), CmsAlgorithms.signer(clerk), AttributeProfile.KALKAN,
                CadesLevel.B_B, clock.instant());
        byte[] b64 = Base64.getEncoder().encode(ncaLayerCms);
        byte[] cms = external.complete(p.sessionId(), doc, b64);
        assertThat(TestPkiConfig.verifier(clock, CRL).verify(cms, doc).indication()).isEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void twoStepPadesProducesASignedPdf() throws Exception {
        byte[] pdf = TestPdfs.simple("Екі қадамды қол қою");
        Preparation p = external.preparePades(pdf, clerk.certificate(), PadesOptions.invisible("r"), CadesLevel.B_B);
        byte[] signed = external.complete(p.sessionId(), pdf, rawSign(p.dataToSign()));
        var report = TestPkiConfig.verifier(clock, CRL).verify(signed, null);
        assertThat(report.indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(java.util.Arrays.copyOf(signed, pdf.length)).isEqualTo(pdf);
    }

    @Test
    void expiredSessionOrChangedDocumentGiveSigningExpired() throws Exception {
        Preparation p = external.prepareCades(doc, clerk.certificate(), CadesLevel.B_B);
        byte[] sig = rawSign(p.dataToSign());
        byte[] changed = "other".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> external.complete(p.sessionId(), changed, sig)).extracting("code")
                .isEqualTo("SIGNING_EXPIRED");
        clock.advance(Duration.ofMinutes(6));
        assertThatThrownBy(() -> external.complete(p.sessionId(), doc, sig)).extracting("code")
                .isEqualTo("SIGNING_EXPIRED");
        assertThatThrownBy(() -> external.complete("no-such-session", doc, sig)).extracting("code")
                .isEqualTo("SIGNING_EXPIRED");
    }

    @Test
    void wrongSignerOrForgedValueIsRefused() throws Exception {
        Preparation p = external.prepareCades(doc, clerk.certificate(), CadesLevel.B_B);
        SigningKey other = TestData.key("gost2015-512/2026_individual_valid.p12");
        Signature s = Signature.getInstance(other.family().signatureName());
        s.initSign(other.privateKey());
        s.update(p.dataToSign());
        byte[] foreign = s.sign();
        assertThatThrownBy(() -> external.complete(p.sessionId(), doc, foreign)).isInstanceOf(CertCopyException.class)
                .extracting("code").isEqualTo("SIGNATURE_INVALID");
        byte[] otherCms = new CadesSigner(null).sign(p.contentDigest(), other.certificate(),
                java.util.List.of(other.certificate()), CmsAlgorithms.signer(other), AttributeProfile.KALKAN,
                CadesLevel.B_B, clock.instant());
        assertThatThrownBy(() -> external.complete(p.sessionId(), doc, otherCms)).extracting("code")
                .isEqualTo("SIGNER_MISMATCH");
    }

    @Test
    void certificatesThatMayNotCertifyAreRefusedAtPrepare() {
        SigningKey revoked = TestData.key("gost2015-512/2026_legal_revoked_employee_signright.p12");
        assertThatThrownBy(() -> external.prepareCades(doc, revoked.certificate(), CadesLevel.B_B))
                .extracting("code").isEqualTo("CERT_REVOKED");
        SigningKey infoSystem = TestData.key("gost2015-512/2026_legal_valid_treasury_client.p12");
        assertThatThrownBy(() -> external.prepareCades(doc, infoSystem.certificate(), CadesLevel.B_B))
                .extracting("code").isEqualTo("CERT_ORGANISATION_SEAL");
        SigningKey individual = TestData.key("gost2015-512/2026_individual_valid.p12");
        assertThatThrownBy(() -> external.prepareCades(doc, individual.certificate(), CadesLevel.B_B))
                .extracting("code").isEqualTo("CERT_WRONG_USAGE");
    }

    @Test
    void sessionStateIsPlainSerialisableData() throws Exception {
        Preparation p = external.prepareCades(doc, clerk.certificate(), CadesLevel.B_B);
        SigningSession s = sessions.find(p.sessionId()).orElseThrow();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(s);
        }
        assertThat(bytes.size()).isGreaterThan(s.certificate().length);
        assertThat(Set.of(s.format(), s.level())).hasSize(2);
    }
}
