package kz.certcopy.signing.pades;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import eu.europa.esig.dss.crl.CRLUtils;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.RevocationOrigin;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLToken;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import kz.certcopy.signing.cades.AttributeProfile;
import kz.certcopy.signing.cades.CadesLevel;
import kz.certcopy.signing.cades.CadesSigner;
import kz.certcopy.signing.support.TestCa;
import kz.certcopy.signing.support.TestPdfs;
import kz.certcopy.signing.support.TestTsa;
import kz.certcopy.signing.tsp.TsaClient;
import org.junit.jupiter.api.Test;

/** EU DSS (test scope) judges our PAdES made with a test CA of our own: TOTAL_PASSED. */
class DssValidationTest {

    @Test
    void padesBtFromOurSignerIsTotalPassedInEuDss() throws Exception {
        Instant now = Instant.now();
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        TestCa ca = new TestCa(now);
        byte[] signed;
        try (TestTsa tsa = new TestTsa(ca, clock)) {
            CadesSigner cades = new CadesSigner(new TsaClient(tsa.url(), Duration.ofSeconds(5), null));
            signed = new PadesSigner().sign(TestPdfs.simple("Көшірме дұрыс"), PadesOptions.invisible("Копия верна"),
                    now, c -> cades.sign(c, ca.clerk, AttributeProfile.PADES, CadesLevel.B_T, now));
        }
        SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(signed));
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(new CertificateToken(ca.root));
        verifier.setTrustedCertSources(trusted);
        byte[] crl = ca.crl().getEncoded();
        verifier.setCrlSource((CRLSource) (cert, issuer) -> {
            try {
                CRLToken token = new CRLToken(cert, CRLUtils.buildCRLValidity(CRLUtils.buildCRLBinary(crl), issuer));
                token.setExternalOrigin(RevocationOrigin.EXTERNAL);
                return token;
            } catch (java.io.IOException e) {
                return null;
            }
        });
        validator.setCertificateVerifier(verifier);
        SimpleReport report = validator.validateDocument().getSimpleReport();
        String id = report.getFirstSignatureId();
        assertThat(report.getIndication(id)).as(id + " " + report.getSubIndication(id) + " "
                + report.getAdESValidationErrors(id)).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(report.getSignatureFormat(id)).isEqualTo(eu.europa.esig.dss.enumerations.SignatureLevel.PAdES_BASELINE_T);
    }
}
