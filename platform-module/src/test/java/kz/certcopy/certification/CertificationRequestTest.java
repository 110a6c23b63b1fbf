package kz.certcopy.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.certcopy.applicant.Applicant;
import kz.certcopy.applicant.Iin;
import kz.certcopy.common.CertCopyException;
import org.junit.jupiter.api.Test;

class CertificationRequestTest {

    static final Instant T0 = Instant.parse("2026-12-03T05:00:00Z");

    static CertificationRequest twoOriginals() {
        Applicant a = new Applicant(Iin.of("850312300121"), "Сәрсенбаева Әйгерім Қанатқызы", "Алматы", "+77010000000");
        List<OriginalDocument> docs = List.of(
                new OriginalDocument("Диплом", "ЖБ-0012345", LocalDate.of(2007, 6, 20), "ҚазҰУ"),
                new OriginalDocument("Туу туралы куәлік", "I-АЛ 123", LocalDate.of(1985, 3, 20), "АХАЖ"));
        Consent c = new Consent("almaty-1", a, null, docs.stream().map(OriginalDocument::describe).toList(), true,
                LocalDate.of(2026, 12, 3));
        return CertificationRequest.register(CertificationRequestId.random(), "clerk", c, docs, T0);
    }

    @Test
    void registeredRequestNumbersOriginalsFromOne() {
        CertificationRequest r = twoOriginals();
        assertThat(r.status()).isEqualTo(RequestStatus.REGISTERED);
        assertThat(r.originals()).extracting(Original::number).containsExactly(1, 2);
        assertThat(r.addOriginal(new OriginalDocument("Паспорт", null, null, null)).number()).isEqualTo(3);
        assertThat(r.clock().deadline()).isEqualTo(T0.plus(Duration.ofMinutes(30)));
    }

    @Test
    void completesWhenEveryOriginalIsCertifiedOrRefused() {
        CertificationRequest r = twoOriginals();
        r.startScanning();
        r.certify(1, T0.plusSeconds(60));
        assertThat(r.status()).isEqualTo(RequestStatus.SCANNING);
        Refusal refusal = r.refuse(RefusalId.random(), "clerk",
                List.of(new RefusalItem(2, RefusalGround.PENCIL, "Құжат қарындашпен толтырылған")), T0.plusSeconds(120));
        assertThat(refusal.items()).hasSize(1);
        assertThat(r.status()).isEqualTo(RequestStatus.COMPLETED);
        assertThat(r.original(2).orElseThrow().outcome()).isEqualTo(OriginalOutcome.REFUSED);
        assertThat(r.finishedAt()).contains(T0.plusSeconds(120));
        assertThat(r.overrun(T0.plusSeconds(99999))).isZero();
    }

    @Test
    void certifyingNeedsScanning() {
        CertificationRequest r = twoOriginals();
        assertThatThrownBy(() -> r.certify(1, T0)).extracting(e -> ((CertCopyException) e).code())
                .isEqualTo("INVALID_STATE");
    }

    @Test
    void refusalBeforeScanningPassesThroughScanning() {
        CertificationRequest r = twoOriginals();
        r.refuse(RefusalId.random(), "clerk", List.of(new RefusalItem(1, RefusalGround.NOT_SUBMITTED, null)), T0);
        assertThat(r.status()).isEqualTo(RequestStatus.SCANNING);
    }

    @Test
    void anOriginalEndsOnceOnly() {
        CertificationRequest r = twoOriginals();
        r.startScanning();
        r.certify(1, T0);
        assertThatThrownBy(() -> r.refuse(RefusalId.random(), "clerk",
                List.of(new RefusalItem(1, RefusalGround.ERASURES, null)), T0))
                .extracting(e -> ((CertCopyException) e).code()).isEqualTo("ORIGINAL_ALREADY_RESOLVED");
        assertThatThrownBy(() -> r.refuse(RefusalId.random(), "clerk",
                List.of(new RefusalItem(2, RefusalGround.ERASURES, null), new RefusalItem(2, RefusalGround.PENCIL, null)),
                T0)).extracting(e -> ((CertCopyException) e).code()).isEqualTo("DUPLICATE_ORIGINAL");
        assertThatThrownBy(() -> r.refuse(RefusalId.random(), "clerk",
                List.of(new RefusalItem(7, RefusalGround.ERASURES, null)), T0))
                .extracting(e -> ((CertCopyException) e).code()).isEqualTo("ORIGINAL_NOT_FOUND");
        // the failed refusals changed nothing
        assertThat(r.original(2).orElseThrow().outcome()).isEqualTo(OriginalOutcome.PENDING);
    }

    @Test
    void terminalStatesAcceptNothing() {
        CertificationRequest r = twoOriginals();
        r.cancel(T0.plus(Duration.ofMinutes(45)));
        assertThat(r.status()).isEqualTo(RequestStatus.CANCELLED);
        assertThat(r.overrun(T0.plus(Duration.ofHours(5)))).isEqualTo(Duration.ofMinutes(15));
        assertThatThrownBy(r::startScanning).isInstanceOf(CertCopyException.class);
        assertThatThrownBy(() -> r.cancel(T0)).isInstanceOf(CertCopyException.class);
        assertThatThrownBy(() -> r.addOriginal(new OriginalDocument("x", null, null, null)))
                .isInstanceOf(CertCopyException.class);
        assertThatThrownBy(() -> r.startScanning()).extracting(e -> ((CertCopyException) e).kind().httpStatus())
                .isEqualTo(409);
    }

    @Test
    void serviceClockMeasuresTheBreach() {
        ServiceClock c = ServiceClock.startedAt(T0);
        assertThat(c.breached(T0.plus(Duration.ofMinutes(30)))).isFalse();
        assertThat(c.breached(T0.plus(Duration.ofMinutes(30)).plusSeconds(1))).isTrue();
        assertThat(c.overrun(T0.plus(Duration.ofMinutes(42)))).isEqualTo(Duration.ofMinutes(12));
        assertThat(c.remaining(T0.plus(Duration.ofMinutes(10)))).isEqualTo(Duration.ofMinutes(20));
        assertThat(c.remaining(T0.plus(Duration.ofMinutes(40)))).isZero();
    }

    @Test
    void groundsCarryTheirRuleItems() {
        assertThat(RefusalGround.NOT_SUBMITTED.ruleItem()).isEqualTo("9.1");
        assertThat(RefusalGround.RESOURCE_ABSENT.ruleItem()).isEqualTo("9.2");
        assertThat(List.of(RefusalGround.values())).filteredOn(g -> g.ruleItem().equals("9.3")).hasSize(6);
    }
}
