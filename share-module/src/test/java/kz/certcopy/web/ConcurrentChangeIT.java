package kz.certcopy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import kz.certcopy.applicant.Applicant;
import kz.certcopy.applicant.Iin;
import kz.certcopy.certification.OriginalDocument;
import kz.certcopy.certification.RegistrationForm;
import kz.certcopy.certification.RequestService;
import kz.certcopy.security.Actor;
import kz.certcopy.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WindowType;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The same clerk changes a request in a second tab, then sends a form from the first: the page says the request was
 * changed meanwhile, in another tab or by another user — it said "by another user" only, which puzzled a clerk
 * working alone.
 */
class ConcurrentChangeIT extends BrowserTest {

    @Autowired
    RequestService requests;

    @Test
    void aChangeMadeInAnotherTabIsToldAsSuch() {
        Actor clerk = new Actor("almaty.clerk2", "123456789011", "almaty-1", Set.of(Role.CLERK));
        String page = "/requests/" + requests.register(clerk, new RegistrationForm(null,
                new Applicant(Iin.of("850312300121"), "Сәрсенбаева Әйгерім Қанатқызы", null, null), null,
                List.of(new OriginalDocument("Аттестат", "ЖОБ 0012345", null, null),
                        new OriginalDocument("Еңбек кітапшасы", "АБ 778899", null, null)), false, null))
                .id().value();
        signOut();
        open("/login?lang=kk");
        signIn("almaty.clerk2");
        open(page);
        String first = browser.getWindowHandle();

        browser.switchTo().newWindow(WindowType.TAB);
        open(page);
        refuse(2);
        assertThat(all("#refusal-error")).as("refused in the second tab").isEmpty();
        browser.close();
        browser.switchTo().window(first);

        refuse(1);
        assertThat(find("#refusal-error").getText())
                .isEqualTo("Өтініш осы аралықта өзгерді (басқа қойындыда немесе басқа пайдаланушы тарапынан). "
                        + "Оны жаңартып, қайталаңыз.");
        signOut();
    }

    private void refuse(int original) {
        find("#refuse-h").click();
        find("#refuse-" + original).click();
        find("#ground-" + original + "-ERASURES").click();
        find("#details-" + original).sendKeys("Бағалар өшіріліп, қайта жазылған");
        submit("#refuse-submit");
    }
}
