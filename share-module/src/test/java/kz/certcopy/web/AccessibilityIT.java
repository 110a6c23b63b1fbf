package kz.certcopy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.certcopy.applicant.Applicant;
import kz.certcopy.applicant.Iin;
import kz.certcopy.certification.OriginalDocument;
import kz.certcopy.certification.RegistrationForm;
import kz.certcopy.certification.RequestService;
import kz.certcopy.security.Actor;
import kz.certcopy.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 6 item 9 in headless Chromium at a 1366×768 viewport, in Kazakh, Russian and English: every page of the
 * workspace (sign-in, Today, wizard, request, scan, copies found, supervisor board, records office) is checked for
 * sideways scrolling and text that does not fit its box (with long Kazakh words in the data), accessible names of
 * all form controls, image alternatives, one h1, the page's language, no positive tabindex, and a visible focus on
 * everything the Tab key reaches. All problems of all pages are reported together.
 */
class AccessibilityIT extends BrowserTest {

    /** Long Kazakh words as they occur in names, document titles and issuers (agglutination, no spaces). */
    private static final String NAME = "Мемлекеттендірілмегендіктеріңізденқызы Әйгерім-Гүлжиһан Сәрсенбайқызы";
    private static final String KIND = "Жоғарыоқуорнынанкейінгібілімберудіңмемлекеттендірілмегендіктеріңізден "
            + "дипломының телнұсқасы";
    private static final String ISSUER = "Әл-Фарабиатындағықазақұлттықуниверситетініңмагистратурасыныңкеңесі";
    private static final String IIN = "920815400138";
    private static final int MAX_TABS = 40;

    @Autowired
    RequestService requests;

    private final List<String> problems = new ArrayList<>();
    private String pageCheck;
    private String focusCheck;
    private String requestId;

    @Test
    void everyPageInEveryLanguageAt1366x768() {
        pageCheck = script("/a11y/page-check.js");
        focusCheck = script("/a11y/focus-check.js");
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1366, "height", 768, "deviceScaleFactor", 1, "mobile", false));
        prepareRequestWithLongWords();
        theChecksFindWhatTheyLookFor();
        for (String lang : List.of("kk", "ru", "en")) {
            signOut();
            open("/login?lang=" + lang);
            check(lang, "sign-in");
            signIn("almaty.clerk1");
            check(lang, "today");
            open("/requests/new");
            check(lang, "wizard");
            open("/requests/" + requestId);
            check(lang, "request");
            if ("kk".equals(lang)) {
                viewportShot("40-a11y-request-kk");
            }
            open("/requests/" + requestId + "/originals/2/scan");
            waitFor(d -> all("#pages li.page img").size() == 1 && (Boolean) browser.executeScript(
                    "return arguments[0].complete && arguments[0].naturalWidth > 0", find("#pages li.page img")));
            check(lang, "scan");
            open("/requests/" + requestId);
            find("#find-earlier button").click();
            find("#found tbody tr");
            check(lang, "copies found");
            if ("kk".equals(lang)) {
                viewportShot("41-a11y-copies-kk");
            }
            as("supervisor", lang);
            open("/board");
            check(lang, "supervisor board");
            as("records", lang);
            open("/records");
            check(lang, "records office");
        }
        signOut();
        assertThat(problems).as("layout and accessibility problems").isEmpty();
    }

    /**
     * Keyboard only, in Kazakh: sign in, open the wizard, register, attach the consent scan, scan, certify and write
     * the package to the medium, reaching every control with Tab and using it with the keyboard. (The operating
     * system's file chooser is the one step typed into the focused file input as the chooser would.)
     */
    @Test
    void aClerkCanDoTheWholeVisitWithTheKeyboard() throws IOException {
        Files.createDirectories(java.nio.file.Path.of("target", "test-media"));
        signOut();
        open("/login?lang=kk");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("username");
        type("almaty.clerk1");
        tabTo("#password");
        type(PASSWORD + Keys.ENTER);
        waitFor(d -> d.findElement(By.tagName("h1")).getText().equals("Бүгін"));

        tabTo("#new-request");
        type(Keys.ENTER.toString());
        waitFor(d -> d.getCurrentUrl().endsWith("/requests/new"));
        tabTo("#applicantId");
        type("920815400148");
        tabTo("#applicantName");
        type("Жұмабекова Гүлнұр Серікқызы");
        tabTo("#docKind0");
        type("Туу туралы куәлік");
        tabTo("#register");
        type(Keys.ENTER.toString());
        waitFor(d -> d.getCurrentUrl().matches(".*/requests/[0-9a-f-]{36}$"));
        String request = browser.getCurrentUrl().replaceAll(".*/requests/", "");

        tabTo("#consent-file").sendKeys(scan("pdfbox__stamp.jpg").toString());
        waitFor(d -> "true".equals(d.findElement(By.id("consent-scan")).getAttribute("data-attached")));
        tabTo("#originals tbody tr[data-original='1'] a.button");
        type(Keys.ENTER.toString());
        waitFor(d -> d.getCurrentUrl().endsWith("/originals/1/scan"));
        tabTo("#files").sendKeys(scan("tesseract__phototest.tif").toString());
        waitFor(d -> all("#pages li.page").size() == 1);
        tabTo("main a[href$='" + request + "']");
        type(Keys.ENTER.toString());
        waitFor(d -> d.getCurrentUrl().endsWith("/requests/" + request));
        tabTo(".certify-server");
        type(Keys.ENTER.toString());
        waitFor(d -> !all("#certified-msg").isEmpty());
        tabTo("button.to-media");
        type(Keys.ENTER.toString());
        assertThat(find("#media-msg").getText()).contains(".zip");
        signOut();
    }

    /** Presses Tab until the focus is on an element matching {@code css}; fails if the keyboard never gets there. */
    private org.openqa.selenium.WebElement tabTo(String css) {
        for (int i = 0; i < 80; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            org.openqa.selenium.WebElement active = browser.switchTo().activeElement();
            if ((Boolean) browser.executeScript("return arguments[0].matches(arguments[1])", active, css)) {
                return active;
            }
        }
        throw new AssertionError("the keyboard does not reach " + css + " on " + browser.getCurrentUrl());
    }

    private void type(String keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    /** A page spoiled on purpose: an unbreakable line, an unlabelled field, an image without alt, a second h1. */
    @SuppressWarnings("unchecked")
    private void theChecksFindWhatTheyLookFor() {
        open("/requests/new");
        browser.executeScript("var m = document.getElementById('main');"
                + "m.insertAdjacentHTML('beforeend', '<div id=spoilt><p style=\"white-space:nowrap\">' + 'Ә'.repeat(300)"
                + " + '</p><input id=bare><img src=/favicon.ico><h1>x</h1></div>');");
        List<Object> found = (List<Object>) browser.executeScript(pageCheck, "ru");
        assertThat(found).anyMatch(p -> p.toString().startsWith("the page scrolls sideways"))
                .anyMatch(p -> p.toString().contains("text wider than its box") || p.toString().contains("sticks out"))
                .anyMatch(p -> p.toString().equals("form control without an accessible name: input#bare"))
                .anyMatch(p -> p.toString().startsWith("image without alt"))
                .anyMatch(p -> p.toString().equals("2 h1 elements"))
                .anyMatch(p -> p.toString().startsWith("html lang="));
        browser.executeScript("document.getElementById('spoilt').remove()");
    }

    /** A request whose applicant, originals and issuer carry long Kazakh words; original 1 certified, 2 scanned. */
    private void prepareRequestWithLongWords() {
        Actor clerk = new Actor("almaty.clerk1", "123456789012", "almaty-1", Set.of(Role.CLERK));
        requestId = requests.register(clerk, new RegistrationForm(null, new Applicant(Iin.of(IIN), NAME,
                "Алматы қ., Әл-Фараби даңғылы, 71, Қазақұлттықуниверситетініңжатақханасы", null), null,
                List.of(new OriginalDocument(KIND, "ЖБ-00123456789", null, ISSUER),
                        new OriginalDocument("Неке туралы куәлік", "I-АЛ 998877", null, ISSUER)), true, null))
                .id().value().toString();
        signOut();
        open("/login?lang=kk");
        signIn("almaty.clerk1");
        uploadScan(requestId, 1, "tesseract__phototest.tif");
        uploadScan(requestId, 2, "pdfbox__stamp.jpg");
        certifyWithServerKey(requestId, 1);
    }

    private void as(String user, String lang) {
        signOut();
        open("/login?lang=" + lang);
        signIn(user);
    }

    @SuppressWarnings("unchecked")
    private void check(String lang, String page) {
        String where = lang + " " + page + ": ";
        assertThat((Long) browser.executeScript("return window.innerWidth")).isEqualTo(1366L);
        ((List<Object>) browser.executeScript(pageCheck, lang)).forEach(p -> problems.add(where + p));
        // keyboard only: Tab through the page; every stop must show where the focus is
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < MAX_TABS; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            List<Object> focus = (List<Object>) browser.executeScript(focusCheck);
            if (focus == null) {
                continue;
            }
            String element = (String) focus.get(0);
            if (!seen.add(element)) {
                break;
            }
            if (!(Boolean) focus.get(1)) {
                problems.add(where + "focus not visible on " + element);
            }
        }
        if (seen.size() < 3) {
            problems.add(where + "the keyboard reaches only " + seen.size() + " elements");
        }
    }

    /** What the clerk sees at 1366×768 without scrolling (target/screenshots/). */
    private void viewportShot(String name) {
        browser.executeScript("document.activeElement && document.activeElement.blur()");
        try {
            Files.write(SHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String script(String resource) {
        try (InputStream in = AccessibilityIT.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
