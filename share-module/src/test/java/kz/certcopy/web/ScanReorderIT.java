package kz.certcopy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.certcopy.certification.RequestService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reordering scanned pages by dragging with the mouse (and a finger), driven by WebDriver's pointer actions in
 * headless Chromium: the order is checked where it matters — saved on the server (pages API, a reload) and in the
 * assembled preview PDF — and Escape during a drag changes nothing.
 */
class ScanReorderIT extends BrowserTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    RequestService requests;

    @Test
    void pagesAreReorderedByDraggingWithTheMouse() throws Exception {
        String api = scannedOriginal("tesseract__phototest.tif", "pdfbox__stamp.jpg", "paddleocr__table.jpg");
        List<String> start = pageIds();
        assertThat(serverOrder(api)).isEqualTo(start);
        Map<String, String> sizeOf = previewSizes(api, start);
        assertThat(Set.copyOf(sizeOf.values())).as("the three scans have different page sizes").hasSize(3);

        // the third page onto the first one's left half: it becomes the first page
        WebElement third = thumb(2);
        WebElement first = thumb(0);
        int leftHalf = -first.getRect().getWidth() / 2 + 10;
        new Actions(browser).clickAndHold(third).moveByOffset(-20, 0).pause(Duration.ofMillis(100))
                .moveToElement(first, leftHalf, 0).pause(Duration.ofMillis(100)).perform();
        WebElement marker = find("#pages .drop-marker");
        assertThat(marker.isDisplayed()).as("the drop position is shown").isTrue();
        assertThat(marker.getRect().getX()).isLessThan(first.getRect().getX());
        assertThat(find("#pages li.page.dragging").getAttribute("data-id")).isEqualTo(start.get(2));
        // the window as it is (shot() would resize it, and the layout under the held page with it)
        java.nio.file.Files.write(SHOTS.resolve("40-scan-dragging.png"),
                browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        new Actions(browser).release().perform();

        List<String> moved = List.of(start.get(2), start.get(0), start.get(1));
        waitFor(d -> pageIds().equals(moved));
        waitFor(d -> serverOrder(api).equals(moved));
        assertThat(find("#pages-status").getText()).isEqualTo("Порядок сохранён.");
        assertThat(browser.getWindowHandles()).as("the drag did not open the preview").hasSize(1);
        assertThat(previewSizeSequence(api)).isEqualTo(moved.stream().map(sizeOf::get).toList());
        browser.navigate().refresh();
        waitFor(d -> pageIds().equals(moved));
        shot("41-scan-dragged");

        // the first page to the end, dropped right of the last page
        WebElement last = thumb(2);
        new Actions(browser).clickAndHold(thumb(0)).moveByOffset(30, 10)
                .moveToElement(last, last.getRect().getWidth() / 2 - 5, 0).release().perform();
        List<String> toEnd = List.of(moved.get(1), moved.get(2), moved.get(0));
        waitFor(d -> serverOrder(api).equals(toEnd));
        waitFor(d -> pageIds().equals(toEnd));

        // Escape while dragging: nothing moves, nothing is saved, the clerk is told
        new Actions(browser).clickAndHold(thumb(2)).moveByOffset(-40, 0).moveToElement(thumb(0), -60, 0)
                .pause(Duration.ofMillis(100)).sendKeys(Keys.ESCAPE).release().perform();
        waitFor(d -> find("#pages-status").getText().equals("Перемещение отменено: порядок страниц не изменился."));
        assertThat(all("#pages .drop-marker")).isEmpty();
        assertThat(all("#pages li.page.dragging")).isEmpty();
        assertThat(pageIds()).isEqualTo(toEnd);
        assertThat(serverOrder(api)).isEqualTo(toEnd);
        assertThat(browser.getWindowHandles()).hasSize(1);

        // a plain click on a thumbnail still opens the page in the preview (not taken for a drag)
        thumb(0).click();
        waitFor(d -> d.getWindowHandles().size() == 2);
        String main = browser.getWindowHandle();
        for (String h : browser.getWindowHandles()) {
            if (!h.equals(main)) {
                browser.switchTo().window(h).close();
            }
        }
        browser.switchTo().window(main);
    }

    @Test
    void pagesAreReorderedWithAFinger() throws Exception {
        String api = scannedOriginal("pdfbox__stamp.jpg", "paddleocr__table.jpg");
        List<String> start = pageIds();
        WebElement second = thumb(1);
        WebElement first = thumb(0);
        PointerInput finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");
        int fx = first.getRect().getX() + 10;
        int fy = first.getRect().getY() + first.getRect().getHeight() / 2;
        int sx = second.getRect().getX() + second.getRect().getWidth() / 2;
        Sequence swipe = new Sequence(finger, 0)
                .addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.viewport(), sx, fy))
                .addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
                .addAction(finger.createPointerMove(Duration.ofMillis(150), PointerInput.Origin.viewport(), sx - 40, fy))
                .addAction(finger.createPointerMove(Duration.ofMillis(150), PointerInput.Origin.viewport(), fx, fy))
                .addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
        browser.perform(List.of(swipe));
        List<String> swapped = List.of(start.get(1), start.get(0));
        waitFor(d -> serverOrder(api).equals(swapped));
        waitFor(d -> pageIds().equals(swapped));
    }

    @Test
    void filesDroppedFromTheDesktopAreStillUploaded() throws Exception {
        // WebDriver cannot drag a file from the desktop; the page gets the same drop event with a real scan in it
        String api = scannedOriginal("pdfbox__stamp.jpg");
        byte[] jpeg = java.nio.file.Files.readAllBytes(scan("paddleocr__table.jpg"));
        browser.executeScript("""
                var bytes = Uint8Array.from(atob(arguments[0]), function (c) { return c.charCodeAt(0); });
                var files = new DataTransfer();
                files.items.add(new File([bytes], 'table.jpg', { type: 'image/jpeg' }));
                var zone = document.getElementById('dropzone');
                zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: files, bubbles: true, cancelable: true }));
                zone.dispatchEvent(new DragEvent('drop', { dataTransfer: files, bubbles: true, cancelable: true }));
                """, java.util.Base64.getEncoder().encodeToString(jpeg));
        waitFor(d -> all("#uploads li.done").size() == 2);
        assertThat(all("#uploads li.done").get(1).getText()).contains("table.jpg");
        waitFor(d -> serverOrder(api).size() == 2);
        waitFor(d -> pageIds().size() == 2);
    }

    /**
     * By keyboard, the focus stays where the clerk works: after turning a page on the same page's turn button, after
     * deleting one on the next page's delete button (the previous one's for the last page), and on the file picker
     * once no page is left. Before, the redrawn list dropped it to the page's body.
     */
    @Test
    void theKeyboardFocusStaysOnThePagesAfterTurningAndDeleting() {
        scannedOriginal("tesseract__phototest.tif", "pdfbox__stamp.jpg", "paddleocr__table.jpg");
        List<String> start = pageIds();

        press(1, ".rotate", Keys.ENTER);
        waitFor(d -> find("#pages li.page[data-id='" + start.get(1) + "'] img").getAttribute("src").endsWith("?r=90"));
        waitFor(d -> focused("#pages li.page[data-id='" + start.get(1) + "'] .rotate"));
        new Actions(browser).sendKeys(Keys.SPACE).perform(); // and once more, still from the keyboard
        waitFor(d -> find("#pages li.page[data-id='" + start.get(1) + "'] img").getAttribute("src").endsWith("?r=180"));
        waitFor(d -> focused("#pages li.page[data-id='" + start.get(1) + "'] .rotate"));

        press(1, ".delete", Keys.ENTER);
        browser.switchTo().alert().accept();
        waitFor(d -> pageIds().equals(List.of(start.get(0), start.get(2))));
        waitFor(d -> focused("#pages li.page[data-id='" + start.get(2) + "'] .delete")); // the next page's

        press(1, ".delete", Keys.ENTER); // the last page: focus goes to the one before
        browser.switchTo().alert().accept();
        waitFor(d -> pageIds().equals(List.of(start.get(0))));
        waitFor(d -> focused("#pages li.page[data-id='" + start.get(0) + "'] .delete"));

        new Actions(browser).sendKeys(Keys.ENTER).perform(); // no page left: the file picker
        browser.switchTo().alert().accept();
        waitFor(d -> pageIds().isEmpty());
        waitFor(d -> focused("#files"));
    }

    /** Puts the keyboard focus on a control of the i-th page (as Tab would) and presses a key there. */
    private void press(int page, String control, CharSequence key) {
        WebElement b = all("#pages li.page").get(page).findElement(org.openqa.selenium.By.cssSelector(control));
        browser.executeScript("arguments[0].focus()", b);
        new Actions(browser).sendKeys(key).perform();
    }

    private boolean focused(String css) {
        return (Boolean) browser.executeScript("return document.activeElement === document.querySelector(arguments[0])",
                css);
    }

    /** A request of almaty.clerk1 (Russian) with the given scans uploaded to original 1; returns its pages API. */
    private String scannedOriginal(String... scans) {
        String id = scannedRequest(requests, "ru", "Еңбек кітапшасы", scans);
        waitFor(d -> all("#pages li.page img").stream().allMatch(i -> (Boolean) browser.executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", i)));
        return "/api/v1/requests/" + id + "/originals/1";
    }

    private WebElement thumb(int i) {
        return all("#pages li.page .thumb").get(i);
    }

    /** The page order the server keeps (what the certified copy will have). */
    private List<String> serverOrder(String api) {
        var res = download(api + "/pages");
        assertThat(res.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(res.body());
        JsonNode pages = body.isArray() ? body : body.path("pages");
        List<String> ids = new ArrayList<>();
        pages.forEach(p -> ids.add(p.path("id").asString()));
        return ids;
    }

    /** Page sizes of the assembled preview, one per page in order. */
    private List<String> previewSizeSequence(String api) throws Exception {
        var pdf = download(api + "/preview.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        List<String> sizes = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            doc.getPages().forEach(p -> {
                PDRectangle box = p.getMediaBox();
                sizes.add(Math.round(box.getWidth()) + "x" + Math.round(box.getHeight()));
            });
        }
        return sizes;
    }

    private Map<String, String> previewSizes(String api, List<String> ids) throws Exception {
        List<String> sizes = previewSizeSequence(api);
        assertThat(sizes).hasSameSizeAs(ids);
        Map<String, String> map = new java.util.HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            map.put(ids.get(i), sizes.get(i));
        }
        return map;
    }
}
