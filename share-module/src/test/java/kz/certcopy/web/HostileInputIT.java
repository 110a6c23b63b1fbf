package kz.certcopy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
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
        shot("60-request-hostile-text");

        open("/");
        assertThat(find("#main").getText()).contains(name.strip());
        assertNoScriptRan();
        assertFits("today");
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
