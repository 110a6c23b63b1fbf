package kz.certcopy.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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

    @Test
    void oneOriginalIsRefusedOnSeveralGroundsKeptInTheRulesOrder() {
        CertificationRequest r = twoOriginals();
        RefusalItem item = RefusalItem.of(2, List.of(RefusalGround.PENCIL, RefusalGround.RESOURCE_ABSENT,
                RefusalGround.ERASURES, RefusalGround.PENCIL), "Күні қарындашпен, нөмірі өшіріп түзетілген");
        assertThat(item.orderedGrounds()).containsExactly(RefusalGround.RESOURCE_ABSENT, RefusalGround.ERASURES,
                RefusalGround.PENCIL);
        assertThat(item.ruleItems()).containsExactly("9.2", "9.3");
        assertThatThrownBy(() -> item.grounds().add(RefusalGround.ADDITIONS))
                .isInstanceOf(UnsupportedOperationException.class);
        Refusal refusal = r.refuse(RefusalId.random(), "clerk", List.of(item), T0);
        assertThat(refusal.items().get(0).grounds()).containsExactly(RefusalGround.RESOURCE_ABSENT,
                RefusalGround.ERASURES, RefusalGround.PENCIL);
        assertThat(r.original(2).orElseThrow().outcome()).isEqualTo(OriginalOutcome.REFUSED);
        // the single-ground constructor is the same item as a set of one
        assertThat(new RefusalItem(1, RefusalGround.PENCIL, "x"))
                .isEqualTo(new RefusalItem(1, EnumSet.of(RefusalGround.PENCIL), "x"));
    }

    @Test
    void noGroundsOrContradictoryGroundsAreRefusedNamingTheOriginal() {
        assertThat(code(() -> new RefusalItem(2, Set.of(), "x"))).isEqualTo("REFUSAL_GROUND_REQUIRED");
        assertThat(code(() -> new RefusalItem(2, (Set<RefusalGround>) null, "x"))).isEqualTo("REFUSAL_GROUND_REQUIRED");
        assertThat(code(() -> RefusalItem.of(2, java.util.Arrays.asList(RefusalGround.PENCIL, null), "x")))
                .isEqualTo("REFUSAL_GROUND_REQUIRED");
        assertThat(code(() -> new RefusalItem(2, (RefusalGround) null, "x"))).isEqualTo("REFUSAL_GROUND_REQUIRED");
        // not submitted, yet a defect found in it: the notice would contradict itself
        CertCopyException contradiction = (CertCopyException) org.assertj.core.api.Assertions.catchThrowable(
                () -> RefusalItem.of(2, List.of(RefusalGround.NOT_SUBMITTED, RefusalGround.PENCIL), "x"));
        assertThat(contradiction.code()).isEqualTo("REFUSAL_GROUNDS_CONTRADICT");
        assertThat(contradiction.args()).containsExactly(2);
        // facts that can be true together
        assertThat(RefusalItem.of(1, List.of(RefusalGround.NOT_SUBMITTED, RefusalGround.RESOURCE_ABSENT), null)
                .ruleItems()).containsExactly("9.1", "9.2");
        assertThat(RefusalItem.of(1, List.of(RefusalGround.RESOURCE_ABSENT, RefusalGround.ILLEGIBLE_SEAL), "Мөр")
                .grounds()).hasSize(2);
    }

    @Test
    void anyDefectAmongTheGroundsNeedsDetails() {
        CertificationRequest r = twoOriginals();
        assertThatThrownBy(() -> r.refuse(RefusalId.random(), "clerk", List.of(RefusalItem.of(1,
                List.of(RefusalGround.RESOURCE_ABSENT, RefusalGround.ADDITIONS), "  ")), T0))
                .extracting(e -> ((CertCopyException) e).code()).isEqualTo("REFUSAL_DETAILS_REQUIRED");
        r.refuse(RefusalId.random(), "clerk", List.of(RefusalItem.of(1,
                List.of(RefusalGround.NOT_SUBMITTED, RefusalGround.RESOURCE_ABSENT), null)), T0);
        assertThat(r.original(1).orElseThrow().outcome()).isEqualTo(OriginalOutcome.REFUSED);
    }

    private static String code(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        return ((CertCopyException) org.assertj.core.api.Assertions.catchThrowable(call)).code();
    }
}
