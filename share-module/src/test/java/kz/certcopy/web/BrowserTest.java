package kz.certcopy.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import kz.certcopy.security.DemoData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the browser tests: the whole application on a random port over the embedded PostgreSQL (one Spring
 * context for all test classes), driven by Debian's headless Chromium through chromedriver (one browser per
 * class). Screenshots of each step go to {@code target/screenshots/}.
 */
@SpringBootTest(classes = WebTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    protected static final String PASSWORD = DemoData.PASSWORD;
    protected static final Path SHOTS = Path.of("target", "screenshots");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;

    @Autowired
    protected kz.certcopy.testing.MovableClock clock;

    @Autowired
    protected org.springframework.jdbc.core.simple.JdbcClient jdbc;

    protected ChromeDriver browser;

    /** The workspace talks to the NCALayer stand-in of the tests (one for all classes: one application context). */
    @org.springframework.test.context.DynamicPropertySource
    static void ncalayer(org.springframework.test.context.DynamicPropertyRegistry registry) {
        registry.add("certcopy.web.ncalayer.url", () -> NcaLayerDouble.shared().url());
    }

    /** On a failure, the page as the browser showed it (target/screenshots/FAILED-...png). */
    @org.junit.jupiter.api.extension.RegisterExtension
    final org.junit.jupiter.api.extension.TestWatcher onFailure = new org.junit.jupiter.api.extension.TestWatcher() {
        @Override
        public void testFailed(org.junit.jupiter.api.extension.ExtensionContext context, Throwable cause) {
            if (browser != null) {
                shot("FAILED-" + context.getRequiredTestMethod().getName());
            }
        }
    };
    private Chromium chromium;

    @BeforeAll
    void startBrowser() throws IOException {
        Files.createDirectories(SHOTS);
        chromium = Chromium.start();
        browser = chromium.driver();
    }

    /** Runs after the class's tests whether they passed or failed: the browser and its profile folder go. */
    @AfterAll
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** This class's browser profile folder (deleted when the browser quits). */
    protected Path profile() {
        return chromium.profile();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void open(String path) {
        browser.get(url(path));
    }

    protected WebElement find(String css) {
        return waitFor(d -> d.findElement(By.cssSelector(css)));
    }

    /**
     * Clicks a control that sends a form and waits until the answer has replaced this page: an element found
     * right after the click could otherwise be the old page's, gone a moment later.
     */
    protected void submit(String css) {
        WebElement page = browser.findElement(By.tagName("html"));
        find(css).click();
        waitFor(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
    }

    protected List<WebElement> all(String css) {
        return browser.findElements(By.cssSelector(css));
    }

    /**
     * Registers a request of almaty.clerk1 for a sample applicant with one original, signs in as that clerk in
     * {@code lang} and uploads {@code scans} to the original one after another (so upload order = page order).
     * @return the request id; the browser is left on the scanning page
     */
    protected String scannedRequest(kz.certcopy.certification.RequestService requests, String lang,
                                    String document, String... scans) {
        var clerk = new kz.certcopy.security.Actor("almaty.clerk1", "123456789012", "almaty-1",
                java.util.Set.of(kz.certcopy.security.Role.CLERK));
        var r = requests.register(clerk, new kz.certcopy.certification.RegistrationForm(null,
                new kz.certcopy.applicant.Applicant(kz.certcopy.applicant.Iin.of("850312300121"),
                        "Сәрсенбаева Әйгерім Қанатқызы", null, null), null,
                List.of(new kz.certcopy.certification.OriginalDocument(document, null, null, null)), false, null));
        String id = r.id().value().toString();
        signOut();
        open("/login?lang=" + lang);
        signIn("almaty.clerk1");
        open("/requests/" + id + "/originals/1/scan");
        for (String s : scans) {
            int before = all("#pages li.page").size();
            browser.findElement(org.openqa.selenium.By.id("files")).sendKeys(scan(s).toString());
            waitFor(d -> all("#pages li.page").size() == before + 1);
        }
        return id;
    }

    /** The ids of the scanned pages, in the order the scanning page shows them. */
    protected List<String> pageIds() {
        return all("#pages li.page").stream().map(li -> li.getAttribute("data-id")).toList();
    }

    protected <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(RuntimeException.class).until(condition);
    }

    protected void signIn(String user) {
        open("/login");
        find("#username").sendKeys(user);
        find("#password").sendKeys(PASSWORD);
        find("#sign-in").click();
        waitFor(d -> !d.getCurrentUrl().contains("/login"));
    }

    /**
     * Signs out by forgetting the browser's cookies, and forgets every account's chosen language too (it would
     * otherwise follow the account into the next test): each test starts from the browser's own language.
     */
    protected void signOut() {
        browser.manage().deleteAllCookies();
        jdbc.sql("UPDATE app_user SET language = NULL WHERE language IS NOT NULL").update();
    }

    /** Screenshot of the whole page at the 1366-pixel width (the window grows to the page's height for it). */
    protected void shot(String name) {
        long height = ((Number) browser.executeScript(
                "return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)")).longValue();
        browser.manage().window().setSize(new Dimension(1366, (int) Math.min(Math.max(height + 90, 768), 3000)));
        try {
            Files.write(SHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            browser.manage().window().setSize(new Dimension(1366, 768));
        }
    }

    /** Downloads with the browser's session (what a click on a link would fetch). */
    protected HttpResponse<byte[]> download(String path) {
        var cookie = browser.manage().getCookieNamed("JSESSIONID");
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)));
        if (cookie != null) {
            b.header("Cookie", "JSESSIONID=" + cookie.getValue());
        }
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Uploads one sample scan to an original on its scan page and waits until its page is listed. */
    protected void uploadScan(String requestId, int original, String sample) {
        open("/requests/" + requestId + "/originals/" + original + "/scan");
        int before = all("#pages li.page").size();
        browser.findElement(By.id("files")).sendKeys(scan(sample).toString());
        waitFor(d -> all("#pages li.page").size() > before);
    }

    /** Certifies an original from the request page with the clerk's server-side key; returns the copy's id. */
    protected String certifyWithServerKey(String requestId, int original) {
        open("/requests/" + requestId);
        find("#originals tbody tr[data-original='" + original + "'] .certify-server").click();
        waitFor(d -> !all("#certified-msg").isEmpty());
        return find("#originals tbody tr[data-original='" + original + "'] a.package").getAttribute("href")
                .replaceAll(".*/copies/([^/]+)/package.zip.*", "$1");
    }

    /** Path and query of a link, to download what it points at with {@link #download}. */
    protected static String pathAndQuery(WebElement link) {
        URI u = URI.create(link.getAttribute("href"));
        return u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    }

    /** The entries of a ZIP (a hand-over package) by name. */
    protected static java.util.Map<String, byte[]> unzip(byte[] zip) throws IOException {
        java.util.Map<String, byte[]> entries = new java.util.TreeMap<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** A sample scan from the test resources as a file the browser can pick. */
    protected static Path scan(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "scans"));
            Path p = dir.resolve(name);
            try (var in = BrowserTest.class.getResourceAsStream("/corpus/scanned/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("missing test scan " + name);
                }
                Files.copy(in, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return p.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a PDF as poppler's pdftotext reads it, runs of white space made one space. */
    protected static String pdfText(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile(Files.createDirectories(Path.of("target")), "annex2-", ".pdf");
        Files.write(file, pdf);
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-").redirectErrorStream(true)
                .start();
        String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(p.waitFor()).as(text).isZero();
        return text.replaceAll("[\\s\\u00A0]+", " ");
    }
}
