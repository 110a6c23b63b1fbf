package kz.certcopy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** What is kept of a form sent after its session ended, for whom, and for how long. */
class UnsentFormsTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-03T05:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final UnsentForms forms = new UnsentForms(clock, Duration.ofMinutes(15));

    @Test
    void keepsTheTypedTextButNeverTheTokenPasswordsOrAnythingButAUrlEncodedForm() {
        MockHttpServletRequest req = post("application/x-www-form-urlencoded; charset=UTF-8");
        req.addParameter("_csrf", "token");
        req.addParameter("applicantId", "930421400673");
        req.addParameter("newPassword", "secret-secret");
        req.addParameter("docKind", "Жеке куәлік", "Неке туралы куәлік");
        assertThat(UnsentForms.fieldsOf(req)).containsOnlyKeys("applicantId", "docKind")
                .containsEntry("docKind", List.of("Жеке куәлік", "Неке туралы куәлік"));

        MockHttpServletRequest multipart = post("multipart/form-data; boundary=x");
        multipart.addParameter("applicantId", "930421400673");
        assertThat(UnsentForms.fieldsOf(multipart)).isEmpty();

        MockHttpServletRequest huge = post("application/x-www-form-urlencoded");
        huge.addParameter("details-1", "x".repeat(UnsentForms.MAX_CHARS + 1));
        assertThat(UnsentForms.fieldsOf(huge)).isEmpty();
    }

    @Test
    void onlyTheUserWhoTypedItGetsItBackAndOnlyOnce() {
        String id = forms.keep(form(forms.ownerTag("almaty.clerk2")));
        assertThat(forms.claim(id, "almaty.clerk1")).isEmpty();
        assertThat(forms.claim(id, "almaty.clerk2")).as("thrown away when the other user signed in").isEmpty();

        String own = forms.keep(form(forms.ownerTag("almaty.clerk2")));
        assertThat(forms.claim(own, "almaty.clerk2")).get().extracting(UnsentForm::page).isEqualTo("/requests/new");
        assertThat(forms.claim(own, "almaty.clerk2")).isEmpty();
        assertThat(forms.size()).isZero();

        String anonymous = forms.keep(new UnsentForm("/requests", "/requests/new", Map.of("applicantId",
                List.of("930421400673")), null, clock.instant()));
        assertThat(forms.claim(anonymous, "almaty.clerk2")).as("typing of an unknown user is never handed out")
                .isEmpty();
        assertThat(forms.ownerTag("almaty.clerk2")).isNotEqualTo(forms.ownerTag("almaty.clerk1"))
                .doesNotContain("clerk");
    }

    @Test
    void aKeptFormRunsOutAfterItsTimeAndTheSweepForgetsIt() {
        String id = forms.keep(form(forms.ownerTag("almaty.clerk2")));
        now.updateAndGet(t -> t.plus(Duration.ofMinutes(16)));
        assertThat(forms.claim(id, "almaty.clerk2")).isEmpty();
        forms.keep(form(forms.ownerTag("almaty.clerk2")));
        now.updateAndGet(t -> t.plus(Duration.ofMinutes(16)));
        forms.sweep();
        assertThat(forms.size()).isZero();
    }

    @Test
    void theFieldsReachThePageAsJsonThatCannotCloseAnElement() {
        UnsentForm f = new UnsentForm("/copies", "/copies", Map.of("reason",
                List.of("</script><b>\"x\"\\ & \u2028")), "tag", clock.instant());
        assertThat(f.json()).isEqualTo("{\"reason\":[\"\\u003c/script\\u003e\\u003cb\\u003e\\\"x\\\"\\\\ \\u0026 "
                + "\\u2028\"]}");
        assertThat(f.toString()).doesNotContain("script").contains("1 fields");
    }

    private UnsentForm form(String owner) {
        return new UnsentForm("/requests", "/requests/new", Map.of("applicantId", List.of("930421400673")), owner,
                clock.instant());
    }

    private static MockHttpServletRequest post(String type) {
        MockHttpServletRequest req = new MockHttpServletRequest("POST", "/requests");
        req.setContentType(type);
        return req;
    }
}
