package kz.certcopy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import kz.certcopy.applicant.Applicant;
import kz.certcopy.applicant.Iin;
import kz.certcopy.certification.CertificationRequest;
import kz.certcopy.certification.CertificationRequestId;
import kz.certcopy.certification.Consent;
import kz.certcopy.certification.OriginalDocument;
import org.junit.jupiter.api.Test;

/** The service clock as the lists colour it: amber from 25 minutes spent, red past 30. */
class RequestRowTest {

    private static final Instant START = Instant.parse("2026-12-03T05:00:00Z");
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    @Test
    void clockLevels() {
        CertificationRequest r = request();
        assertThat(level(r, 0)).isEqualTo("ok");
        assertThat(level(r, 25 * 60 - 1)).isEqualTo("ok");
        assertThat(level(r, 25 * 60)).isEqualTo("amber");
        assertThat(level(r, 30 * 60)).isEqualTo("amber");
        assertThat(level(r, 30 * 60 + 1)).isEqualTo("red");
    }

    @Test
    void minutesLeftCountDownAndGoNegativePastTheLimit() {
        CertificationRequest r = request();
        assertThat(RequestRow.of(r, START, ALMATY).minutesLeft()).isEqualTo(30);
        assertThat(RequestRow.of(r, START.plusSeconds(26 * 60 + 10), ALMATY).minutesLeft()).isEqualTo(3);
        assertThat(RequestRow.of(r, START.plusSeconds(31 * 60), ALMATY).minutesLeft()).isEqualTo(-1);
    }

    @Test
    void identifiersAreMaskedButTheLastFourDigits() {
        assertThat(RequestRow.mask("850312300121")).isEqualTo("••••••••0121");
        assertThat(RequestRow.of(request(), START, ALMATY).maskedId()).doesNotContain("850312");
    }

    @Test
    void anOpenRequestWithoutTheConsentScanNeedsIt() {
        CertificationRequest r = request();
        assertThat(RequestRow.of(r, false, START, ALMATY).consentScanNeeded()).isTrue();
        assertThat(RequestRow.of(r, true, START, ALMATY).consentScanNeeded()).isFalse();
        r.cancel(START.plusSeconds(60));
        assertThat(RequestRow.of(r, false, START, ALMATY).consentScanNeeded()).as("closed: nothing left to do")
                .isFalse();
    }

    private static String level(CertificationRequest r, long seconds) {
        return RequestRow.of(r, START.plusSeconds(seconds), ALMATY).clockLevel();
    }

    private static CertificationRequest request() {
        Applicant a = new Applicant(Iin.of("850312300121"), "Сәрсенбаева Әйгерім", null, null);
        OriginalDocument d = new OriginalDocument("Диплом", null, null, null);
        Consent c = new Consent("almaty-1", a, null, List.of(d.describe()), false, START.atZone(ALMATY).toLocalDate());
        return CertificationRequest.register(CertificationRequestId.random(), "almaty.clerk1", c, List.of(d), START);
    }
}
