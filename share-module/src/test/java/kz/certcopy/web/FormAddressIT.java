package kz.certcopy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.certcopy.applicant.Applicant;
import kz.certcopy.applicant.Iin;
import kz.certcopy.certification.CertificationRequest;
import kz.certcopy.certification.OriginalDocument;
import kz.certcopy.certification.RegistrationForm;
import kz.certcopy.certification.RequestService;
import kz.certcopy.security.Actor;
import kz.certcopy.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A form's POST-only address never ends in the API's JSON: a form that came back with an error stands at its page's
 * own address, so a reload shows that page; the language switch brings the page back in the other language still
 * filled in as typed; a GET of any POST-only address (a bookmark, the history) lands on the page with its form.
 */
class FormAddressIT extends BrowserTest {

    private static final String CLERK = "almaty.clerk2";
    private static final String BAD_IIN = "850312300122"; // wrong check digit
    private static final String NAME = "Сәрсенбаева Әйгерім Қанатқызы";

    @Autowired
    RequestService requests;

    @AfterEach
    void forgetLanguage() {
        signOut();
    }

    @Test
    void aRefusedWizardKeepsItsAddressAndWhatWasTypedThroughTheLanguageSwitch() {
        signOut();
        open("/login?lang=ru");
        signIn(CLERK);
        open("/requests/new");
        find("#applicantId").sendKeys(BAD_IIN);
        find("#applicantName").sendKeys(NAME);
        find("#address").sendKeys("Алматы қ., Абай даңғылы, 10");
        find("#represented").click();
        find("#repName").sendKeys("Сәрсенбаев Қанат Әбілұлы");
        List<WebElement> row = all("#docs tbody tr").get(0).findElements(By.tagName("input"));
        row.get(0).sendKeys("Жоғары білім туралы диплом");
        row.get(1).sendKeys("ЖБ-0012345");
        find("#add-doc").click();
        all("#docs tbody tr").get(1).findElement(By.name("docKind")).sendKeys("Неке туралы куәлік");
        submit("#register");

        // refused: the wizard again, at its own address (the form went to POST /requests)
        assertThat(find("#applicantId-msg").getText()).startsWith("Неверный ИИН");
        assertThat(path()).isEqualTo("/requests/new");
        assertNoJson();
        shot("70-wizard-refused-ru");

        new Select(find("#lang-select")).selectByValue("kk");
        waitFor(d -> d.findElement(By.tagName("h1")).getText().equals("Жаңа өтініш"));
        assertThat(find("html").getAttribute("lang")).isEqualTo("kk");
        assertThat(path()).isEqualTo("/requests/new");
        assertNoJson();
        assertThat(find("#applicantId").getAttribute("value")).isEqualTo(BAD_IIN);
        assertThat(find("#applicantName").getAttribute("value")).isEqualTo(NAME);
        assertThat(find("#address").getAttribute("value")).isEqualTo("Алматы қ., Абай даңғылы, 10");
        assertThat(find("#represented").isSelected()).isTrue();
        assertThat(find("#rep-fields").isDisplayed()).isTrue();
        assertThat(find("#repName").getAttribute("value")).isEqualTo("Сәрсенбаев Қанат Әбілұлы");
        List<WebElement> rows = all("#docs tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).findElement(By.name("docKind")).getAttribute("value"))
                .isEqualTo("Жоғары білім туралы диплом");
        assertThat(rows.get(0).findElement(By.name("docNumber")).getAttribute("value")).isEqualTo("ЖБ-0012345");
        assertThat(rows.get(1).findElement(By.name("docKind")).getAttribute("value")).isEqualTo("Неке туралы куәлік");
        // the IIN is checked again as typed: the reason now in Kazakh
        waitFor(d -> find("#applicantId-msg").getText().startsWith("ЖСН қате"));
        assertThat(carried()).as("kept for a reload of this page").contains("/requests/new").doesNotContain("\"switched\"");
        shot("71-wizard-refused-then-kk");

        // a reload after the error asks for the wizard, not the POST-only address
        submit("#register");
        assertThat(find("#applicantId-msg").getText()).startsWith("ЖСН қате");
        browser.navigate().refresh();
        waitFor(d -> d.findElement(By.tagName("h1")).getText().equals("Жаңа өтініш"));
        assertThat(path()).isEqualTo("/requests/new");
        assertNoJson();
        assertThat(registered()).isZero();
    }

    @Test
    void aRefusedRefusalFormKeepsItsAddressAndWhatWasTypedThroughTheLanguageSwitch() {
        CertificationRequest r = twoOriginals();
        String page = "/requests/" + r.id().value();
        signOut();
        open("/login?lang=en");
        signIn(CLERK);
        open(page);
        find("#refuse-h").click();
        find("#refuse-1").click();
        find("#ground-1-NOT_SUBMITTED").click();
        find("#ground-1-ERASURES").click();
        find("#details-1").sendKeys("Бағалар өшіріліп, қайта жазылған");
        submit("#refuse-submit");

        assertThat(find("#refuse-error-1").getText()).startsWith("Original 1: the ground \"documents not submitted\"");
        assertThat(path()).isEqualTo(page);
        assertNoJson();

        new Select(find("#lang-select")).selectByValue("ru");
        waitFor(d -> d.findElement(By.id("originals-h")).getText().equals("Оригиналы"));
        assertThat(path()).isEqualTo(page);
        assertNoJson();
        assertThat(find("#refuse-box").getAttribute("open")).isNotNull();
        assertThat(find("#refuse-1").isSelected()).isTrue();
        assertThat(find("#ground-1-NOT_SUBMITTED").isSelected()).isTrue();
        assertThat(find("#ground-1-ERASURES").isSelected()).isTrue();
        assertThat(find("#ground-1-PENCIL").isSelected()).isFalse();
        assertThat(find("#details-1").getAttribute("value")).isEqualTo("Бағалар өшіріліп, қайта жазылған");
        assertThat(find("#refuse-2").isSelected()).isFalse();
        assertThat(find("#refuse-submit").getText()).isEqualTo("Отказать по отмеченным оригиналам");
        shot("72-refusal-refused-then-ru");

        // a reload after the error asks for the request's page
        find("#ground-1-NOT_SUBMITTED").click();
        find("#details-1").clear();
        submit("#refuse-submit");
        assertThat(find("#refuse-error-1").getText()).isNotBlank();
        browser.navigate().refresh();
        waitFor(d -> d.findElement(By.id("originals-h")).getText().equals("Оригиналы"));
        assertThat(path()).isEqualTo(page);
        assertNoJson();
        // ...and the reload keeps the refusal as it was sent (the pages are no-store; the tab's sessionStorage)
        assertThat(find("#refuse-box").getAttribute("open")).isNotNull();
        assertThat(find("#refuse-1").isSelected()).isTrue();
        assertThat(find("#ground-1-NOT_SUBMITTED").isSelected()).isFalse();
        assertThat(find("#ground-1-ERASURES").isSelected()).isTrue();

        // an error page answering a POST (the form's hidden version lost) stands at the request's address too
        browser.executeScript("document.querySelector('#refusal-form input[name=version]').remove()");
        find("#refuse-2").click();
        find("#ground-2-RESOURCE_ABSENT").click();
        submit("#refuse-submit");
        assertThat(find("h1").getText()).isEqualTo("Действие невозможно");
        assertThat(path()).isEqualTo(page);
        browser.navigate().refresh();
        waitFor(d -> d.findElement(By.id("originals-h")).getText().equals("Оригиналы"));
        assertThat(requests.get(clerk(), r.id()).refusals()).as("nothing was refused").isEmpty();
    }

    @Test
    void aGetOfAPostOnlyAddressLandsOnThePageWithItsForm() {
        CertificationRequest r = twoOriginals();
        String request = "/requests/" + r.id().value();
        String copy = "/00000000-0000-0000-0000-000000000000";
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/requests", "/requests/new");
        pages.put(request + "/refusal", request);
        pages.put(request + "/originals/1/certify", request);
        pages.put(request + "/copies" + copy + "/media", request);
        pages.put("/copies" + copy + "/media", "/copies");
        pages.put("/language", "/");
        pages.put("/logout", "/");
        signOut();
        open("/login?lang=kk");
        signIn(CLERK);
        pages.forEach((post, form) -> {
            open(post);
            waitFor(d -> path().equals(form));
            assertNoJson();
            assertThat(all("#main .code")).as(post).isEmpty(); // not an error page either
        });
        assertThat(all("#sign-out")).as("a GET never signs out").hasSize(1);

        signOut();
        open("/login?lang=kk");
        signIn("records");
        open("/records/holds");
        waitFor(d -> path().equals("/records"));
        assertThat(find("h1").getText()).isEqualTo("Мұрағат");
    }

    @Test
    void whatWasTypedNeverOutlivesTheSwitchIntoAnotherAccount() {
        signOut();
        open("/login?lang=ru");
        signIn(CLERK);
        open("/requests/new");
        find("#applicantId").sendKeys(BAD_IIN);
        find("#applicantName").sendKeys(NAME);
        // the session ended meanwhile: the switch leads to sign-in, where the typing is forgotten
        browser.manage().deleteCookieNamed("JSESSIONID");
        new Select(find("#lang-select")).selectByValue("en");
        waitFor(d -> d.getCurrentUrl().contains("/login"));
        assertThat(carried()).isNull();

        signIn("almaty.clerk1"); // a colleague at the same workstation
        open("/requests/new");
        assertThat(find("#applicantId").getAttribute("value")).isEmpty();
        assertThat(find("#applicantName").getAttribute("value")).isEmpty();
        assertThat(browser.getPageSource()).doesNotContain(BAD_IIN).doesNotContain(NAME);

        // a switch's leftover in this tab (as if its page had never loaded) goes with the sign-out
        browser.executeScript("sessionStorage.setItem('certcopy-carry', JSON.stringify({page: '/requests/new', "
                + "forms: {'/requests': {applicantId: ['" + BAD_IIN + "']}}}))");
        submit("#sign-out button");
        assertThat(carried()).isNull();
        signIn(CLERK);
        open("/requests/new");
        assertThat(find("#applicantId").getAttribute("value")).isEmpty();
    }

    private String path() {
        return URI.create(browser.getCurrentUrl()).getPath();
    }

    private String carried() {
        return (String) browser.executeScript("return sessionStorage.getItem('certcopy-carry')");
    }

    private void assertNoJson() {
        String source = browser.getPageSource();
        assertThat(source).doesNotContain("METHOD_NOT_ALLOWED").doesNotContain("urn:certcopy:problem")
                .doesNotContain("\"status\":405");
        assertThat(all("header")).as("a workspace page").isNotEmpty();
    }

    private long registered() {
        return jdbc.sql("SELECT count(*) FROM certification_request WHERE applicant_id = ?").param(BAD_IIN)
                .query(Long.class).single();
    }

    private static Actor clerk() {
        return new Actor(CLERK, "123456789011", "almaty-1", Set.of(Role.CLERK));
    }

    private CertificationRequest twoOriginals() {
        return requests.register(clerk(), new RegistrationForm(null,
                new Applicant(Iin.of("850312300121"), NAME, null, null), null,
                List.of(new OriginalDocument("Аттестат", "ЖОБ 0012345", null, null),
                        new OriginalDocument("Еңбек кітапшасы", "АБ 778899", null, null)), false, null));
    }
}
