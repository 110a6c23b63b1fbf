package kz.certcopy.signing.cades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import kz.certcopy.common.CertCopyException;
import kz.certcopy.signing.TestData;
import kz.certcopy.signing.TestPkiConfig;
import kz.certcopy.signing.keys.SigningKey;
import kz.certcopy.signing.validation.Indication;
import kz.certcopy.signing.validation.SubIndication;
import kz.certcopy.signing.validation.VerificationReport;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.cms.Attribute;
import org.junit.jupiter.api.Test;

class CadesSignerTest {

    private static final byte[] DOC = "Куәландырылған көшірме / Заверенная копия".getBytes(StandardCharsets.UTF_8);
    private static final String CRL_2026 = "crl/nca_gost2022_test_2026-08-11.crl";

    @Test
    void gost2015DetachedCadesVerifiesAsPassedWithTheTestChainAndCrl() {
        SigningKey key = TestData.key("gost2015-512/2026_individual_valid.p12");
        byte[] cms = new CadesSigner(null).sign(DOC, key, AttributeProfile.CADES, CadesLevel.B_B, TestData.GOST_2026_TIME);
        VerificationReport report = TestPkiConfig.verifier(TestData.GOST_2026_CLOCK, CRL_2026).verify(cms, DOC);
        assertThat(report.indication()).isEqualTo(Indication.TOTAL_PASSED);
        var sig = report.signatures().get(0);
        assertThat(sig.signer().iin()).isEqualTo("123456789011");
        assertThat(sig.signatureAlgorithm()).isEqualTo("1.2.398.3.10.1.1.2.3.2");
        assertThat(sig.claimedSigningTime()).isEqualTo(TestData.GOST_2026_TIME);
        assertThat(sig.revocationStatus()).startsWith("GOOD");
    }

    @Test
    void tamperedContentFailsWithHashFailure() {
        SigningKey key = TestData.key("gost2015-512/2026_individual_valid.p12");
        byte[] cms = new CadesSigner(null).sign(DOC, key, AttributeProfile.CADES, CadesLevel.B_B, TestData.GOST_2026_TIME);
        byte[] other = DOC.clone();
        other[3] ^= 1;
        VerificationReport report = TestPkiConfig.verifier(TestData.GOST_2026_CLOCK, CRL_2026).verify(cms, other);
        assertThat(report.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(report.signatures().get(0).subIndication()).isEqualTo(SubIndication.HASH_FAILURE);
    }

    @Test
    void tamperedSignatureValueFailsCryptographically() {
        SigningKey key = TestData.key("gost2015-512/2026_individual_valid.p12");
        byte[] cms = new CadesSigner(null).sign(DOC, key, AttributeProfile.CADES, CadesLevel.B_B, TestData.GOST_2026_TIME);
        cms[cms.length - 5] ^= 0x01; // inside the signature value, the last field of the SignerInfo
        VerificationReport report = TestPkiConfig.verifier(TestData.GOST_2026_CLOCK, CRL_2026).verify(cms, DOC);
        assertThat(report.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(report.signatures().get(0).subIndication()).isEqualTo(SubIndication.SIG_CRYPTO_FAILURE);
    }

    @Test
    void withoutRevocationDataTheResultIsIndeterminateNotPassed() {
        SigningKey key = TestData.key("gost2015-512/2026_individual_valid.p12");
        byte[] cms = new CadesSigner(null).sign(DOC, key, AttributeProfile.CADES, CadesLevel.B_B, TestData.GOST_2026_TIME);
        VerificationReport report = TestPkiConfig.verifier(TestData.GOST_2026_CLOCK).verify(cms, DOC);
        assertThat(report.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(report.signatures().get(0).subIndication()).isEqualTo(SubIndication.TRY_LATER);
    }

    @Test
    void gost2004SignatureVerifies() {
        SigningKey key = TestData.key("gost2004/2020_org_GOSTKNCA_13a3741b52d7bf860aab199b56fad1f4652e357b.p12");
        Instant t = Instant.parse("2020-06-01T10:00:00Z");
        byte[] cms = new CadesSigner(null).sign(DOC, key, AttributeProfile.CADES, CadesLevel.B_B, t);
        VerificationReport report = TestPkiConfig.verifier(Clock.fixed(t, ZoneOffset.UTC)).verify(cms, DOC);
        // no CRL of 2020 exists in the test material: integrity and chain pass, revocation stays unknown
        assertThat(report.signatures().get(0).integrityValid()).isTrue();
        assertThat(report.signatures().get(0).chainStatus()).isEqualTo("REVOCATION_UNKNOWN");
        assertThat(report.signatures().get(0).signatureAlgorithm()).isEqualTo("1.2.398.3.10.1.1.1.2");
        assertThat(report.indication()).isEqualTo(Indication.INDETERMINATE);
    }

    @Test
    void kalkanMadeCmsVerifies() {
        Clock at = Clock.fixed(Instant.parse("2022-09-27T12:00:00Z"), ZoneOffset.UTC);
        byte[] p7s = TestData.pki("cms/kalkan_attached_gost2015+rsa_test123.p7s");
        VerificationReport report = TestPkiConfig.verifier(at, "crl/nca_gost2022_test_2022-07-27.crl").verify(p7s, null);
        assertThat(report.signatures()).hasSize(2);
        var gost = report.signatures().get(0);
        assertThat(gost.signatureAlgorithm()).isEqualTo("1.2.398.3.10.1.1.2.3.2");
        assertThat(gost.indication()).isEqualTo(Indication.TOTAL_PASSED);
        var rsa = report.signatures().get(1);
        assertThat(rsa.integrityValid()).isTrue();
        // the RSA signer's certificate expired 2022-01-18, before this signature was made
        assertThat(rsa.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(rsa.subIndication()).isEqualTo(SubIndication.OUT_OF_BOUNDS_NO_POE);
        assertThat(report.indication()).isEqualTo(Indication.INDETERMINATE);
    }

    @Test
    void kalkanMadeBase64CmsOfTheOldGostVerifiesItsIntegrity() {
        Clock at = Clock.fixed(Instant.parse("2020-06-01T12:00:00Z"), ZoneOffset.UTC);
        byte[] b64 = TestData.bytes("corpus/signed/ncanode-go__GOSTKNCA_13a3741b52d7bf860aab199b56fad1f4652e357b.cms");
        VerificationReport report = TestPkiConfig.verifier(at).verify(b64, null);
        assertThat(report.signatures().get(0).integrityValid()).isTrue();
        assertThat(report.signatures().get(0).signatureAlgorithm()).isEqualTo("1.2.398.3.10.1.1.1.2");
        assertThat(report.signatures().get(0).chainStatus()).isEqualTo("REVOCATION_UNKNOWN");
    }

    @Test
    void kalkanMadeRsaBase64CmsVerifyButAreNeverPassedWithoutRevocationData() {
        Clock at = Clock.fixed(Instant.parse("2020-06-01T12:00:00Z"), ZoneOffset.UTC);
        for (String f : new String[] {"ncanode-go__RSA256_11c707bd54cbfcccb3815e39c4eb57b1dc7dfea9.cms",
            "ncanode-go__RSA256_346a7e57c2995259140b6fc375b6ff3bba7e852f.cms"}) {
            VerificationReport report = TestPkiConfig.verifier(at).verify(TestData.bytes("corpus/signed/" + f), null);
            assertThat(report.signatures().get(0).integrityValid()).isTrue();
            assertThat(report.signatures().get(0).signer().iin()).isEqualTo("123456789011");
            assertThat(report.indication()).isEqualTo(Indication.INDETERMINATE);
        }
    }

    @Test
    void kalkanProfileHasExactlyTheAttributeAndOidLayoutOfTheKalkanSample() throws Exception {
        SigningKey key = TestData.key("gost2015-512/2022_individual_valid.p12");
        byte[] ours = new CadesSigner(null).signAttached("test123".getBytes(StandardCharsets.UTF_8), key,
                AttributeProfile.KALKAN, Instant.parse("2022-09-27T10:00:00Z"));
        byte[] kalkan = TestData.pki("cms/kalkan_attached_gost2015+rsa_test123.p7s");
        assertThat(layout(ours, 0)).isEqualTo(layout(kalkan, 0));
        assertThat(layout(ours, 0)).contains("digestAlgorithm=1.2.398.3.10.1.3.3+NULL",
                "signatureAlgorithm=1.2.398.3.10.1.1.2.3.2+NULL",
                "signedAttrs=[1.2.840.113549.1.9.3, 1.2.840.113549.1.9.5, 1.2.840.113549.1.9.4]");
    }

    /** The structural skeleton of a SignerInfo and the SignedData around it: OIDs, params, attribute order. */
    private static List<String> layout(byte[] cms, int signer) {
        SignedData sd = SignedData.getInstance(ContentInfo.getInstance(cms).getContent());
        SignerInfo si = SignerInfo.getInstance(sd.getSignerInfos().getObjectAt(signer));
        List<String> out = new ArrayList<>();
        out.add("version=" + sd.getVersion());
        out.add("eContentType=" + sd.getEncapContentInfo().getContentType());
        out.add("signerVersion=" + si.getVersion());
        out.add("sid=" + (si.getSID().isTagged() ? "ski" : "issuerAndSerial"));
        out.add("digestAlgorithm=" + alg(si.getDigestAlgorithm().toASN1Primitive()));
        out.add("signatureAlgorithm=" + alg(si.getDigestEncryptionAlgorithm().toASN1Primitive()));
        List<String> attrs = new ArrayList<>();
        for (ASN1Encodable a : si.getAuthenticatedAttributes()) {
            attrs.add(Attribute.getInstance(a).getAttrType().getId());
        }
        out.add("signedAttrs=" + attrs);
        out.add("unsignedAttrs=" + (si.getUnauthenticatedAttributes() == null ? "none" : "present"));
        ASN1Set digests = sd.getDigestAlgorithms();
        out.add("digestAlgorithmsInSignedData=" + alg(digests.getObjectAt(signer).toASN1Primitive()));
        out.add("signatureLength=" + si.getEncryptedDigest().getOctets().length);
        return out;
    }

    private static String alg(ASN1Primitive p) {
        ASN1Sequence s = ASN1Sequence.getInstance(p);
        String oid = ASN1ObjectIdentifier.getInstance(s.getObjectAt(0)).getId();
        return oid + (s.size() > 1 ? "+" + (s.getObjectAt(1).toASN1Primitive() instanceof org.bouncycastle.asn1.ASN1Null ? "NULL" : "params") : "");
    }

    @Test
    void revokedKeyIsRefusedAtSigningTimeWithCertRevoked() {
        SigningKey key = TestData.key("gost2015-512/2026_individual_revoked.p12");
        var validator = TestPkiConfig.ncaValidator(TestData.GOST_2026_CLOCK, CRL_2026);
        assertThatThrownBy(() -> validator.requireValid(key.certificate(), key.chain(), TestData.GOST_2026_TIME))
                .isInstanceOf(CertCopyException.class).extracting("code").isEqualTo("CERT_REVOKED");
        SigningKey superseded = TestData.key("gost2015-512/2026_legal_valid_employee.p12");
        assertThatThrownBy(() -> validator.requireValid(superseded.certificate(), superseded.chain(), TestData.GOST_2026_TIME))
                .isInstanceOf(CertCopyException.class).extracting("code").isEqualTo("CERT_REVOKED");
        SigningKey good = TestData.key("gost2015-512/2026_legal_valid_employee_signright.p12");
        assertThat(validator.requireValid(good.certificate(), good.chain(), TestData.GOST_2026_TIME)).hasSize(3);
    }

    @Test
    void expiredNotYetValidAndUntrustedHaveDistinctCodes() {
        SigningKey key = TestData.key("gost2015-512/2026_individual_valid.p12");
        var validator = TestPkiConfig.ncaValidator(TestData.GOST_2026_CLOCK, CRL_2026);
        assertThatThrownBy(() -> validator.requireValid(key.certificate(), List.of(), Instant.parse("2027-06-01T00:00:00Z")))
                .extracting("code").isEqualTo("CERT_EXPIRED");
        assertThatThrownBy(() -> validator.requireValid(key.certificate(), List.of(), Instant.parse("2026-01-01T00:00:00Z")))
                .extracting("code").isEqualTo("CERT_NOT_YET_VALID");
        var rsaOnly = new kz.certcopy.signing.trust.CertificateValidator(new kz.certcopy.signing.trust.TrustAnchors(
                List.of(TestData.cert("ca-test/root_rsa_test.crt"))), List.of(), false);
        assertThatThrownBy(() -> rsaOnly.requireValid(key.certificate(), List.of(), TestData.GOST_2026_TIME))
                .extracting("code").isEqualTo("CERT_UNTRUSTED");
        var noCrl = TestPkiConfig.ncaValidator(TestData.GOST_2026_CLOCK);
        assertThatThrownBy(() -> noCrl.requireValid(key.certificate(), List.of(), TestData.GOST_2026_TIME))
                .extracting("code").isEqualTo("REVOCATION_UNKNOWN");
    }
}
