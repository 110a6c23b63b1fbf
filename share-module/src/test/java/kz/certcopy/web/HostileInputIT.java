package kz.certcopy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import kz.certcopy.applicant.Applicant;
import kz.certcopy.applicant.Iin;
import kz.certcopy.certification.OriginalDocument;
import kz.certcopy.certification.RegistrationForm;
import kz.certcopy.certification.RequestService;
import kz.certcopy.security.Actor;
import kz.certcopy.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a careless or hostile hand types into the workspace: markup in names and descriptions is shown as text,
 * very long Kazakh words do not widen the page past 1366 pixels, and a double click registers one request.
 */
class HostileInputIT extends BrowserTest {

    /** Sets {@code window.__xss} if any page ever runs it as markup. */
    static final String MARKUP = "\"><img src=x onerror=\"window.__xss=1\"><script>window.__xss=2</script>";
    static final String LONG_WORD = "Қазақстанреспубликасыәділетминистрлігініңаумақтықдепартаментініңқұжаттары"
            .repeat(3);

    @Autowired
    DataSource dataSource;

    @Autowired
    RequestService requests;

    @Test
    void doubleClickOnRegisterRegistersOneRequest() throws Exception {
        String name = "Екі рет басқан Әлібек " + System.nanoTime();
        fillWizard(name, "Туу туралы куәлік", "АХАЖ");
        // the registry is busy (a lock held here), so the first click's answer cannot come before the second click:
        // without a guard the browser sends the form twice and both wait for the lock
        try (Connection busy = dataSource.getConnection()) {
            busy.setAutoCommit(false);
            busy.createStatement().execute("LOCK TABLE certification_request IN EXCLUSIVE MODE");
            // two clicks 250 ms apart, as a hurried double click (from a timer: the driver would wait for the page)
            browser.executeScript("var b = arguments[0]; setTimeout(function () { b.click(); }, 50);"
                    + " setTimeout(function () { b.click(); }, 300);", find("#register"));
            Thread.sleep(1000);
            busy.commit();
        }
        waitFor(d -> d.getCurrentUrl().matches(".*/requests/[0-9a-f-]{36}$"));
        assertThat(find("#status").getText()).isEqualTo("Тіркелді");
        Thread.sleep(500); // a second request, had it been sent, was released with the lock too
        assertThat(jdbc.sql("SELECT count(*) FROM certification_request WHERE applicant_name = ?")
                .param(name).query(Long.class).single()).isEqualTo(1L);
        signOut();
    }

    @Test
    void markupAndLongWordsAreShownAsTextWithoutWideningThePage() {
        String name = "Сұлтанбек " + MARKUP;
        fillWizard(name, "Диплом " + MARKUP, LONG_WORD);
        find("#register").click();
        waitFor(d -> d.getCurrentUrl().matches(".*/requests/[0-9a-f-]{36}$"));
        assertThat(find("#main").getText()).contains(name.strip()).contains("Диплом " + MARKUP);
        assertNoScriptRan();
        assertFits("request");
        assertButtonsOnOneLine("#originals td.actions");
        // the consent scan's file input: no browser caption in another language ("Choose File", "No file chosen"),
        // the Kazakh label is the button
        assertThat(find("#consent-file").getRect().getWidth()).isLessThanOrEqualTo(1);
        assertThat(find("label[for=consent-file]").getText()).isEqualTo("Қол қойылған келісімнің сканын тіркеу");
        assertThat(find("label[for=consent-file]").getCssValue("display")).isEqualTo("inline-block");
        shot("60-request-hostile-text");

        open("/");
        assertThat(find("#main").getText()).contains(name.strip());
        assertNoScriptRan();
        assertFits("today");
        signOut();
    }

    @Test
    void refusalReasonOfMarkupAnd2000LettersIsTextOnThePageAndInAnnex2AndOtherCentersSeeNothing() throws Exception {
        var clerk = new Actor("almaty.clerk1", "123456789012", "almaty-1", Set.of(Role.CLERK));
        String name = "Дәулетқызы " + MARKUP;
        String id = requests.register(clerk, new RegistrationForm(null, new Applicant(Iin.of("850312300121"), name,
                null, null), null, List.of(new OriginalDocument("Куәлік " + MARKUP, null, null, MARKUP)), false, null))
                .id().value().toString();
        String reason = (MARKUP + " " + LONG_WORD + " ").repeat(20).substring(0, 2000);
        signOut();
        open("/login?lang=ru");
        signIn("almaty.clerk1");
        open("/requests/" + id);
        find("#refuse-h").click();
        find("#refuse-1").click();
        find("#ground-1-ERASURES").click();
        browser.executeScript("arguments[0].value = arguments[1];", find("#details-1"), reason);
        // a double click on Refuse: refused once, no "changed meanwhile" error from the second
        browser.executeScript("var b = arguments[0]; setTimeout(function () { b.click(); }, 10);"
                + " setTimeout(function () { b.click(); }, 40);", find("#refuse-submit"));
        waitFor(d -> !all("#refusals li").isEmpty());
        assertThat(all("#refusal-error")).isEmpty();
        assertThat(find("#refusals").getText()).contains(MARKUP + " " + LONG_WORD.substring(0, 40));
        assertThat(find("h1").getText()).contains(name);
        assertNoScriptRan();
        assertFits("refused request");
        shot("61-refusal-hostile-reason");
        assertThat(jdbc.sql("SELECT count(*) FROM refusal r JOIN certification_request q ON q.id = r.request_id"
                + " WHERE q.applicant_name = ?").param(name).query(Long.class).single()).isEqualTo(1L);
        // Annex 2 prints the markup as letters, and the whole reason to its last letter (the PDF wraps long words,
        // so compared without spaces)
        String annex2 = pdfText(download(pathAndQuery(find("a.annex2"))).body()).replace(" ", "");
        assertThat(annex2).contains("Дәулетқызы\"><imgsrc=xonerror=\"window.__xss=1\"><script>window.__xss=2</script>")
                .contains(reason.substring(reason.length() - 60).replace(" ", ""));

        // a clerk of another center: a clear refusal, nothing of the applicant or the originals
        signOut();
        open("/login?lang=kk");
        signIn("astana.clerk1");
        open("/requests/" + id);
        assertThat(find("#main .error").getText()).isNotBlank();
        assertThat(find("body").getText()).doesNotContain("Дәулетқызы").doesNotContain("Куәлік").doesNotContain("web.");
        shot("62-other-center-request-kk");
        signOut();
    }

    @Test
    void recordsOfficerOpeningTheWizardIsToldTheyLackTheRight() {
        signOut();
        open("/login?lang=kk");
        signIn("records");
        open("/requests/new");
        // not the wizard, whose sending answered "no such center" (a records officer has none)
        assertThat(find("#main .error").getText()).isEqualTo("Құқық жеткіліксіз.");
        assertThat(all("#wizard")).isEmpty();
        assertThat(find("html").getAttribute("lang")).isEqualTo("kk");
        shot("63-records-officer-new-request");
        signOut();
    }

    @Test
    void supervisorsSearchReasonOfMarkupStaysText() {
        String reason = "javascript:alert(1) " + MARKUP;
        signOut();
        open("/login?lang=ru");
        signIn("supervisor");
        open("/copies");
        find("#applicant").sendKeys("850312300121");
        find("#reason").sendKeys(reason);
        submit("#search");
        assertThat(find("#reason").getAttribute("value")).isEqualTo(reason);
        assertThat(all("#search-error")).isEmpty();
        assertNoScriptRan();
        assertFits("copies");
        shot("64-supervisor-search-hostile-reason");
        signOut();
    }

    @Test
    void tooLongAddressIsShownUnderTheAddressByItsLabelAndTheFormComesBackAsTyped() {
        String name = "Ұзақ мекенжайлы Әсем " + System.nanoTime();
        fillWizard(name, "Диплом", "");
        String address = "Алматы қаласы, Әуезов ауданы, Жетісу-1 шағын ауданы ".repeat(12);
        // the browser stops at the domain's limit; a tampered or stale page without the limit is answered by the server
        assertThat(find("#address").getAttribute("maxlength")).isEqualTo("500");
        browser.executeScript("arguments[0].removeAttribute('maxlength')", find("#address"));
        find("#address").sendKeys(address);
        submit("#register");
        // under the address, by the label the clerk sees, not by the API's field name; nothing under the name
        assertThat(find("#address-msg").getText()).isEqualTo("«Мекенжайы» өрісі тым ұзын (500 таңбадан аспауы керек).");
        assertThat(find("#address").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(all("#applicantName-msg")).isEmpty();
        assertThat(find("#main").getText()).doesNotContain("applicant.");
        assertThat(find("#applicantName").getAttribute("value")).isEqualTo(name);
        assertThat(find("#address").getAttribute("value")).isEqualTo(address);
        shot("65-wizard-address-too-long");
        assertThat(jdbc.sql("SELECT count(*) FROM certification_request WHERE applicant_name = ?")
                .param(name).query(Long.class).single()).isZero();
        signOut();
    }

    private void fillWizard(String name, String kind, String issuer) {
        signOut();
        open("/login?lang=kk");
        signIn("almaty.clerk1");
        open("/requests/new");
        find("#applicantId").sendKeys("850312300121");
        waitFor(d -> find("#applicantId-msg").getAttribute("class").contains("good"));
        find("#applicantName").sendKeys(name);
        List<WebElement> row = all("#docs tbody tr").get(0).findElements(By.tagName("input"));
        row.get(0).sendKeys(kind);
        row.get(3).sendKeys(issuer);
    }

    private void assertNoScriptRan() {
        assertThat(browser.executeScript("return window.__xss === undefined")).isEqualTo(true);
        assertThat(all("#main img[src='x']")).isEmpty();
    }

    private void assertFits(String page) {
        long width = ((Number) browser.executeScript("return document.documentElement.scrollWidth")).longValue();
        long view = ((Number) browser.executeScript("return document.documentElement.clientWidth")).longValue();
        assertThat(width).as(page + " is no wider than the window").isLessThanOrEqualTo(view);
    }

    /** A long word next to them must not squeeze buttons until their own words break ("Ска/нер/леу"). */
    private void assertButtonsOnOneLine(String cell) {
        List<WebElement> buttons = all(cell + " .button, " + cell + " button");
        assertThat(buttons).isNotEmpty();
        for (WebElement b : buttons) {
            Object lines = browser.executeScript("var r = document.createRange(); r.selectNodeContents(arguments[0]);"
                    + " return new Set(Array.from(r.getClientRects()).map(function (x) { return Math.round(x.top); })).size;", b);
            assertThat(((Number) lines).intValue()).as("lines of the button " + b.getText()).isEqualTo(1);
        }
    }

}
