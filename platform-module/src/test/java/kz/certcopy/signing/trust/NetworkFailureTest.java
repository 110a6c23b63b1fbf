package kz.certcopy.signing.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;

import kz.certcopy.signing.TestData;
import kz.certcopy.signing.support.TestTsa;
import kz.certcopy.signing.tsp.TsaClient;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.junit.jupiter.api.Test;

/** Unreachable or silent TSA/CRL/OCSP servers on loopback: clear outcome within the configured timeout. */
class NetworkFailureTest {

    private static final Duration TIMEOUT = Duration.ofMillis(700);
    private static final Duration BOUND = Duration.ofSeconds(15);

    @Test
    void tsaOnAClosedPortOrSilentIsUnavailable() throws Exception {
        String closed = TestTsa.closedPortUrl("/tsp");
        assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(() -> new TsaClient(closed, TIMEOUT, null)
                .timestamp(NISTObjectIdentifiers.id_sha256, new byte[32])).extracting("code").isEqualTo("TSA_UNAVAILABLE"));
        try (TestTsa.Silent silent = new TestTsa.Silent()) {
            assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(() -> new TsaClient(silent.url("/tsp"), TIMEOUT, null)
                    .timestamp(NISTObjectIdentifiers.id_sha256, new byte[32])).extracting("code").isEqualTo("TSA_UNAVAILABLE"));
        }
    }

    @Test
    void crlUrlAndOcspThatNeverAnswerLeaveRevocationUnknown() throws Exception {
        var leaf = TestData.key("gost2015-512/2026_individual_valid.p12").certificate();
        var issuer = TestData.cert("ca-test/nca_gost2022_test.cer");
        try (TestTsa.Silent silent = new TestTsa.Silent()) {
            CrlRevocationSource crl = new CrlRevocationSource(List.of(silent.url("/nca.crl")), TIMEOUT,
                    TestData.GOST_2026_CLOCK);
            OcspRevocationSource ocsp = new OcspRevocationSource(silent.url("/ocsp"), TIMEOUT);
            assertTimeoutPreemptively(BOUND, () -> {
                assertThat(crl.status(leaf, issuer, TestData.GOST_2026_TIME).state())
                        .isEqualTo(RevocationStatus.State.UNKNOWN);
                assertThat(ocsp.status(leaf, issuer, TestData.GOST_2026_TIME).state())
                        .isEqualTo(RevocationStatus.State.UNKNOWN);
            });
            CertificateValidator validator = new CertificateValidator(kz.certcopy.signing.TestPkiConfig.ncaTestTrust(),
                    List.of(ocsp, crl), true);
            assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(() -> validator.requireValid(leaf, List.of(),
                    TestData.GOST_2026_TIME)).extracting("code").isEqualTo("REVOCATION_UNKNOWN"));
        }
        OcspRevocationSource closed = new OcspRevocationSource(TestTsa.closedPortUrl("/ocsp"), TIMEOUT);
        assertThat(closed.status(leaf, issuer, TestData.GOST_2026_TIME).reason()).contains("unreachable");
    }

    @Test
    void crlFromAFileIsReadAndHonoured() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("nca", ".crl");
        java.nio.file.Files.write(file, TestData.pki("crl/nca_gost2022_test_2026-08-11.crl"));
        CrlRevocationSource crl = new CrlRevocationSource(List.of(file.toString()), TIMEOUT, TestData.GOST_2026_CLOCK);
        var issuer = TestData.cert("ca-test/nca_gost2022_test.cer");
        RevocationStatus revoked = crl.status(TestData.key("gost2015-512/2026_individual_revoked.p12").certificate(),
                issuer, TestData.GOST_2026_TIME);
        assertThat(revoked.state()).isEqualTo(RevocationStatus.State.REVOKED);
        assertThat(revoked.reason()).isEqualTo("CERTIFICATE_HOLD");
        // after nextUpdate (2027-02-07) the CRL no longer proves a good status
        assertThat(crl.status(TestData.key("gost2015-512/2026_individual_valid.p12").certificate(), issuer,
                java.time.Instant.parse("2027-03-01T00:00:00Z")).state()).isEqualTo(RevocationStatus.State.UNKNOWN);
        java.nio.file.Files.delete(file);
    }
}
