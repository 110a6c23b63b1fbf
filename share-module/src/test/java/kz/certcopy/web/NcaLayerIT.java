package kz.certcopy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.certcopy.certification.RequestService;
import kz.certcopy.signing.validation.Indication;
import kz.certcopy.signing.validation.SignatureVerifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Certifying with the clerk's own key through NCALayer, in the browser, against {@link NcaLayerDouble} (NCALayer
 * itself is a desktop application with a GUI that cannot run here): the double signs for real with NCA RK test
 * keys, the platform checks the CMS for real, and the certified copy is verified afterwards by the signing engine,
 * poppler's pdfsig and openssl. Also Cancel, a key the platform refuses (revoked, another person's) and an NCALayer
 * error code, each with its message next to the original in the chosen language; and the clerk's second copy, which
 * starts with the certificate the server remembered and so needs no getKeyInfo (one password dialog fewer).
 */
class NcaLayerIT extends BrowserTest {

    private static final String CLERK_IIN = "123456789012"; // almaty.clerk1's
    /** Serial number of almaty.clerk1's key (VALID_KEY) as getKeyInfo reports it and signerParams carries it. */
    private static final String CLERK_KEY_SERIAL = "179fdd544a7f9a19b77ad38275ca45f20b84e590";
    private static final String REVOKED_KEY =
            "/testdata/kz-pki/keys/gost2015-512/2026_legal_revoked_employee_signright.p12";
    private static final String SEAL_KEY = "/testdata/kz-pki/keys/gost2015-512/2026_legal_valid_treasury_client.p12";
    private static final String OTHER_PERSON_KEY = "/testdata/kz-pki/keys/gost2015-512/2026_individual_valid.p12";

    @Autowired
    RequestService requests;

    @Autowired
    SignatureVerifier verifier;

    private final NcaLayerDouble ncalayer = NcaLayerDouble.shared();

    @BeforeEach
    void freshNcaLayer() {
        // every test starts as the clerk's first NCALayer certification: no certificate remembered from another test
        jdbc.sql("DELETE FROM remembered_certificate WHERE username = 'almaty.clerk1'").update();
        ncalayer.clear();
        ncalayer.useClock(clock);
        ncalayer.useKey(NcaLayerDouble.VALID_KEY, NcaLayerDouble.PASSWORD);
    }

    @AfterEach
    void validKeyAgain() {
        ncalayer.clear();
        ncalayer.useKey(NcaLayerDouble.VALID_KEY, NcaLayerDouble.PASSWORD);
    }

    @Test
    void certifiesThroughNcaLayerAndTheCopyVerifies() throws Exception {
        String request = scannedRequest("ru");
        row(1).findElement(By.cssSelector(".certify-ncalayer")).click();
        waitFor(d -> !all("#certified-msg").isEmpty());
        assertThat(row(1).getText()).contains("Засвидетельствован");
        shot("30-ncalayer-certified");

        // what the page asked NCALayer for: the key's certificate, then two hash signatures (PAdES, then CAdES)
        assertThat(ncalayer.received(NcaLayerDouble.COMMON_UTILS, "getKeyInfo")).hasSize(1);
        List<JsonNode> signs = ncalayer.received(NcaLayerDouble.BASICS, "sign");
        assertThat(signs).hasSize(2);
        for (JsonNode sign : signs) {
            JsonNode args = sign.path("args");
            assertThat(args.path("format").asString()).isEqualTo("cms");
            assertThat(args.path("signingParams").path("decode").asBoolean()).isTrue();
            assertThat(args.path("signingParams").path("digested").asBoolean()).isTrue();
            assertThat(args.path("signingParams").path("encapsulate").asBoolean()).isFalse();
            assertThat(args.path("signingParams").has("tsaProfile")).isFalse();
            assertThat(args.path("signerParams").path("iin").asString()).isEqualTo(CLERK_IIN);
            // only the key whose certificate the server prepared the step for is selectable
            assertThat(args.path("signerParams").path("serialNumber").asString()).isEqualTo(CLERK_KEY_SERIAL);
            assertThat(args.path("signerParams").path("extKeyUsageOids").get(0).asString())
                    .isEqualTo(NcaLayerDouble.EKU_SIGN);
            assertThat(args.path("signerParams").path("chain").isArray()).isTrue();
            assertThat(args.path("locale").asString()).isEqualTo("ru");
            // the hash of the clerk's GOST 2015 key: Streebog-512, 64 bytes
            assertThat(Base64.getDecoder().decode(args.path("data").asString())).hasSize(64);
        }

        // the copy as handed over: the signed PDF and its detached CAdES, both made by the key NCALayer held
        String copy = row(1).findElement(By.cssSelector("a.package")).getAttribute("href")
                .replaceAll(".*/copies/([^/]+)/package.zip.*", "$1");
        byte[] pdf = download("/api/v1/copies/" + copy + "/document.pdf").body();
        byte[] p7s = download("/api/v1/copies/" + copy + "/signature.p7s").body();
        assertThat(verifier.verify(pdf, null).indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(verifier.verify(p7s, pdf).indication()).isEqualTo(Indication.TOTAL_PASSED);

        // independent tools: poppler sees one whole-document ETSI.CAdES.detached signature by the clerk (it cannot
        // check GOST itself), openssl reads the CMS: Streebog-512 digest, the clerk's certificate serial
        Path dir = Files.createDirectories(Path.of("target", "ncalayer"));
        Path pdfFile = Files.write(dir.resolve("copy-" + copy + ".pdf"), pdf);
        Path p7sFile = Files.write(dir.resolve("copy-" + copy + ".p7s"), p7s);
        String pdfsig = run("pdfsig", pdfFile.toString());
        assertThat(pdfsig).contains("Signature #1").contains("ETSI.CAdES.detached")
                .contains("Total document signed").contains("ТЕСТТОВ ТЕСТТ");
        String cms = run("openssl", "cms", "-cmsout", "-print", "-noout", "-inform", "DER", "-in", p7sFile.toString());
        assertThat(cms).contains("1.2.398.3.10.1.3.3").containsIgnoringCase("179FDD544A7F9A19B77AD38275CA45F20B84E590").contains("messageDigest");
        assertThat(request).isNotBlank();
    }

    @Test
    void cancelInNcaLayerCertifiesNothingAndTheClerkCanRetry() {
        scannedRequest("kk");
        ncalayer.cancelNext();
        row(1).findElement(By.cssSelector(".certify-ncalayer")).click();
        waitFor(d -> message(1).contains("тоқтатылды"));
        assertThat(message(1)).isEqualTo("NCALayer-де қол қою тоқтатылды. Ештеңеге қол қойылмады.");
        assertThat(row(1).getText()).contains("Шешілмеген");
        assertThat(row(1).findElements(By.cssSelector("a.package"))).isEmpty();
        shot("31-ncalayer-cancelled-kk");

        // the same button again, this time the clerk signs
        WebElement button = row(1).findElement(By.cssSelector(".certify-ncalayer"));
        assertThat(button.isEnabled()).isTrue();
        button.click();
        waitFor(d -> !all("#certified-msg").isEmpty());
        assertThat(row(1).getText()).contains("Куәландырылды");
        assertThat(ncalayer.received(NcaLayerDouble.BASICS, "sign")).hasSize(3);
        assertThat(ncalayer.received(NcaLayerDouble.BASICS, "sign").get(0).path("args").path("locale").asString())
                .isEqualTo("kk");
    }

    @Test
    void aKeyThePlatformRefusesIsNamedNextToTheOriginal() {
        // a revoked key of the clerk's own IIN (certificateHold on the CRL), in Kazakh
        scannedRequest("kk");
        ncalayer.useKey(REVOKED_KEY, NcaLayerDouble.PASSWORD);
        certifyRefused("NCALayer күтілуде", "Қол қоюшының сертификаты кері қайтарылған немесе тоқтатыла тұрған.",
                "Шешілмеген");
        shot("32-ncalayer-revoked-kk");

        // another person's valid key, in English
        scannedRequest("en");
        ncalayer.useKey(OTHER_PERSON_KEY, NcaLayerDouble.PASSWORD);
        certifyRefused("Waiting", "The signing certificate is not yours: its IIN differs from the clerk's IIN.",
                "To decide");
        shot("33-ncalayer-not-your-key-en");
        // the server refused before anything was signed
        assertThat(ncalayer.received(NcaLayerDouble.BASICS, "sign")).isEmpty();

        // the organisation's seal (an information-system certificate naming no person), in Russian
        scannedRequest("ru");
        ncalayer.clear();
        ncalayer.useKey(SEAL_KEY, NcaLayerDouble.PASSWORD);
        certifyRefused("Ожидание", "Это печать организации (сертификат информационной системы, в нём не указано "
                + "физическое лицо). Копии удостоверяются личной ЭЦП работника: выберите свой ключ.", "Не решено");
        assertThat(ncalayer.received(NcaLayerDouble.BASICS, "sign")).isEmpty();
        shot("35-ncalayer-organisation-seal-ru");

        // the clerk's key reported, but another key of the same IIN chosen in the signing dialog, in Russian
        scannedRequest("ru");
        ncalayer.clear();
        ncalayer.useKey(NcaLayerDouble.VALID_KEY, NcaLayerDouble.PASSWORD);
        ncalayer.signWith(REVOKED_KEY, NcaLayerDouble.PASSWORD);
        ncalayer.ignoreSerialNumber(); // NCALayer offers only the reported key's serial; this one lets any be picked
        certifyRefused("Ожидание", "Документ подписан не тем сертификатом, который был выбран.", "Не решено");
        assertThat(ncalayer.received(NcaLayerDouble.BASICS, "sign")).hasSize(1);
    }

    @Test
    void theSecondCopyStartsWithTheRememberedCertificateWithoutAskingNcaLayerForTheKey() throws Exception {
        // the first copy: NCALayer is asked for the key (getKeyInfo), then signs twice
        scannedRequest("ru");
        certifyWithNcaLayer();
        assertThat(ncalayer.received(NcaLayerDouble.COMMON_UTILS, "getKeyInfo")).hasSize(1);
        assertThat(ncalayer.received(NcaLayerDouble.BASICS, "sign")).hasSize(2);

        // the second copy (another request of the same clerk): no getKeyInfo, two signatures with that key only
        ncalayer.clear();
        scannedRequest("ru");
        certifyWithNcaLayer();
        shot("36-ncalayer-second-copy-ru");
        assertThat(ncalayer.received(NcaLayerDouble.COMMON_UTILS, "getKeyInfo")).isEmpty();
        List<JsonNode> signs = ncalayer.received(NcaLayerDouble.BASICS, "sign");
        assertThat(signs).hasSize(2);
        for (JsonNode sign : signs) {
            assertThat(sign.path("args").path("signerParams").path("serialNumber").asString())
                    .isEqualTo(CLERK_KEY_SERIAL);
            assertThat(sign.path("args").path("signerParams").path("iin").asString()).isEqualTo(CLERK_IIN);
            assertThat(sign.path("args").path("signerParams").path("chain").isArray()).isTrue();
        }
        String copy = row(1).findElement(By.cssSelector("a.package")).getAttribute("href")
                .replaceAll(".*/copies/([^/]+)/package.zip.*", "$1");
        byte[] pdf = download("/api/v1/copies/" + copy + "/document.pdf").body();
        assertThat(verifier.verify(pdf, null).indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(verifier.verify(download("/api/v1/copies/" + copy + "/signature.p7s").body(), pdf).indication())
                .isEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void withSelectionBySerialSwitchedOffOnlyTheIinFiltersTheKeys() {
        // certcopy.web.ncalayer.select-by-serial is on by default; the page reads it from the request page
        scannedRequest("ru");
        WebElement settings = browser.findElement(By.id("ncalayer-texts"));
        assertThat(settings.getAttribute("data-select-by-serial")).isEqualTo("true");
        certifyWithNcaLayer();
        // as the page is rendered with the switch off (an NCALayer that reads serial numbers in another form)
        ncalayer.clear();
        scannedRequest("ru");
        browser.executeScript("document.getElementById('ncalayer-texts').dataset.selectBySerial = 'false'");
        certifyWithNcaLayer();
        List<JsonNode> signs = ncalayer.received(NcaLayerDouble.BASICS, "sign");
        assertThat(signs).hasSize(2);
        for (JsonNode sign : signs) {
            assertThat(sign.path("args").path("signerParams").has("serialNumber")).isFalse();
            assertThat(sign.path("args").path("signerParams").path("iin").asString()).isEqualTo(CLERK_IIN);
        }
    }

    @Test
    void aFailedSigningWithTheRememberedKeyLetsTheClerkChooseTheKeyNextTime() {
        scannedRequest("ru");
        certifyWithNcaLayer(); // remembered from here on

        // Cancel in the signing dialog (e.g. a renewed key: nothing in NCALayer matches the remembered serial)
        ncalayer.clear();
        scannedRequest("ru");
        ncalayer.cancelNext();
        String chooseKey = " Нажмите «Подписать через NCALayer» ещё раз, чтобы выбрать ключ в NCALayer.";
        certifyRefused("Ожидание", "Подписание отменено в NCALayer. Ничего не подписано." + chooseKey, "Не решено");
        assertThat(ncalayer.received(NcaLayerDouble.COMMON_UTILS, "getKeyInfo")).isEmpty();
        assertThat(ncalayer.received(NcaLayerDouble.BASICS, "sign")).hasSize(1);
        // pressed again: NCALayer is asked for the key, and the copy is certified with it
        certifyWithNcaLayer();
        assertThat(ncalayer.received(NcaLayerDouble.COMMON_UTILS, "getKeyInfo")).hasSize(1);
        assertThat(ncalayer.received(NcaLayerDouble.BASICS, "sign")).hasSize(3);

        // NCALayer signs with another key despite the serial number (the server: SIGNER_MISMATCH): said, no retry loop
        ncalayer.clear();
        scannedRequest("ru");
        ncalayer.signWith(REVOKED_KEY, NcaLayerDouble.PASSWORD);
        ncalayer.ignoreSerialNumber();
        certifyRefused("Ожидание", "Документ подписан не тем сертификатом, который был выбран." + chooseKey,
                "Не решено");
        shot("37-ncalayer-other-key-choose-again-ru");
        assertThat(ncalayer.received(NcaLayerDouble.COMMON_UTILS, "getKeyInfo")).isEmpty();
        assertThat(ncalayer.received(NcaLayerDouble.BASICS, "sign")).hasSize(1);
        assertThat(row(1).findElement(By.cssSelector(".certify-ncalayer")).isEnabled()).isTrue();
    }

    /** Sign with NCALayer on original 1 and wait until the page shows it certified. */
    private void certifyWithNcaLayer() {
        row(1).findElement(By.cssSelector(".certify-ncalayer")).click();
        waitFor(d -> !all("#certified-msg").isEmpty());
        assertThat(row(1).getText()).contains("Засвидетельствован");
    }

    @Test
    void anNcaLayerErrorCodeIsShownAndNothingIsCertified() {
        scannedRequest("ru");
        ncalayer.failNext("SIGNING_FAILURE", "Signing has failed.");
        row(1).findElement(By.cssSelector(".certify-ncalayer")).click();
        waitFor(d -> message(1).startsWith("NCALayer не смог"));
        assertThat(message(1)).isEqualTo("NCALayer не смог подписать: проверьте, что ключ ваш, действующий и пароль "
                + "верный. (SIGNING_FAILURE)");
        assertThat(row(1).getText()).contains("Не решено");
        shot("34-ncalayer-error-ru");
    }

    /** A request of almaty.clerk1 with one scanned original, its page open in the browser in {@code lang}. */
    private String scannedRequest(String lang) {
        String id = scannedRequest(requests, lang, "Жоғары білім туралы диплом", "pdfbox__stamp.jpg");
        open("/requests/" + id);
        return id;
    }

    /** Sign with NCALayer on original 1: the server's refusal, not the waiting note, ends up next to it. */
    private void certifyRefused(String waitingNote, String refusal, String pendingOutcome) {
        row(1).findElement(By.cssSelector(".certify-ncalayer")).click();
        waitFor(d -> !message(1).isBlank() && !message(1).startsWith(waitingNote));
        assertThat(message(1)).isEqualTo(refusal);
        assertThat(row(1).getText()).contains(pendingOutcome);
    }

    private WebElement row(int n) {
        return find("#originals tbody tr[data-original='" + n + "']");
    }

    private String message(int n) {
        return row(n).findElement(By.cssSelector(".ncalayer-msg")).getText();
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }
}
