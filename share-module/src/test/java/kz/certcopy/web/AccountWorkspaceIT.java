package kz.certcopy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The language follows the clerk's account to another workstation; a session that expires in the middle of a form
 * or on the scanning page loses neither the clerk's place nor what they typed, and never shows it to someone else.
 */
class AccountWorkspaceIT extends BrowserTest {

    private static final String CLERK = "almaty.clerk2";
    private static final String APPLICANT = "930421400673";

    @Autowired
    RequestService requests;

    @Autowired
    UnsentForms unsent;

    @AfterEach
    void forgetLanguage() {
        signOut();
    }

    @Test
    void theLanguageChosenOnOneWorkstationFollowsTheClerkToAnother() {
        signOut();
        open("/login?lang=ru");
        signIn(CLERK);
        assertThat(find("h1").getText()).isEqualTo("Сегодня");
        new Select(find("#lang-select")).selectByValue("kk");
        waitFor(d -> d.findElement(By.tagName("h1")).getText().equals("Бүгін"));
        assertThat(language(CLERK)).isEqualTo("kk");
        shot("60-language-kk-chosen");

        // another workstation: no cookie at all, the browser asks for Russian
        browser.manage().deleteAllCookies();
        open("/login");
        assertThat(find("#sign-in").getText()).isEqualTo("Войти");
        find("#username").sendKeys(CLERK);
        find("#password").sendKeys(PASSWORD);
        find("#sign-in").click();
        waitFor(d -> d.findElement(By.tagName("h1")).getText().equals("Бүгін"));
        assertThat(find("html").getAttribute("lang")).isEqualTo("kk");
        assertThat(browser.manage().getCookieNamed(WebLanguage.COOKIE).getValue()).isEqualTo("kk");
        shot("61-language-kk-on-another-workstation");

        // the browser's cookie saying Russian does not override the account either
        browser.manage().deleteAllCookies();
        browser.manage().addCookie(new Cookie(WebLanguage.COOKIE, "ru", "/"));
        signIn(CLERK);
        assertThat(find("h1").getText()).isEqualTo("Бүгін");

        // a choice made on the sign-in page itself is the newest one: it wins and is stored
        browser.manage().deleteAllCookies();
        open("/login?lang=en");
        assertThat(find("#sign-in").getText()).isEqualTo("Sign in");
        signIn(CLERK);
        assertThat(find("h1").getText()).isEqualTo("Today");
        assertThat(language(CLERK)).isEqualTo("en");

        // before any choice, the browser decides as before
        browser.manage().deleteAllCookies();
        signIn("almaty.clerk1");
        assertThat(language("almaty.clerk1")).isNull();
        assertThat(find("h1").getText()).isEqualTo("Сегодня");
    }

    @Test
    void aWizardSentAfterTheSessionEndedComesBackFilledInAndIsRegisteredOnce() {
        signOut();
        open("/login?lang=ru");
        signIn(CLERK);
        open("/requests/new");
        fillWizard();
        shot("62-wizard-filled-before-expiry");
        long before = registered();

        browser.manage().deleteCookieNamed("JSESSIONID"); // the session is gone (timed out, server restarted...)
        find("#register").click();
        waitFor(d -> d.getCurrentUrl().contains("/login"));
        assertThat(find("#expired").getText()).startsWith("Сеанс истёк.");
        assertThat(registered()).isEqualTo(before);
        shot("63-sign-in-after-expiry");
        find("#username").sendKeys(CLERK);
        find("#password").sendKeys(PASSWORD);
        find("#sign-in").click();

        waitFor(d -> d.getCurrentUrl().endsWith("/requests/new"));
        WebElement notice = find("#unsent");
        assertThat(notice.getText()).isEqualTo("Сеанс истёк, поэтому форма не была отправлена. Введённые данные "
                + "заполнены снова: проверьте их и отправьте ещё раз.");
        // the notice stands right above the form it concerns
        assertThat((Boolean) browser.executeScript(
                "return arguments[0].nextElementSibling === document.getElementById('wizard')", notice)).isTrue();
        assertWizardFilled();
        waitFor(d -> find("#applicantId-msg").getAttribute("class").contains("good")); // checked again as typed
        waitFor(d -> find("#repIin-msg").getAttribute("class").contains("good"));
        assertThat(registered()).as("nothing is sent on the clerk's behalf").isEqualTo(before);
        shot("64-wizard-refilled-after-sign-in");

        find("#register").click();
        waitFor(d -> d.getCurrentUrl().matches(".*/requests/[0-9a-f-]{36}$"));
        assertThat(all("#originals tbody tr")).hasSize(2);
        assertThat(registered()).isEqualTo(before + 1);

        // sent: the form is empty again and the notice gone
        open("/requests/new");
        assertThat(find("#applicantId").getAttribute("value")).isEmpty();
        assertThat(all("#unsent")).isEmpty();
    }

    @Test
    void aWizardOlderThanASignInInAnotherTabComesBackFilledInAtOnce() {
        signOut();
        open("/login?lang=ru");
        signIn(CLERK);
        open("/requests/new");
        String wizardTab = browser.getWindowHandle();
        fillWizard();
        long before = registered();
        // the session ends; the clerk signs in again in another tab, then returns to the wizard's tab
        browser.manage().deleteCookieNamed("JSESSIONID");
        browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        signIn(CLERK);
        browser.close();
        browser.switchTo().window(wizardTab);
        find("#register").click(); // the page's CSRF token belongs to the ended session

        waitFor(d -> d.getCurrentUrl().endsWith("/requests/new") && !all("#unsent").isEmpty());
        assertWizardFilled();
        assertThat(registered()).isEqualTo(before);
        find("#register").click();
        waitFor(d -> d.getCurrentUrl().matches(".*/requests/[0-9a-f-]{36}$"));
        assertThat(registered()).isEqualTo(before + 1);
    }

    @Test
    void anotherUserSigningInNeverSeesTheFirstUsersForm() {
        signOut();
        open("/login?lang=ru");
        signIn(CLERK);
        open("/requests/new");
        fillWizard();
        int kept = unsent.size();
        browser.manage().deleteCookieNamed("JSESSIONID");
        find("#register").click();
        waitFor(d -> d.getCurrentUrl().contains("/login?expired"));
        assertThat(unsent.size()).isEqualTo(kept + 1);

        find("#username").sendKeys("almaty.clerk1"); // a colleague sits down at the same workstation
        find("#password").sendKeys(PASSWORD);
        find("#sign-in").click();
        waitFor(d -> !d.getCurrentUrl().contains("/login"));
        assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/");
        assertThat(unsent.size()).as("thrown away, not kept for later").isEqualTo(kept);
        open("/requests/new");
        assertThat(all("#unsent")).isEmpty();
        assertThat(find("#applicantId").getAttribute("value")).isEmpty();
        assertThat(find("#applicantName").getAttribute("value")).isEmpty();
        assertThat(browser.getPageSource()).doesNotContain(APPLICANT).doesNotContain("Жақсыбекова");
        shot("65-other-clerk-sees-no-form");

        // and the first clerk does not get it back later either
        browser.manage().deleteCookieNamed("JSESSIONID");
        signIn(CLERK);
        open("/requests/new");
        assertThat(all("#unsent")).isEmpty();
        assertThat(find("#applicantId").getAttribute("value")).isEmpty();
    }

    @Test
    void aSearchSentWithASessionTheServerNoLongerKnowsIsFilledInButNotRun() {
        signOut();
        open("/login?lang=en");
        signIn(CLERK);
        open("/copies");
        find("#applicant").sendKeys(APPLICANT);
        // the server forgot the session (expiry, restart): the browser still sends the old id
        browser.manage().addCookie(new Cookie("JSESSIONID", "0123456789ABCDEF0123456789ABCDEF", "/"));
        find("#search").click();
        waitFor(d -> d.getCurrentUrl().contains("/login?expired"));
        assertThat(find("#expired").getText()).startsWith("Your session has expired.");
        signIn(CLERK);
        waitFor(d -> d.getCurrentUrl().endsWith("/copies"));
        assertThat(find("#applicant").getAttribute("value")).isEqualTo(APPLICANT);
        assertThat(find("#unsent").getText()).startsWith("Your session expired, so this form was not sent.");
        assertThat(all("#found")).as("the search is not run on its own").isEmpty();
        assertThat(all("#no-copies")).isEmpty();
    }

    @Test
    void theScanPageSaysTheSessionExpiredAndKeepsTheUploadedPages() {
        Actor clerk = new Actor(CLERK, "123456789011", "almaty-1", Set.of(Role.CLERK));
        CertificationRequest r = requests.register(clerk, new RegistrationForm(null,
                new Applicant(Iin.of(APPLICANT), "Жақсыбекова Гүлнұр Серікқызы", null, null), null,
                List.of(new OriginalDocument("Жеке куәлік", "045112233", null, null)), false, null));
        String scanPage = "/requests/" + r.id().value() + "/originals/1/scan";
        signOut();
        open("/login?lang=kk");
        signIn(CLERK);
        open(scanPage);
        browser.findElement(By.id("files")).sendKeys(scan("pdfbox__stamp.jpg").toString());
        waitFor(d -> all("#pages li.page").size() == 1);

        browser.manage().deleteCookieNamed("JSESSIONID");
        browser.findElement(By.id("files")).sendKeys(scan("tesseract__phototest-rotated-L.png").toString());
        waitFor(d -> all("#uploads li.failed").size() == 1);
        WebElement banner = find("#session-expired");
        assertThat(banner.getText()).startsWith("Сеанстың мерзімі аяқталды.")
                .contains("Қайта кіріп, осы бетке оралу");
        assertThat(find("#uploads li.failed .msg").getText()).startsWith("Сеанстың мерзімі аяқталды.");
        assertThat(find("#session-return").getAttribute("href")).endsWith(scanPage);
        // turning the page already uploaded says the same, once
        find("#pages li.page button.rotate").click();
        waitFor(d -> find("#pages-status").getText().startsWith("Сеанстың мерзімі аяқталды."));
        assertThat(all("#session-expired")).hasSize(1);
        shot("66-scan-session-expired");

        find("#session-return").click();
        waitFor(d -> d.getCurrentUrl().contains("/login"));
        find("#username").sendKeys(CLERK);
        find("#password").sendKeys(PASSWORD);
        find("#sign-in").click();
        waitFor(d -> URI.create(d.getCurrentUrl()).getPath().equals(scanPage)); // Spring adds ?continue
        waitFor(d -> all("#pages li.page").size() == 1); // the page uploaded before expiry is still there
        assertThat(all("#session-expired")).isEmpty();
        browser.findElement(By.id("files")).sendKeys(scan("tesseract__phototest-rotated-L.png").toString());
        waitFor(d -> all("#pages li.page").size() == 2);
        shot("67-scan-after-sign-in");
    }

    @Test
    void aRefusalSentAfterTheSessionEndedComesBackTickedAndFilledIn() {
        Actor clerk = new Actor(CLERK, "123456789011", "almaty-1", Set.of(Role.CLERK));
        CertificationRequest r = requests.register(clerk, new RegistrationForm(null,
                new Applicant(Iin.of(APPLICANT), "Жақсыбекова Гүлнұр Серікқызы", null, null), null,
                List.of(new OriginalDocument("Аттестат", "ЖОБ 0012345", null, null),
                        new OriginalDocument("Еңбек кітапшасы", "АБ 778899", null, null)), false, null));
        signOut();
        open("/login?lang=kk");
        signIn(CLERK);
        open("/requests/" + r.id().value());
        find("#refuse-h").click();
        find("#refuse-1").click();
        find("#ground-1-PENCIL").click();
        find("#details-1").sendKeys("Бағалар қарындашпен жазылған");

        browser.manage().deleteCookieNamed("JSESSIONID");
        find("#refuse-submit").click();
        waitFor(d -> d.getCurrentUrl().contains("/login?expired"));
        assertThat(find("#expired").getText()).startsWith("Сеанстың мерзімі аяқталды.");
        find("#username").sendKeys(CLERK);
        find("#password").sendKeys(PASSWORD);
        find("#sign-in").click();

        waitFor(d -> URI.create(d.getCurrentUrl()).getPath().equals("/requests/" + r.id().value()));
        assertThat(find("#refuse-box").getAttribute("open")).isNotNull();
        assertThat(find("#unsent").getText()).startsWith("Сеанстың мерзімі аяқталғандықтан, нысан жіберілмеді.");
        assertThat((Boolean) browser.executeScript("return arguments[0].nextElementSibling === "
                + "document.getElementById('refusal-form')", find("#unsent"))).isTrue();
        assertThat(find("#refuse-1").isSelected()).isTrue();
        assertThat(find("#refuse-2").isSelected()).isFalse();
        assertThat(find("#ground-1-PENCIL").isSelected()).isTrue();
        assertThat(find("#details-1").getAttribute("value")).isEqualTo("Бағалар қарындашпен жазылған");
        assertThat(requests.get(clerk, r.id()).refusals()).as("nothing sent on the clerk's behalf").isEmpty();
        shot("68-refusal-refilled-after-sign-in");

        find("#refuse-submit").click();
        waitFor(d -> !all("#refusals li").isEmpty());
        assertThat(requests.get(clerk, r.id()).refusals()).hasSize(1);
        assertThat(all("#unsent")).isEmpty();
    }

    @Test
    void aSignInPageOrASignOutOutlivingTheSessionDoNotEndOnAnErrorPage() {
        signOut();
        open("/login?lang=en");
        browser.manage().deleteCookieNamed("JSESSIONID"); // the sign-in page was left open too long
        find("#username").sendKeys(CLERK);
        find("#password").sendKeys(PASSWORD);
        find("#sign-in").click();
        waitFor(d -> !d.getCurrentUrl().contains("/login"));
        assertThat(find("h1").getText()).as("the first press signs in").isEqualTo("Today");

        browser.manage().deleteCookieNamed("JSESSIONID");
        find("header form[action='/logout'] button").click();
        waitFor(d -> d.getCurrentUrl().endsWith("/login?logout"));
        assertThat(find("#main .notice").getText()).isEqualTo("You have signed out.");
        assertThat(browser.manage().getCookieNamed(UnsentForms.OWNER_COOKIE)).isNull();
    }

    @Test
    void aSignInPageOlderThanASignInInAnotherTabSignsInAnotherUserAtOnce() {
        signOut();
        open("/login?lang=en");
        String first = browser.getWindowHandle();
        browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        open("/login");
        signIn(CLERK);
        browser.close();
        browser.switchTo().window(first);
        find("#username").sendKeys("almaty.clerk1"); // its token belongs to the session replaced by that sign-in
        find("#password").sendKeys(PASSWORD);
        find("#sign-in").click();
        waitFor(d -> !d.getCurrentUrl().contains("/login"));
        assertThat(find("h1").getText()).isEqualTo("Today");
        assertThat(find("header .clerk").getText()).isNotEqualTo(clerkName(CLERK));
        assertThat(find("header .clerk").getText()).isEqualTo(clerkName("almaty.clerk1"));
    }

    private String clerkName(String username) {
        return jdbc.sql("SELECT full_name FROM app_user WHERE username = ?").param(username)
                .query(String.class).single();
    }

    @Test
    void theWizardKeepsWhatWasTypedThroughAReloadAndBackButNeverForAnotherAccount() {
        signOut();
        open("/login?lang=kk");
        signIn(CLERK);
        open("/requests/new");
        fillWizard();
        browser.navigate().refresh();
        waitFor(d -> "Жаңа өтініш".equals(d.findElement(By.tagName("h1")).getText()));
        assertWizardFilled();
        waitFor(d -> find("#applicantId-msg").getAttribute("class").contains("good")); // checked again

        find("header nav a[href='/']").click();
        waitFor(d -> URI.create(d.getCurrentUrl()).getPath().equals("/"));
        browser.navigate().back();
        waitFor(d -> d.getCurrentUrl().endsWith("/requests/new") && !all("#docs tbody tr").isEmpty());
        assertWizardFilled();

        open("/requests/new"); // a new visit to the wizard starts empty
        assertThat(find("#applicantId").getAttribute("value")).isEmpty();
        fillWizard();

        signIn("almaty.clerk1"); // a colleague signs in in the same tab
        assertThat(browser.executeScript("return sessionStorage.length")).isEqualTo(0L);
        for (int i = 0; i < 4 && !browser.getCurrentUrl().endsWith("/requests/new"); i++) {
            browser.navigate().back(); // back to the first clerk's wizard, now asked for by the colleague
        }
        waitFor(d -> d.getCurrentUrl().endsWith("/requests/new"));
        assertThat(find("#applicantId").getAttribute("value")).isEmpty();
        assertThat(find("#applicantName").getAttribute("value")).isEmpty();
        assertThat(all("#docs tbody tr")).hasSize(1);
        assertThat(browser.getPageSource()).doesNotContain("Жақсыбекова");
    }

    @Test
    void aLegalEntityAndACopySearchComeBackAfterAReload() {
        signOut();
        open("/login?lang=ru");
        signIn(CLERK);
        open("/requests/new");
        find("input[name=kind][value=LEGAL_ENTITY]").click();
        find("#applicantId").sendKeys("123");
        find("#applicantName").sendKeys("ТОО «Қазақ Өнімдері»");
        browser.navigate().refresh();
        waitFor(d -> "Новая заявка".equals(d.findElement(By.tagName("h1")).getText()));
        assertThat(find("input[name=kind][value=LEGAL_ENTITY]").isSelected()).isTrue();
        assertThat(find("#wizard").getAttribute("class")).contains("legal"); // BIN labels shown
        assertThat(find("#applicantName").getAttribute("value")).isEqualTo("ТОО «Қазақ Өнімдері»");
        waitFor(d -> find("#applicantId-msg").getAttribute("class").contains("bad")); // the BIN checked again

        open("/copies");
        find("#applicant").sendKeys(APPLICANT);
        browser.navigate().refresh();
        waitFor(d -> APPLICANT.equals(find("#applicant").getAttribute("value")));
        assertThat(all("#found")).as("filled in, not run").isEmpty();
    }

    @Test
    void arrowKeysOnTheLanguageSwitchWaitForEnter() throws InterruptedException {
        signOut();
        open("/login?lang=kk");
        signIn(CLERK);
        open("/requests/new");
        find("#applicantName").sendKeys("Әділбекова Айгүл");
        WebElement page = find("html");
        WebElement select = find("#lang-select");
        select.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN); // kk → ru: only passing through
        Thread.sleep(1500);
        assertThat(page.getAttribute("lang")).as("the page was not reloaded in Russian").isEqualTo("kk");
        assertThat(new Select(select).getFirstSelectedOption().getAttribute("value")).isEqualTo("ru");
        select.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN); // ru → en
        Thread.sleep(500);
        assertThat(page.getAttribute("lang")).isEqualTo("kk");
        assertThat(language(CLERK)).as("Russian was never chosen").isNotEqualTo("ru");
        select.sendKeys(org.openqa.selenium.Keys.ENTER);
        waitFor(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
        waitFor(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(find("h1").getText()).isEqualTo("New request");
        assertThat(find("#applicantName").getAttribute("value")).isEqualTo("Әділбекова Айгүл");
        assertThat(language(CLERK)).isEqualTo("en");

        new Select(find("#lang-select")).selectByValue("kk"); // a choice with the mouse still applies at once
        waitFor(d -> "kk".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    }

    @Test
    void anotherSitesFormIsRefusedAndNothingOfItIsKept() throws Exception {
        var http = java.net.http.HttpClient.newBuilder().followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                .build();
        String body = "applicantId=" + APPLICANT + "&applicantName=X&docKind=Y";
        java.util.function.BiFunction<String, String, java.net.http.HttpResponse<String>> post = (site, desk) -> {
            var b = java.net.http.HttpRequest.newBuilder(URI.create(url("/requests")))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Sec-Fetch-Site", site)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body));
            if (desk != null) {
                b.header("Cookie", UnsentForms.OWNER_COOKIE + "=" + desk);
            }
            try {
                return http.send(b.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        int kept = unsent.size();
        String desk = unsent.ownerTag(CLERK);
        assertThat(post.apply("cross-site", desk).statusCode()).isEqualTo(403);
        assertThat(unsent.size()).isEqualTo(kept);

        var sameSite = post.apply("same-origin", desk);
        assertThat(sameSite.statusCode()).isEqualTo(302);
        assertThat(sameSite.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");
        String cookie = sameSite.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(UnsentForms.COOKIE + "=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
        String id = cookie.substring(UnsentForms.COOKIE.length() + 1, cookie.indexOf(';'));
        assertThat(unsent.claim(id, "almaty.clerk1")).as("not for another clerk").isEmpty();

        String anonymous = post.apply("same-origin", null).headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(UnsentForms.COOKIE + "=")).findFirst().orElseThrow();
        var place = unsent.claim(anonymous.substring(UnsentForms.COOKIE.length() + 1, anonymous.indexOf(';')), CLERK);
        assertThat(place).as("without the owner tag only the place is kept").get()
                .satisfies(f -> assertThat(f.hasFields()).isFalse());
        assertThat(unsent.size()).isEqualTo(kept);
    }

    private void fillWizard() {
        find("#applicantId").sendKeys(APPLICANT);
        find("#applicantName").sendKeys("Жақсыбекова Гүлнұр Серікқызы");
        find("#address").sendKeys("Астана қ., Мәңгілік Ел даңғылы, 8");
        find("#phone").sendKeys("+7 702 111 22 33");
        find("#represented").click();
        find("#repName").sendKeys("Жақсыбеков Серік Әбілұлы");
        find("#repIin").sendKeys("900715300451");
        find("#repDocument").sendKeys("Сенімхат № 12-3/456");
        date(find("#repDate"), "2026-11-20");
        List<WebElement> row = all("#docs tbody tr").get(0).findElements(By.tagName("input"));
        row.get(0).sendKeys("Жеке куәлік");
        row.get(1).sendKeys("045112233");
        date(row.get(2), "2019-05-14");
        row.get(3).sendKeys("ҚР ІІМ");
        find("#add-doc").click();
        row = all("#docs tbody tr").get(1).findElements(By.tagName("input"));
        row.get(0).sendKeys("Неке туралы куәлік");
        row.get(1).sendKeys("I-АС 445566");
        browser.findElement(By.cssSelector("input[name=electronicMedia][value=yes]")).click();
    }

    private void assertWizardFilled() {
        assertThat(find("#applicantId").getAttribute("value")).isEqualTo(APPLICANT);
        assertThat(find("#applicantName").getAttribute("value")).isEqualTo("Жақсыбекова Гүлнұр Серікқызы");
        assertThat(find("#address").getAttribute("value")).isEqualTo("Астана қ., Мәңгілік Ел даңғылы, 8");
        assertThat(find("#phone").getAttribute("value")).isEqualTo("+7 702 111 22 33");
        assertThat(find("#represented").isSelected()).isTrue();
        assertThat(find("#rep-fields").isDisplayed()).isTrue();
        assertThat(find("#repName").getAttribute("value")).isEqualTo("Жақсыбеков Серік Әбілұлы");
        assertThat(find("#repIin").getAttribute("value")).isEqualTo("900715300451");
        assertThat(find("#repDocument").getAttribute("value")).isEqualTo("Сенімхат № 12-3/456");
        assertThat(find("#repDate").getAttribute("value")).isEqualTo("2026-11-20");
        List<WebElement> rows = all("#docs tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(values(rows.get(0))).containsExactly("Жеке куәлік", "045112233", "2019-05-14", "ҚР ІІМ");
        assertThat(values(rows.get(1))).containsExactly("Неке туралы куәлік", "I-АС 445566", "", "");
        assertThat(rows.get(1).findElement(By.className("num")).getText()).isEqualTo("2");
        assertThat(find("input[name=electronicMedia][value=yes]").isSelected()).isTrue();
        assertThat(find("input[name=kind][value=INDIVIDUAL]").isSelected()).isTrue();
    }

    private static List<String> values(WebElement row) {
        return row.findElements(By.tagName("input")).stream().map(i -> i.getAttribute("value")).toList();
    }

    /** A date input takes the value the way the browser's date picker would set it. */
    private void date(WebElement input, String iso) {
        browser.executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", input, iso);
    }

    private long registered() {
        return jdbc.sql("SELECT count(*) FROM certification_request WHERE applicant_id = ?").param(APPLICANT)
                .query(Long.class).single();
    }

    private String language(String username) {
        return jdbc.sql("SELECT language FROM app_user WHERE username = ?").param(username)
                .query((rs, n) -> rs.getString(1)).list().get(0);
    }
}
