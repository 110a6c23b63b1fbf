package kz.certcopy.signing.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import kz.certcopy.common.CertCopyException;
import kz.certcopy.signing.TestData;
import kz.certcopy.signing.TestPkiConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Broken, attacked and foreign signatures from public test suites (see corpus/signed/NOTICE.md): each gives a
 * report that is not TOTAL_PASSED, with the expected indication, or a clear code — never an unexpected exception.
 */
class ForeignCorpusTest {

    private final SignatureVerifier verifier = TestPkiConfig.verifier(TestData.GOST_2026_CLOCK);

    @ParameterizedTest
    @CsvSource({
        "pyhanko__one-byterange.pdf, TOTAL_FAILED",
        "pyhanko__weird-byterange.pdf, TOTAL_FAILED",
        "pyhanko__pdf-sig-with-econtent.pdf, TOTAL_FAILED",
        "dss__malformed-pades.pdf, ANY",
        "dss__pades-signed-annot-added.pdf, TOTAL_FAILED",
        "dss__pades-spoofing-replaced-reason.pdf, TOTAL_FAILED",
        "dss__cades-broken-sig-tst.p7m, TOTAL_FAILED",
        "dss__dss-1220_CAdES-BpT_modified_ts_hash.p7m, TOTAL_FAILED",
        "dss__cms-no-sign-cert.p7m, INDETERMINATE",
        "dss__cms-wrong-sign-cert-hash-algo.pkcs7, INDETERMINATE",
    })
    void neverPassedAndNeverAStackTrace(String file, String expected) {
        byte[] data = TestData.bytes("corpus/signed/" + file);
        try {
            VerificationReport report = verifier.verify(data, null);
            assertThat(report.indication()).isNotEqualTo(Indication.TOTAL_PASSED);
            if (!"ANY".equals(expected)) {
                assertThat(report.indication()).as(report.toString()).isEqualTo(Indication.valueOf(expected));
            }
        } catch (CertCopyException e) {
            assertThat(Set.of("SIGNATURE_MALFORMED", "SIGNATURE_MISSING", "PDF_MALFORMED")).contains(e.code());
            assertThat(expected).isEqualTo("ANY");
        }
    }
}
