package kz.certcopy.signing.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import kz.certcopy.common.CertCopyException;
import kz.certcopy.signing.TestData;
import kz.certcopy.signing.TestPkiConfig;
import org.junit.jupiter.api.Test;

/** Hostile and foreign inputs: a code or a non-passing report, never a stack trace, never a false pass. */
class HostileInputTest {

    private final SignatureVerifier verifier = TestPkiConfig.verifier(TestData.GOST_2026_CLOCK,
            "crl/nca_gost2022_test_2026-08-11.crl");

    @Test
    void truncatedDerIsMalformedAndGarbageAloneHasNoSignature() {
        byte[] p7s = TestData.pki("cms/kalkan_attached_rsa_test123.p7s");
        assertThatThrownBy(() -> verifier.verify(Arrays.copyOf(p7s, p7s.length / 3), null))
                .isInstanceOf(CertCopyException.class).extracting("code").isEqualTo("SIGNATURE_MALFORMED");
        // neither a PDF nor a CMS, and nothing detached given: the signature is missing rather than unreadable
        assertThatThrownBy(() -> verifier.verify("hello".getBytes(StandardCharsets.UTF_8), null))
                .extracting("code").isEqualTo("SIGNATURE_MISSING");
        // given as the detached signature of a document, the same bytes are an unreadable signature
        assertThatThrownBy(() -> verifier.verify("hello".getBytes(StandardCharsets.UTF_8),
                "document".getBytes(StandardCharsets.UTF_8))).extracting("code").isEqualTo("SIGNATURE_MALFORMED");
        assertThatThrownBy(() -> verifier.verify(new byte[0], null)).extracting("code").isEqualTo("SIGNATURE_MALFORMED");
    }

    @Test
    void foreignDetachedCadesWithTheWrongContentFails() {
        byte[] sig = TestData.bytes("corpus/signed/dss__dss-2011_cades-detached.pkcs7");
        VerificationReport right = verifier.verify(sig, "Hello World".getBytes(StandardCharsets.US_ASCII));
        assertThat(right.signatures().get(0).integrityValid()).isTrue();
        // the DSS test PKI is not trusted here and its certificate has expired by the test clock
        assertThat(right.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(right.signatures().get(0).subIndication()).isIn(SubIndication.NO_CERTIFICATE_CHAIN_FOUND,
                SubIndication.OUT_OF_BOUNDS_NO_POE);
        VerificationReport wrong = verifier.verify(sig, "Bye World".getBytes(StandardCharsets.US_ASCII));
        assertThat(wrong.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(wrong.signatures().get(0).subIndication()).isEqualTo(SubIndication.HASH_FAILURE);
        VerificationReport none = verifier.verify(sig, null);
        assertThat(none.signatures().get(0).subIndication()).isEqualTo(SubIndication.SIGNED_DATA_NOT_FOUND);
    }

    @Test
    void pdfWithAnUncoveredTailFails() {
        VerificationReport r = verifier.verify(TestData.bytes("corpus/signed/pyhanko__tail-uncovered.pdf"), null);
        assertThat(r.indication()).isEqualTo(Indication.TOTAL_FAILED);
    }

    @Test
    void foreignPdfSignatureIsNotPassedWithoutTrust() {
        VerificationReport r = verifier.verify(TestData.bytes("corpus/signed/pdfjs__signed_verified.pdf"), null);
        assertThat(r.indication()).isNotEqualTo(Indication.TOTAL_PASSED);
        assertThat(r.signatures()).isNotEmpty();
    }

    @Test
    void revokedSignerKeyIsNotPassed() {
        var key = TestData.key("gost2015-512/2026_individual_revoked.p12");
        byte[] doc = "x".getBytes(StandardCharsets.UTF_8);
        byte[] cms = new kz.certcopy.signing.cades.CadesSigner(null).sign(doc, key,
                kz.certcopy.signing.cades.AttributeProfile.CADES, kz.certcopy.signing.cades.CadesLevel.B_B,
                TestData.GOST_2026_TIME);
        VerificationReport r = verifier.verify(cms, doc);
        assertThat(r.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(r.signatures().get(0).subIndication()).isEqualTo(SubIndication.REVOKED_NO_POE);
    }

    @Test
    void unknownSignatureAlgorithmIsIndeterminateNotPassed() throws Exception {
        byte[] p7s = TestData.pki("cms/kalkan_attached_rsa_test123.p7s");
        // replace sha256WithRSAEncryption (1.2.840.113549.1.1.11) in the SignerInfo by an unknown arc (...1.1.99)
        byte[] oid = {0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x0b};
        int last = -1;
        for (int i = 0; i + oid.length <= p7s.length; i++) {
            if (Arrays.equals(Arrays.copyOfRange(p7s, i, i + oid.length), oid)) {
                last = i;
            }
        }
        byte[] changed = p7s.clone();
        changed[last + oid.length - 1] = 0x63;
        VerificationReport r = verifier.verify(changed, null);
        assertThat(r.indication()).isNotEqualTo(Indication.TOTAL_PASSED);
        assertThat(r.signatures().get(0).subIndication()).isEqualTo(SubIndication.CRYPTO_CONSTRAINTS_FAILURE);
    }
}
