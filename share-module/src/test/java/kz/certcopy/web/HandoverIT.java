package kz.certcopy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import kz.certcopy.applicant.Applicant;
import kz.certcopy.applicant.Iin;
import kz.certcopy.certification.CertificationRequest;
import kz.certcopy.certification.CertifiedCopies;
import kz.certcopy.certification.CertifiedCopyId;
import kz.certcopy.certification.OriginalDocument;
import kz.certcopy.certification.RegistrationForm;
import kz.certcopy.certification.RequestService;
import kz.certcopy.security.Actor;
import kz.certcopy.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In Kazakh, in the browser: the signed consent's scan on the request page (still needed → attached ✓, opened,
 * replaced), and a copy certified in Almaty handed over again on the removable medium of the Astana center where the
 * applicant comes next (rule 8); the written package is checked with pdfsig and openssl. A copy disposed of
 * meanwhile gets a clear error instead.
 */
class HandoverIT extends BrowserTest {

    private static final String IIN = "920815400128";
    private static final String NAME = "Құрманғазы Ұлжан Әділбекқызы";

    @Autowired
    RequestService requests;
    @Autowired
    CertifiedCopies copies;

    @TempDir
    Path work;

    @Test
    void consentScanThenHandOverAgainAtTheOtherCenter() throws Exception {
        Actor almaty = new Actor("almaty.clerk2", "123456789011", "almaty-1", Set.of(Role.CLERK));
        String id = register(almaty).id().value().toString();
        signOut();
        open("/login?lang=kk");
        signIn("almaty.clerk2");

        // Today: the consent scan is among what the request still needs
        WebElement row = find("#open-requests tbody tr[data-id='" + id + "']");
        assertThat(row.findElement(By.className("needs-consent")).getText()).isEqualTo("келісімнің сканы қажет");

        open("/requests/" + id);
        assertThat(find("#consent-scan").getAttribute("data-attached")).isEqualTo("false");
        assertThat(find("#consent-scan").getText()).startsWith("Әлі қажет: қол қойылған келісімнің сканы");
        Path jpeg = scan("pdfbox__stamp.jpg");
        browser.findElement(By.id("consent-file")).sendKeys(jpeg.toString());
        waitFor(d -> "true".equals(d.findElement(By.id("consent-scan")).getAttribute("data-attached")));
        assertThat(find("#consent-scan").getText()).contains("тіркелген ✓").contains("ашу").contains("JPEG")
                .contains("03.12.2026").contains("almaty.clerk2");
        assertThat(find("#consent-msg").getAttribute("class")).contains("good");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).as("focus on the redrawn 'replace'")
                .isEqualTo("consent-file");
        assertThat(download(pathAndQuery(find("#consent-scan-open"))).body()).isEqualTo(Files.readAllBytes(jpeg));
        shot("30-consent-attached-kk");

        // the wrong file was attached: replaced by the right one, the old one kept on record
        assertThat(find("label[for=consent-file]").getText()).startsWith("Файл қате ме?");
        Path tiff = scan("tesseract__phototest.tif");
        browser.findElement(By.id("consent-file")).sendKeys(tiff.toString());
        waitFor(d -> d.findElement(By.id("consent-scan")).getText().contains("TIFF"));
        assertThat(find("#consent-scan").getText()).contains("Ауыстырылған файлдар да сақталған: 1");
        assertThat(download(pathAndQuery(find("#consent-scan-open"))).body()).isEqualTo(Files.readAllBytes(tiff));
        open("/");
        assertThat(find("#open-requests tbody tr[data-id='" + id + "']").findElements(By.className("needs-consent")))
                .isEmpty();

        // scan the original and certify it with the clerk's (RSA) key
        uploadScan(id, 1, "tesseract__phototest.tif");
        String copyId = certifyWithServerKey(id, 1);

        // the applicant comes to Astana: the clerk there finds the copy by IIN and hands it over again
        Actor astana = new Actor("astana.clerk1", "900715300451", "astana-1", Set.of(Role.CLERK));
        String visit = register(astana).id().value().toString();
        Path media = Files.createDirectories(Path.of("target", "test-media-astana"));
        Path written = media.resolve("certcopy-" + copyId + ".zip");
        Files.deleteIfExists(written);
        signOut();
        open("/login?lang=kk");
        signIn("astana.clerk1");
        open("/requests/" + visit);
        find("#find-earlier button").click();
        String copyRow = "#found tbody tr[data-copy='" + copyId + "']";
        assertThat(find(copyRow).getText()).contains("Алматы");
        find(copyRow + " button.to-media").click();
        assertThat(find(copyRow + " .media-msg").getText()).contains("certcopy-" + copyId + ".zip");
        shot("31-handed-over-again-kk");
        assertThat(written).isRegularFile();
        Map<String, byte[]> zip = unzip(Files.readAllBytes(written));
        Path pdf = Files.write(work.resolve("document.pdf"), zip.get("document.pdf"));
        Path p7s = Files.write(work.resolve("signature.p7s"), zip.get("signature.p7s"));
        assertThat(run("pdfsig", "-nocert", pdf.toString())).contains("Signature is Valid");
        Path root = work.resolve("root.pem");
        run("openssl", "x509", "-inform", "DER", "-in",
                Path.of("src/test/resources/testdata/certcopy-rsa/root_rsa_certcopy_test.cer").toString(),
                "-out", root.toString());
        assertThat(run("openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", p7s.toString(), "-content",
                pdf.toString(), "-CAfile", root.toString(), "-purpose", "any", "-attime",
                String.valueOf(clock.instant().getEpochSecond()), "-out", "/dev/null"))
                .contains("Verification successful");

        // disposed of meanwhile (retention): handing it over again is refused with the date, in Kazakh
        var stored = copies.find(CertifiedCopyId.parse(copyId)).orElseThrow();
        copies.save(stored.disposed(clock.instant()));
        Files.delete(written);
        find(copyRow + " button.to-media").click();
        waitFor(d -> !all("#media-error").isEmpty());
        assertThat(find("#media-error").getText()).contains("жойылды").contains("2026-12-03");
        assertThat(all(copyRow)).isEmpty();
        assertThat(written).doesNotExist();
        shot("32-hand-over-disposed-kk");
        signOut();
    }

    private CertificationRequest register(Actor clerk) {
        return requests.register(clerk, new RegistrationForm(null, new Applicant(Iin.of(IIN), NAME, null, null), null,
                List.of(new OriginalDocument("Жалпы орта білім туралы аттестат", "ЖОБ-0045127", null,
                        "Алматы қ. № 12 мектеп-гимназиясы")), true, null));
    }



    /** Runs a Debian tool (poppler-utils, openssl); a missing tool fails the test. Returns its output. */
    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("tool did not finish: " + command[0]);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(String.join(" ", command) + "\n" + out).isZero();
        return out;
    }
}
