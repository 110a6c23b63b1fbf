package kz.certcopy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A clerk's whole visit walked in the browser, in Russian (the browser's language): sign in, register, scan,
 * reorder, certify with the server-side key, download and check the package, refuse the second original, and find
 * the copy from another center.
 */
class ClerkJourneyIT extends BrowserTest {

    @Autowired
    RequestService requests;

    @Test
    void registerScanReorderRefuse() throws Exception {
        // Opening a page without a session leads to sign-in and then back to that page.
        open("/requests/new");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        shot("01-sign-in");
        find("#username").sendKeys("almaty.clerk1");
        find("#password").sendKeys(PASSWORD);
        find("#sign-in").click();
        waitFor(d -> d.getCurrentUrl().contains("/requests/new"));
        assertThat(find("header .center").getText()).contains("Алмалинского");

        // The IIN is checked as it is typed, with the reason.
        WebElement iin = find("#applicantId");
        iin.sendKeys("85031230012");
        waitFor(d -> find("#applicantId-msg").getText().contains("12"));
        iin.sendKeys("2");
        waitFor(d -> find("#applicantId-msg").getText().contains("ИИН"));
        assertThat(find("#applicantId-msg").getAttribute("class")).contains("bad");
        assertThat(iin.getAttribute("aria-invalid")).isEqualTo("true");
        shot("02-wizard-invalid-iin");
        iin.sendKeys(Keys.BACK_SPACE, "1");
        waitFor(d -> find("#applicantId-msg").getAttribute("class").contains("good"));

        find("#applicantName").sendKeys("Сәрсенбаева Әйгерім Қанатқызы");
        find("#address").sendKeys("Алматы қ., Абай даңғылы, 10");
        List<WebElement> row = all("#docs tbody tr").get(0).findElements(By.tagName("input"));
        row.get(0).sendKeys("Жоғары білім туралы диплом");
        row.get(1).sendKeys("ЖБ-0012345");
        row.get(3).sendKeys("Әл-Фараби атындағы Қазақ ұлттық университеті");
        find("#add-doc").click();
        row = all("#docs tbody tr").get(1).findElements(By.tagName("input"));
        row.get(0).sendKeys("Неке туралы куәлік");
        row.get(1).sendKeys("I-АЛ 998877");
        browser.findElement(By.cssSelector("input[name=electronicMedia][value=yes]")).click();
        shot("03-wizard-filled");
        find("#register").click();
        waitFor(d -> d.getCurrentUrl().matches(".*/requests/[0-9a-f-]{36}$"));
        String requestPath = URI.create(browser.getCurrentUrl()).getPath();
        assertThat(find("#status").getText()).isEqualTo("Зарегистрирована");
        assertThat(all("#originals tbody tr")).hasSize(2);
        shot("04-request-registered");

        // Annex 1 pre-filled for printing; the signed consent's scan is attached.
        HttpResponse<byte[]> annex1 = download(pathAndQuery(find("a.annex1")));
        assertThat(annex1.statusCode()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(annex1.body())) {
            assertThat(doc.getNumberOfPages()).isPositive();
        }
        browser.findElement(By.id("consent-file")).sendKeys(scan("paddleocr__table.jpg").toString());
        waitFor(d -> find("#consent-msg").getAttribute("class").contains("good"));

        // Scanning original 1: three files at once, one of them not a scan; the good ones are kept.
        find("#originals tbody tr[data-original='1'] a.button").click();
        waitFor(d -> d.getCurrentUrl().endsWith("/originals/1/scan"));
        Path good = scan("tesseract__phototest.tif");
        Path bad = Files.writeString(good.resolveSibling("not-a-scan.pdf"), "plain text, not a PDF");
        browser.findElement(By.id("files")).sendKeys(good + "\n"
                + bad.toAbsolutePath() + "\n" + scan("pdfbox__stamp.jpg"));
        waitFor(d -> all("#uploads li.done").size() == 2 && all("#uploads li.failed").size() == 1);
        WebElement failed = find("#uploads li.failed");
        assertThat(failed.getText()).contains("not-a-scan.pdf");
        // each file goes in a request of its own: no "№ 1 in the upload" for the clerk's second file
        assertThat(failed.findElement(By.className("msg")).getText()).startsWith("Файл «not-a-scan.pdf»: ")
                .doesNotContain("№");
        waitFor(d -> all("#pages li.page").size() == 2);
        waitFor(d -> all("#pages li.page img").stream().allMatch(i -> (Boolean) browser.executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", i)));
        assertThat(all("#pages .hint-badge")).as("quality hints shown on thumbnails").isNotEmpty();
        shot("05-scans-uploaded");

        // Reorder with the keyboard (the arrow buttons), turn a page; a reload shows the same pages.
        List<String> before = pageIds();
        all("#pages li.page").get(0).findElement(By.cssSelector("button.move-right")).sendKeys(Keys.ENTER);
        waitFor(d -> pageIds().equals(List.of(before.get(1), before.get(0))));
        find("#pages li.page button.rotate").click();
        waitFor(d -> find("#pages li.page img").getAttribute("src").endsWith("?r=90"));
        browser.navigate().refresh();
        waitFor(d -> pageIds().equals(List.of(before.get(1), before.get(0))));
        assertThat(find("#pages li.page img").getAttribute("src")).endsWith("?r=90");
        shot("06-scans-reordered");

        // The full-size preview is a real PDF with both pages, fetched with the clerk's session.
        String preview = find("#preview").getAttribute("href");
        HttpResponse<byte[]> pdf = download(URI.create(preview).getPath());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            assertThat(doc.getPage(0).getRotation() % 360).isNotNegative();
        }

        // The API accepts the session only with the CSRF token for changes.
        assertThat(postWithSession(requestPath.replace("/requests/", "/api/v1/requests/") + "/cancel"))
                .isEqualTo(403);

        // NCALayer is not running (nothing listens on its port): the clerk is told so next to the original.
        NcaLayerDouble.shared().stop();
        try {
            open(requestPath);
            find("#originals tbody tr[data-original='1'] .certify-ncalayer").click();
            waitFor(d -> find("#originals tbody tr[data-original='1'] .ncalayer-msg").getText()
                    .contains("NCALayer не запущен"));
            shot("07-ncalayer-not-running");
        } finally {
            NcaLayerDouble.shared().resume();
        }

        // Certify original 1 with the clerk's server-side key.
        find("#originals tbody tr[data-original='1'] .certify-server").click();
        waitFor(d -> !all("#certified-msg").isEmpty());
        WebElement certified = find("#originals tbody tr[data-original='1']");
        assertThat(certified.getText()).contains("Засвидетельствован");
        shot("08-certified");
        String copyId = zipCopyId(certified);

        // The hand-over package: the signed PDF/A with both pages, its detached CAdES, sheet and manifest.
        HttpResponse<byte[]> zip = download(pathAndQuery(certified.findElement(By.cssSelector("a.package"))));
        assertThat(zip.statusCode()).isEqualTo(200);
        Map<String, byte[]> entries = unzip(zip.body());
        String pdfName = entries.keySet().stream().filter(n -> n.endsWith(".pdf") && !n.contains("sheet")
                && !n.contains("verification")).findFirst().orElseThrow();
        try (PDDocument doc = Loader.loadPDF(entries.get(pdfName))) {
            assertThat(doc.getSignatureDictionaries()).hasSize(1);
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
        }
        assertThat(entries.keySet()).anyMatch(n -> n.endsWith(".p7s"));
        byte[] p7s = entries.entrySet().stream().filter(e -> e.getKey().endsWith(".p7s")).findFirst().orElseThrow()
                .getValue();
        var cms = new org.bouncycastle.cms.CMSSignedData(
                new org.bouncycastle.cms.CMSProcessableByteArray(entries.get(pdfName)), p7s);
        assertThat(cms.getSignerInfos().size()).isEqualTo(1);
        assertThat(cms.getCertificates().getMatches(null)).isNotEmpty();

        // Written to the removable-media directory as well.
        Files.createDirectories(Path.of("target", "test-media"));
        certified.findElement(By.cssSelector("button.to-media")).click();
        WebElement written = find("#media-msg");
        String file = written.getText().substring(written.getText().lastIndexOf(' ') + 1);
        assertThat(Path.of("target", "test-media").resolve(file)).isRegularFile();

        // Refuse original 2 on two grounds, 9.2 and 9.3 (erasures), with the reason. First two mistakes: grounds
        // ticked without marking the original, then the original marked with no ground; each error shows next to
        // the original, and nothing ticked or typed is lost.
        find("#refuse-h").click();
        find("#ground-2-ERASURES").sendKeys(Keys.SPACE);
        find("#details-2").sendKeys("Дата выдачи исправлена подчисткой");
        submit("#refuse-submit");
        assertThat(find("#refuse-error-2").getText()).startsWith("Оригинал 2: основания отмечены");
        assertThat(find("#ground-2-ERASURES").isSelected()).isTrue();
        assertThat(find("#details-2").getAttribute("value")).isEqualTo("Дата выдачи исправлена подчисткой");
        assertThat(find("#details-2").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(find("#refusal-error").getText()).startsWith("Отказ не оформлен");
        find("#refuse-2").sendKeys(Keys.SPACE);
        find("#ground-2-ERASURES").sendKeys(Keys.SPACE);
        submit("#refuse-submit");
        assertThat(find("#refuse-error-2").getText()).startsWith("Оригинал 2: укажите хотя бы одно основание");
        assertThat(find("#refuse-2").isSelected()).isTrue();
        assertThat(find("#details-2").getAttribute("value")).isEqualTo("Дата выдачи исправлена подчисткой");
        // the grounds of one original are one labelled group, reached with the keyboard
        WebElement group = find("fieldset.refuse[data-original='2'] fieldset.grounds");
        assertThat(group.findElement(By.tagName("legend")).getText()).contains("пункту 9");
        find("#ground-2-RESOURCE_ABSENT").sendKeys(Keys.SPACE);
        find("#ground-2-RESOURCE_ABSENT").sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("ground-2-ERASURES");
        browser.switchTo().activeElement().sendKeys(Keys.SPACE);
        shot("09-refusal-form");
        submit("#refuse-submit");
        waitFor(d -> !all("#refusals li").isEmpty());
        assertThat(all("#refusals li[data-original='2'] li").stream().map(li -> li.getAttribute("data-ground"))
                .toList()).containsExactly("RESOURCE_ABSENT", "ERASURES");
        assertThat(find("#refusals").getText()).contains("ресурс отсутствует").contains("подчист")
                .contains("Дата выдачи исправлена");
        assertThat(find("#originals tbody tr[data-original='2']").getText()).contains("Отказано");
        assertThat(find("#status").getText()).isEqualTo("Завершена");
        shot("10-refused");

        // Annex 2, the reasoned refusal, signed by the clerk's key and printable: both grounds on it, as the form
        // prints them in Kazakh and in Russian (poppler's pdftotext reads them).
        HttpResponse<byte[]> annex2 = download(pathAndQuery(find("a.annex2")));
        assertThat(annex2.statusCode()).isEqualTo(200);
        assertThat(annex2.headers().firstValue("CertCopy-Signed")).isPresent();
        assertThat(pdfText(annex2.body())).contains("Дата выдачи исправлена")
                .contains("Қағидалардың 9-тармағының 2) тармақшасы: ақпараттық жүйенің меншік иесінде")
                .contains("Қағидалардың 9-тармағының 3) тармақшасы:").contains("Анықталғаны: көшірмелері");
        HttpResponse<byte[]> annex2ru = download(pathAndQuery(find("a.annex2-ru")));
        assertThat(pdfText(annex2ru.body())).contains("Подпункт 2) пункта 9 Правил: у собственника")
                .contains("Подпункт 3) пункта 9 Правил:").contains("Выявлено: копии");

        // Today lists it among the finished ones, identifier masked.
        open("/");
        WebElement today = find("#finished-requests tbody tr");
        assertThat(today.getText()).contains("Сәрсенбаева").contains("••••••••0121").doesNotContain("850312300121");
        shot("11-today");

        // Another center: the applicant comes to Astana; the clerk there finds the copy for the new request.
        Actor astana = new Actor("astana.clerk1", "900715300451", "astana-1", Set.of(Role.CLERK));
        CertificationRequest visit = requests.register(astana, new RegistrationForm(null,
                new Applicant(Iin.of("850312300121"), "Сәрсенбаева Әйгерім Қанатқызы", null, null), null,
                List.of(new OriginalDocument("Жеке куәлік", null, null, null)), false, null));
        signOut();
        open("/login");
        signIn("astana.clerk1");
        open("/requests/" + visit.id().value());
        find("#find-earlier button").click();
        WebElement found = find("#found tbody tr[data-copy='" + copyId + "']");
        assertThat(found.getText()).contains("Алмалинского");
        shot("12-copies-found-other-center");
        HttpResponse<byte[]> again = download(pathAndQuery(found.findElement(By.cssSelector("a.package"))));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(unzip(again.body()).keySet()).isEqualTo(entries.keySet());
        signOut();
    }

    private static String zipCopyId(WebElement row) {
        String href = row.findElement(By.cssSelector("a.package")).getAttribute("href");
        return href.replaceAll(".*/copies/([^/]+)/package.zip.*", "$1");
    }


    private int postWithSession(String path) throws IOException, InterruptedException {
        var cookie = browser.manage().getCookieNamed("JSESSIONID");
        HttpRequest req = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Cookie", "JSESSIONID=" + cookie.getValue())
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
