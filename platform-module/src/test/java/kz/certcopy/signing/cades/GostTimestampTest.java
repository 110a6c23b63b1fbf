package kz.certcopy.signing.cades;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import kz.certcopy.signing.TestData;
import kz.certcopy.signing.TestPkiConfig;
import kz.certcopy.signing.keys.SigningKey;
import kz.certcopy.signing.support.TestCa;
import kz.certcopy.signing.support.TestTsa;
import kz.certcopy.signing.trust.CertificateValidator;
import kz.certcopy.signing.trust.CrlRevocationSource;
import kz.certcopy.signing.trust.TrustAnchors;
import kz.certcopy.signing.tsp.TsaClient;
import kz.certcopy.signing.validation.Indication;
import kz.certcopy.signing.validation.SignatureVerifier;
import kz.certcopy.signing.validation.SubIndication;
import kz.certcopy.signing.validation.VerificationReport;
import org.junit.jupiter.api.Test;

/** GOST CAdES-B-T with a time-stamp from a local RFC 3161 TSA, and a token that does not fit the signature. */
class GostTimestampTest {

    @Test
    void gostBtCarriesAVerifiedTimestamp() throws Exception {
        TestCa ca = new TestCa(TestData.GOST_2026_TIME);
        SigningKey key = TestData.key("gost2015-512/2026_legal_valid_employee_signright.p12");
        byte[] doc = "ГОСТ B-T".getBytes(StandardCharsets.UTF_8);
        byte[] cms;
        try (TestTsa tsa = new TestTsa(ca, TestData.GOST_2026_CLOCK)) {
            cms = new CadesSigner(new TsaClient(tsa.url(), Duration.ofSeconds(5), "1.2.398.3.3.2.6.2"))
                    .sign(doc, key, AttributeProfile.CADES, CadesLevel.B_T, TestData.GOST_2026_TIME);
        }
        List<java.security.cert.X509Certificate> trust = new ArrayList<>(TestPkiConfig.ncaTestTrust().certificates());
        trust.add(ca.root);
        SignatureVerifier verifier = new SignatureVerifier(new CertificateValidator(new TrustAnchors(trust),
                List.of(CrlRevocationSource.of(List.of(TestData.crl("crl/nca_gost2022_test_2026-08-11.crl")),
                        TestData.GOST_2026_CLOCK)), true), TestData.GOST_2026_CLOCK, Duration.ofSeconds(20));
        VerificationReport report = verifier.verify(cms, doc);
        assertThat(report.indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(report.signatures().get(0).timestampTime()).isEqualTo(TestData.GOST_2026_TIME);
        assertThat(report.signatures().get(0).timestampTrusted()).isTrue();

        // the same token moved onto another signature over the same document must not be accepted
        byte[] other = new CadesSigner(null).sign(doc, key, AttributeProfile.CADES, CadesLevel.B_B,
                TestData.GOST_2026_TIME.plusSeconds(1));
        var src = new org.bouncycastle.cms.CMSSignedData(cms).getSignerInfos().getSigners().iterator().next();
        var dst = new org.bouncycastle.cms.CMSSignedData(other);
        var moved = org.bouncycastle.cms.SignerInformation.replaceUnsignedAttributes(
                dst.getSignerInfos().getSigners().iterator().next(), src.getUnsignedAttributes());
        byte[] forged = org.bouncycastle.cms.CMSSignedData.replaceSigners(dst,
                new org.bouncycastle.cms.SignerInformationStore(moved)).getEncoded();
        VerificationReport bad = verifier.verify(forged, doc);
        assertThat(bad.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(bad.signatures().get(0).subIndication()).isEqualTo(SubIndication.TIMESTAMP_FAILURE);
    }
}
