package kz.certcopy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A page's own calls (the Today refresh, the IIN check as typed) made after the session ended get 401 and start no
 * session. Before, they were sent to the sign-in page, whose rendering started a session of its own: its cookie
 * could replace the one of the sign-in page the clerk had in front of them, and that sign-in bounced back.
 */
class BackgroundCallsIT extends BrowserTest {

    private static final HttpClient NO_REDIRECTS = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void forget() {
        signOut();
    }

    @Test
    void aScriptsCallWithoutSessionGets401AndNoSessionWhileANavigationGoesToSignIn() throws Exception {
        HttpResponse<String> script = get("/", "empty");
        assertThat(script.statusCode()).isEqualTo(401);
        assertThat(script.headers().allValues("Set-Cookie")).as("no session started").isEmpty();

        HttpResponse<String> image = get("/today/rows", "image");
        assertThat(image.statusCode()).isEqualTo(401);
        assertThat(image.headers().allValues("Set-Cookie")).isEmpty();

        HttpResponse<String> check = NO_REDIRECTS.send(HttpRequest.newBuilder(URI.create(url("/requests/check-id")))
                .header("Sec-Fetch-Dest", "empty").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("kind=INDIVIDUAL&value=920315401238")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(check.statusCode()).as("the IIN check without a session").isEqualTo(401);
        assertThat(check.headers().allValues("Set-Cookie")).as("no session started for a token").isEmpty();

        HttpResponse<String> page = get("/", "document");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    /** The project's rule: an IIN never appears in a URL (server and proxy logs, history) — the check is a POST. */
    @Test
    void theIinCheckAsTypedSendsTheNumberInTheBodyNotInTheUrl() {
        signIn("almaty.clerk1");
        open("/requests/new?lang=ru");
        find("#applicantId").sendKeys("930421400673");
        waitFor(d -> find("#applicantId-msg").getAttribute("class").contains("good"));
        find("#applicantId").sendKeys(org.openqa.selenium.Keys.BACK_SPACE); // 11 digits: the server's reason
        waitFor(d -> find("#applicantId-msg").getAttribute("class").contains("bad"));
        assertThat(find("#applicantId-msg").getText()).contains("12");
        @SuppressWarnings("unchecked")
        var urls = (java.util.List<String>) browser.executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; })");
        assertThat(urls).anyMatch(u -> u.endsWith("/requests/check-id"));
        assertThat(urls).noneMatch(u -> u.contains("93042140067"));
    }

    @Test
    void theIinCheckAfterTheSessionEndedShowsTheNoticeAndLeavesTheSignInCookieAlone() {
        signIn("almaty.clerk1");
        open("/requests/new?lang=en");
        browser.manage().deleteCookieNamed("JSESSIONID"); // the session ended while the wizard was open
        find("#applicantId").sendKeys("920315401238");
        waitFor(d -> !d.findElements(By.id("session-expired")).isEmpty());
        assertThat(browser.manage().getCookieNamed("JSESSIONID"))
                .as("the check's answer started no session").isNull();

        find("#session-return").click(); // back to sign-in, and from there to the wizard at once
        waitFor(d -> d.getCurrentUrl().contains("/login"));
        find("#username").sendKeys("almaty.clerk1");
        find("#password").sendKeys(PASSWORD);
        find("#sign-in").click();
        waitFor(d -> d.getCurrentUrl().contains("/requests/new"));
        assertThat(find("#applicantId").isDisplayed()).isTrue();
    }

    private HttpResponse<String> get(String path, String dest) throws Exception {
        return NO_REDIRECTS.send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Sec-Fetch-Dest", dest)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
