package kz.certcopy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import kz.certcopy.applicant.Applicant;
import kz.certcopy.applicant.Iin;
import kz.certcopy.certification.CertificationRequest;
import kz.certcopy.certification.OriginalDocument;
import kz.certcopy.certification.RegistrationForm;
import kz.certcopy.certification.RequestService;
import kz.certcopy.security.Actor;
import kz.certcopy.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** Language switch, service clock colours, supervisor board and records page, in the browser. */
class WorkspaceIT extends BrowserTest {

    @Autowired
    RequestService requests;

    @Test
    void languageIsChosenOnSignInAndRemembered() {
        signOut();
        open("/login?lang=kk");
        assertThat(find("#sign-in").getText()).isEqualTo("Кіру");
        assertThat(find("html").getAttribute("lang")).isEqualTo("kk");
        shot("20-sign-in-kk");
        find("#username").sendKeys("astana.clerk2");
        find("#password").sendKeys(PASSWORD);
        find("#sign-in").click();
        waitFor(d -> d.findElement(By.tagName("h1")).getText().equals("Бүгін"));
        assertThat(find("header .center").getText()).isNotBlank();
        assertThat(find("header .clerk").getText()).isNotBlank();
        shot("21-today-kk");

        // the header's switch, keyboard only: choose English and apply
        new Select(find("#lang-select")).selectByValue("en");
        waitFor(d -> d.findElement(By.tagName("h1")).getText().equals("Today"));
        open("/requests/new");
        assertThat(find("legend").getText()).isEqualTo("1. Applicant");

        // a page of a request that does not exist: a page in the clerk's language, not a stack trace or JSON
        open("/requests/not-a-request");
        assertThat(find("#main .error").getText()).isEqualTo("Not found.");
        open("/requests/00000000-0000-0000-0000-000000000000/originals/x/scan");
        assertThat(find("#main .error").getText()).isEqualTo("Invalid request.");

        // the choice outlives the session
        browser.manage().deleteCookieNamed("JSESSIONID");
        open("/login");
        assertThat(find("#sign-in").getText()).isEqualTo("Sign in");
        signIn("astana.clerk2");
        assertThat(find("h1").getText()).isEqualTo("Today");
        signOut();
    }

    @Test
    void serviceClockTurnsAmberAt25AndRedPast30Minutes() {
        Actor clerk = new Actor("astana.clerk1", "900715300451", "astana-1", Set.of(Role.CLERK));
        CertificationRequest r = requests.register(clerk, new RegistrationForm(null,
                new Applicant(Iin.of("850312300121"), "Жұмабеков Ерлан Сәкенұлы", null, null), null,
                List.of(new OriginalDocument("Туу туралы куәлік", "I-АЛ 123", null, null)), false, null));
        String row = "#open-requests tbody tr[data-id='" + r.id().value() + "'] .clock";

        signOut();
        open("/login?lang=ru");
        signIn("astana.clerk1");
        assertThat(find(row).getAttribute("data-level")).isEqualTo("ok");
        assertThat(find(row).getText()).isEqualTo("осталось 30 мин");

        clock.advanceMinutes(25);
        browser.navigate().refresh();
        assertThat(find(row).getAttribute("data-level")).isEqualTo("amber");
        assertThat(find(row).getText()).isEqualTo("осталось 5 мин");
        assertThat(find(row).getCssValue("background-color")).isEqualTo("rgba(255, 231, 179, 1)");
        shot("22-today-amber");

        clock.advanceMinutes(6);
        browser.navigate().refresh();
        assertThat(find(row).getAttribute("data-level")).isEqualTo("red");
        assertThat(find(row).getText()).isEqualTo("превышение на 1 мин");
        assertThat(find(row).getCssValue("background-color")).isEqualTo("rgba(255, 214, 220, 1)");
        shot("23-today-red");

        // the supervisor sees it among the late ones, and the clerk's throughput
        signOut();
        open("/login");
        signIn("supervisor");
        assertThat(browser.getCurrentUrl()).endsWith("/board");
        assertThat(find("#late").getText()).contains("astana.clerk1").contains("••••••••0121");
        assertThat(find("#throughput").getText()).contains("astana.clerk1");
        shot("24-supervisor-board");
        signOut();
    }

    @Test
    void recordsOfficerSeesTheRetentionReportAndHoldErrorsInPlace() {
        signOut();
        open("/login?lang=ru");
        signIn("records");
        open("/records");
        assertThat(find("#retention-figures").getText()).isNotBlank();
        // the server checks the form (novalidate), in the page's language, and keeps what was typed
        submit("#hold-place");
        assertThat(find("#hold-error").getText()).isEqualTo("Укажите идентификатор копии.");
        find("#copyId").sendKeys("не-uuid");
        find("#reason").sendKeys("Запрос суда № 2-123/2026");
        submit("#hold-place");
        assertThat(find("#hold-error").getText()).startsWith("Это не идентификатор копии");
        assertThat(find("#copyId").getAttribute("value")).isEqualTo("не-uuid");
        assertThat(find("#reason").getAttribute("value")).isEqualTo("Запрос суда № 2-123/2026");
        find("#copyId").clear();
        find("#copyId").sendKeys("00000000-0000-0000-0000-000000000000");
        submit("#hold-place");
        assertThat(find("#hold-error").getText()).isEqualTo("Не найдено.");
        assertThat(find("#reason").getAttribute("value")).isEqualTo("Запрос суда № 2-123/2026");
        shot("25-records");
        var pdf = download(find("#retention-pdf").getAttribute("href").replaceFirst("^https?://[^/]+", ""));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        signOut();
    }
}
