package kz.certcopy.signing;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import kz.certcopy.signing.trust.CertificateValidator;
import kz.certcopy.signing.trust.CrlRevocationSource;
import kz.certcopy.signing.trust.TrustAnchors;
import kz.certcopy.signing.validation.SignatureVerifier;

/** Validators over the NCA RK test chains and CRLs (never production trust). */
public final class TestPkiConfig {
    private TestPkiConfig() {
    }

    public static TrustAnchors ncaTestTrust() {
        return new TrustAnchors(List.of(TestData.cert("ca-test/root_test_gost_2022.cer"),
                TestData.cert("ca-test/nca_gost2022_test.cer"), TestData.cert("ca-test/root_gost_test.crt"),
                TestData.cert("ca-test/nca_gost_test.crt"), TestData.cert("ca-test/root_rsa_test.crt"),
                TestData.cert("ca-test/nca_rsa_test.crt")));
    }

    public static CertificateValidator ncaValidator(Clock clock, String... crls) {
        List<java.security.cert.X509CRL> list = java.util.Arrays.stream(crls).map(TestData::crl).toList();
        return new CertificateValidator(ncaTestTrust(), List.of(CrlRevocationSource.of(list, clock)), true);
    }

    public static SignatureVerifier verifier(Clock clock, String... crls) {
        return new SignatureVerifier(ncaValidator(clock, crls), clock, Duration.ofSeconds(20));
    }
}
