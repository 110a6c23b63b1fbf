package kz.certcopy.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import kz.certcopy.storage.ContentRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real scans are accepted with the right type, page count, geometry, hints and notices. */
class ScanIntakeTest {

    private static final ScanAnalyzer analyzer = TestAnalyzers.SHARED;
    @TempDir
    Path storeDir;
    private TestContentStore store;
    private ScanIntake intake;

    @BeforeEach
    void setUp() {
        store = new TestContentStore(storeDir);
        intake = new ScanIntake(store, analyzer);
    }

    private ScanFile accept(String file) throws IOException {
        try (InputStream in = Corpus.open(file)) {
            return intake.accept(in, IntakeLimits.defaults(), IntakeQuota.EMPTY);
        }
    }

    @Test
    void multiPageCcittTiffHasThreePagesAtItsStatedResolution() throws IOException {
        ScanFile f = accept("scanned/pdfbox__ccittg4multi.tif");
        assertEquals(MediaKind.TIFF, f.kind());
        assertEquals(3, f.pageCount());
        PageInfo p = f.pages().get(0);
        assertEquals(120f, p.dpi(), 0.5f);
        assertTrue(p.hints().contains(QualityHint.LOW_RESOLUTION), p.hints()::toString);
        assertTrue(store.exists(f.content()));
    }

    @Test
    void jpegPageSizeComesFromItsDensity() throws IOException {
        byte[] a4 = Corpus.a4Jpeg(300, 1);
        ScanFile f = intake.accept(new ByteArrayInputStream(a4), IntakeLimits.defaults(), IntakeQuota.EMPTY);
        PageInfo p = f.pages().get(0);
        assertEquals(MediaKind.JPEG, f.kind());
        assertEquals(595.4f, p.widthPt(), 1f);
        assertEquals(841.7f, p.heightPt(), 1f);
        assertTrue(p.hints().isEmpty(), p.hints()::toString);
        assertEquals(new ContentRef(f.content().sha256(), a4.length), f.content());
    }

    @Test
    void pngWithoutResolutionAssumes300Dpi() throws IOException {
        java.awt.image.BufferedImage page = new java.awt.image.BufferedImage(2480, 3508,
                java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        ScanFile f = intake.accept(new ByteArrayInputStream(Corpus.png(page)), IntakeLimits.defaults(),
                IntakeQuota.EMPTY);
        assertEquals(MediaKind.PNG, f.kind());
        assertEquals(595.2f, f.pages().get(0).widthPt(), 0.5f);
        assertTrue(f.pages().get(0).hints().contains(QualityHint.RESOLUTION_ASSUMED), f.pages()::toString);
        assertEquals(300f, f.pages().get(0).dpi());
    }

    @Test
    void pngWithPhysChunkUsesIt() throws IOException {
        ScanFile f = accept("scanned/tesseract__phototest-rotated-L.png");
        assertEquals(200f, f.pages().get(0).dpi(), 0.5f);
        assertEquals(480 / 200f * 72, f.pages().get(0).widthPt(), 0.5f);
    }

    @Test
    void pngInABinFileIsDetectedByContent() throws IOException {
        assertEquals(MediaKind.PNG, accept("malformed/tika__test-pngNotEml.bin").kind());
    }

    @Test
    void cmykJpegIsAccepted() throws IOException {
        ScanFile f = accept("scanned/pdfbox__jpegcmyk.jpg");
        assertEquals(MediaKind.JPEG, f.kind());
        assertEquals(1, f.pageCount());
    }

    @Test
    void lowResolutionImagePdf() throws IOException {
        ScanFile f = accept("scanned/ocrmypdf__c02-22.pdf");
        assertEquals(MediaKind.PDF, f.kind());
        PageInfo p = f.pages().get(0);
        assertEquals(150f, p.dpi(), 3f);
        assertTrue(p.hints().contains(QualityHint.LOW_RESOLUTION), p.hints()::toString);
        assertFalse(p.renderInCopy());
        assertTrue(f.notices().isEmpty());
    }

    @Test
    void javascriptPdfIsImportedWithANotice() throws IOException {
        ScanFile f = accept("malformed/tika__testPDF_jsActionOnPage.pdf");
        assertTrue(f.notices().contains(IntakeNotice.ACTIVE_CONTENT_REMOVED));
    }

    @Test
    void embeddedFilesAndXfaAreActiveContent() throws IOException {
        assertTrue(accept("malformed/pdfbox__embedded_zip.pdf").notices().contains(IntakeNotice.ACTIVE_CONTENT_REMOVED));
        assertTrue(accept("malformed/ocrmypdf__livecycle.pdf").notices().contains(IntakeNotice.ACTIVE_CONTENT_REMOVED));
        assertTrue(accept("malformed/pdfjs__doc_actions.pdf").notices().contains(IntakeNotice.ACTIVE_CONTENT_REMOVED));
    }

    @Test
    void blankDarkAndWashedOutPagesGetHints() throws IOException {
        assertEquals(java.util.List.of(QualityHint.BLANK_PAGE), hintsOf(gray(255, 0)));
        assertEquals(java.util.List.of(QualityHint.BLANK_PAGE), hintsOf(gray(245, 0)));
        assertEquals(java.util.List.of(QualityHint.TOO_DARK), hintsOf(gray(35, 30)));
        assertEquals(java.util.List.of(QualityHint.WASHED_OUT), hintsOf(gray(225, 35)));
        assertEquals(java.util.List.of(), hintsOf(gray(245, 220)));
    }

    @Test
    void smallStampImageIsMuchSmallerThanA5() throws IOException {
        assertTrue(accept("scanned/pdfbox__stamp.jpg").pages().get(0).hints().contains(QualityHint.SMALL_PAGE));
    }

    private java.util.List<QualityHint> hintsOf(byte[] jpeg) throws IOException {
        return intake.accept(new ByteArrayInputStream(jpeg), IntakeLimits.defaults(), IntakeQuota.EMPTY)
                .pages().get(0).hints();
    }

    /** An A4 page at 200 dpi of the given background with lines of text {@code contrast} levels away. */
    private static byte[] gray(int background, int contrast) throws IOException {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(1654, 2339,
                java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(new java.awt.Color(background, background, background));
        g.fillRect(0, 0, 1654, 2339);
        int ink = Math.max(0, background - contrast);
        g.setColor(new java.awt.Color(ink, ink, ink));
        g.setFont(g.getFont().deriveFont(40f));
        for (int y = 200; contrast > 0 && y < 2200; y += 60) {
            g.drawString("Түпнұсқаға сәйкес көшірме. Копия верна оригиналу. 0123456789", 150, y);
        }
        g.dispose();
        return Corpus.jpeg(img, 200, 0.9f);
    }
}
