package kz.certcopy.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import kz.certcopy.applicant.ApplicantKind;
import org.junit.jupiter.api.Test;

class CertifiedCopyTest {

    private static CertifiedCopy copy() {
        DocumentDigest d = new DocumentDigest("0f".repeat(32), 1);
        return new CertifiedCopy(CertifiedCopyId.random(), new CertificationRequestId(UUID.randomUUID()), 1,
                ApplicantKind.INDIVIDUAL, "850312300121", new CertificationRequestId(UUID.randomUUID()), "almaty-1",
                new SignerInfo("c", "123456789012", "N", "1.2", "01", "CN=x"), Instant.parse("2026-12-03T05:00:00Z"),
                Instant.parse("2027-06-03T18:59:59.999Z"), d, d, "code-123", CopyStatus.ACTIVE, null, false, null);
    }

    @Test
    void verificationCodesAreLongRandomAndUrlSafe() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String c = CertifiedCopy.newVerificationCode();
            assertThat(c).matches("[A-Za-z0-9_-]{32}");
            codes.add(c);
        }
        assertThat(codes).hasSize(1000);
    }

    @Test
    void onlyTheExactCodeMatches() {
        CertifiedCopy c = copy();
        assertThat(c.codeMatches("code-123")).isTrue();
        assertThat(c.codeMatches("code-12")).isFalse();
        assertThat(c.codeMatches(null)).isFalse();
    }

    @Test
    void aDisposedCopyIsGoneWithItsDateAndAHeldOneCannotBeDisposed() {
        Instant at = Instant.parse("2027-06-04T01:00:00Z");
        CertifiedCopy disposed = copy().disposed(at);
        assertThat(disposed.active()).isFalse();
        assertThatThrownBy(disposed::requireActive).extracting("code", "args")
                .containsExactly("COPY_DISPOSED", new Object[] {at.toString()});
        CertifiedCopy held = copy().held("court case 12/2027");
        assertThatThrownBy(() -> held.disposed(at)).extracting("code").isEqualTo("LEGAL_HOLD");
        assertThat(held.released().disposed(at).status()).isEqualTo(CopyStatus.DISPOSED);
    }

    @Test
    void statusAndDisposalDateGoTogether() {
        CertifiedCopy c = copy();
        assertThatThrownBy(() -> new CertifiedCopy(c.id(), c.requestId(), 1, c.applicantKind(), c.applicantId(),
                c.consentId(), c.centerId(), c.signer(), c.certifiedAt(), c.retainUntil(), c.pdf(), c.signature(),
                c.verificationCode(), CopyStatus.DISPOSED, null, false, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
