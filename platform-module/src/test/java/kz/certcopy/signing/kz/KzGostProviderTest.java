package kz.certcopy.signing.kz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;

import kz.certcopy.signing.TestData;
import kz.certcopy.signing.keys.SigningKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KzGostProviderTest {

    @ParameterizedTest
    @ValueSource(strings = {"gost2015-512/2026_individual_valid.p12", "gost2015-512/2022_individual_valid.p12",
        "gost2015-512/2026_legal_valid_employee_signright.p12", "gost2004/2020_org_GOSTKNCA_13a3741b52d7bf860aab199b56fad1f4652e357b.p12",
        "gost2004/2019_org_GOSTKNCA.p12", "rsa/2021_individual_sign.p12"})
    void keyFromNcaPkcs12SignsAndItsCertificateVerifies(String file) throws Exception {
        SigningKey key = TestData.key(file);
        byte[] data = "құжат".getBytes(StandardCharsets.UTF_8);
        Signature signer = Signature.getInstance(key.family().signatureName());
        signer.initSign(key.privateKey());
        signer.update(data);
        byte[] sig = signer.sign();
        Signature verifier = Signature.getInstance(key.family().signatureName());
        verifier.initVerify(key.certificate().getPublicKey());
        verifier.update(data);
        assertThat(verifier.verify(sig)).isTrue();
        verifier.initVerify(key.certificate().getPublicKey());
        data[0] ^= 1;
        verifier.update(data);
        assertThat(verifier.verify(sig)).isFalse();
    }

    @Test
    void gostFamiliesAreRecognised() {
        assertThat(TestData.key("gost2015-512/2026_individual_valid.p12").family()).isEqualTo(KeyFamily.GOST_2015_512);
        assertThat(TestData.key("gost2004/2019_org_GOSTKNCA.p12").family()).isEqualTo(KeyFamily.GOST_2004);
    }

    @Test
    void ncaChainsAndTheKazakhCrlVerifyWithTheKazakhSignatureAlgorithms() throws Exception {
        X509Certificate root = TestData.cert("ca-test/root_test_gost_2022.cer");
        X509Certificate nca = TestData.cert("ca-test/nca_gost2022_test.cer");
        root.verify(root.getPublicKey());
        nca.verify(root.getPublicKey());
        TestData.key("gost2015-512/2026_individual_valid.p12").certificate().verify(nca.getPublicKey());
        X509CRL crl = TestData.crl("crl/nca_gost2022_test_2026-08-11.crl");
        crl.verify(nca.getPublicKey());
        X509Certificate ncaOld = TestData.cert("ca-test/nca_gost_test.crt");
        ncaOld.verify(TestData.cert("ca-test/root_gost_test.crt").getPublicKey());
        TestData.crl("crl/nca_gost_test_2022-03-29.crl").verify(ncaOld.getPublicKey());
    }

    @Test
    void streebogDigestUnderTheKazakhOidMatchesBouncyCastle() throws Exception {
        byte[] data = "test123".getBytes(StandardCharsets.US_ASCII);
        byte[] ours = MessageDigest.getInstance(KzOids.DIGEST_GOST_2015_512.getId()).digest(data);
        byte[] bc = MessageDigest.getInstance("GOST3411-2012-512", KzGostProvider.bouncyCastle()).digest(data);
        assertThat(ours).isEqualTo(bc).hasSize(64);
    }
}
