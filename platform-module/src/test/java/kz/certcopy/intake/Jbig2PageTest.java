package kz.certcopy.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javax.imageio.ImageIO;
import kz.certcopy.intake.assembly.AssemblyPage;
import kz.certcopy.intake.assembly.CopyAssembler;
import kz.certcopy.intake.assembly.CopyMetadata;
import kz.certcopy.intake.assembly.PageThumbnails;
import kz.certcopy.intake.assembly.Rotation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PDF scan whose page image is JBIG2 (Tika's testPDF_JBIG2.pdf: a line of text, and below it a 352×91 JBIG2
 * image reading "Hey Norconex, this is a test."). Without the jbig2-imageio plugin PDFBox drew the page without
 * the image: the clerk checked quality against a thumbnail with only the text line.
 */
class Jbig2PageTest {

    // the image's box on the letter page (612×792 pt): x 174..438 pt, y 76.4..144.7 pt from the top
    private static final double X0 = 174 / 612.0, X1 = 438 / 612.0, Y0 = 76.4 / 792, Y1 = 144.7 / 792;

    @TempDir
    static Path work;
    private static TestContentStore store;
    private static ScanFile scan;
    private static CopyAssembler assembler;

    @BeforeAll
    static void accept() throws IOException {
        store = new TestContentStore(Files.createDirectories(work.resolve("store")));
        try (InputStream in = Corpus.open("scanned/tika__testPDF_JBIG2.pdf")) {
            scan = new ScanIntake(store, TestAnalyzers.SHARED).accept(in, IntakeLimits.defaults(), IntakeQuota.EMPTY);
        }
        assembler = new CopyAssembler(store::open, Clock.systemUTC(), IntakeLimits.defaults());
    }

    private static AssemblyPage page() {
        return new AssemblyPage(scan.content(), scan.kind(), scan.pages().get(0), Rotation.R0);
    }

    @Test
    void thumbnailShowsTheJbig2Image() throws IOException {
        PageThumbnails thumbs = new PageThumbnails(assembler, store::open);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(thumbs.png(page(), 600)));
        assertTrue(darkPixelsInImageBox(img) > 200, "dark pixels where the JBIG2 image is: " + darkPixelsInImageBox(img));
    }

    /**
     * PDFBox 3.0.8 reads a subsampled JBIG2 image a row short ("premature EOF") and draws that row black: at 400
     * pixels a black line stood under the image. Thumbnails of JBIG2 pages are therefore rendered without
     * subsampling; below the image's text (ends at 120 pt) the page is white.
     */
    @Test
    void thumbnailHasNoBlackLineUnderTheJbig2Image() throws IOException {
        PageThumbnails thumbs = new PageThumbnails(assembler, store::open);
        for (int side : new int[] {240, 400}) {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(thumbs.png(page(), side)));
            int dark = 0;
            for (int y = (int) (124 / 792.0 * img.getHeight()); y < (int) (160 / 792.0 * img.getHeight()); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    dark += (img.getRGB(x, y) & 0xff) < 160 ? 1 : 0;
                }
            }
            assertEquals(0, dark, "dark pixels under the image at " + side + " px");
        }
    }

    @Test
    void pageIsAnalysedLikeAnyOtherScanWithNoHintOfAnUnreadableImage() {
        assertEquals(1, scan.pages().size());
        assertFalse(scan.pages().get(0).hints().contains(QualityHint.IMAGE_NOT_PREVIEWED), scan.pages().toString());
    }

    @Test
    void copyKeepsTheJbig2StreamAndShowsTheImage() throws Exception {
        Path copy = work.resolve("copy.pdf");
        try (OutputStream out = Files.newOutputStream(copy)) {
            assembler.assemble(List.of(page()), new CopyMetadata("JBIG2", "", "jbig2"), null, out);
        }
        Tools.Result list = Tools.run("pdfimages", "-list", copy.toString());
        assertEquals(0, list.exit(), list.out());
        assertTrue(list.out().lines().skip(2).anyMatch(l -> l.contains(" jbig2 ")), list.out());
        Path prefix = work.resolve("copy-page");
        Tools.Result r = Tools.run("pdftoppm", "-f", "1", "-l", "1", "-r", "72", "-gray", "-png", "-singlefile",
                copy.toString(), prefix.toString());
        assertEquals(0, r.exit(), r.out());
        BufferedImage img = ImageIO.read(work.resolve("copy-page.png").toFile());
        assertTrue(darkPixelsInImageBox(img) > 200, "dark pixels where the JBIG2 image is: " + darkPixelsInImageBox(img));
    }

    /**
     * A JBIG2 page in a DeviceN colour space cannot go into PDF/A as it is: it is rendered into the copy. Without
     * the plugin it was refused (PDF_NOT_ARCHIVABLE) rather than copied blank; now the rendered page shows the scan.
     */
    @Test
    void jbig2PageThatMustBeRenderedIsRenderedWithItsImage() throws Exception {
        ScanFile bad;
        try (InputStream in = Corpus.open("malformed/ocrmypdf__jbig2_baddevicen.pdf")) {
            bad = new ScanIntake(store, TestAnalyzers.SHARED).accept(in, IntakeLimits.defaults(), IntakeQuota.EMPTY);
        }
        PageInfo p = bad.pages().get(0);
        assertTrue(p.renderInCopy(), p.toString());
        assertFalse(p.hints().contains(QualityHint.IMAGE_NOT_PREVIEWED), p.toString());
        Path copy = work.resolve("bad-copy.pdf");
        try (OutputStream out = Files.newOutputStream(copy)) {
            assembler.assemble(List.of(new AssemblyPage(bad.content(), bad.kind(), p, Rotation.R0)),
                    new CopyMetadata("JBIG2", "", "jbig2-devicen"), null, out);
        }
        Tools.Result r = Tools.run("pdftoppm", "-f", "1", "-l", "1", "-r", "20", "-gray", "-png", "-singlefile",
                copy.toString(), work.resolve("bad-page").toString());
        assertEquals(0, r.exit(), r.out());
        BufferedImage img = ImageIO.read(work.resolve("bad-page.png").toFile());
        int dark = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                dark += (img.getRGB(x, y) & 0xff) < 128 ? 1 : 0;
            }
        }
        // a page of printed text (the LinnSequencer manual), not a blank page
        assertTrue(dark > img.getWidth() * img.getHeight() / 50, "dark pixels: " + dark);
    }

    /** JPEG 2000 still has no decoder: the page says so (hint) and its thumbnail shows a grey box, not white. */
    @Test
    void jpeg2000ImageIsNeverSilentlyMissing() throws IOException {
        ScanFile jpx;
        try (InputStream in = Corpus.open("scanned/ocrmypdf__lichtenstein.pdf")) {
            jpx = new ScanIntake(store, TestAnalyzers.SHARED).accept(in, IntakeLimits.defaults(), IntakeQuota.EMPTY);
        }
        PageInfo p = jpx.pages().get(0);
        assertTrue(p.hints().contains(QualityHint.IMAGE_NOT_PREVIEWED), p.toString());
        PageThumbnails thumbs = new PageThumbnails(assembler, store::open);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(
                thumbs.png(new AssemblyPage(jpx.content(), jpx.kind(), p, Rotation.R0), 200)));
        int grey = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                grey += (img.getRGB(x, y) & 0xffffff) == 0xB0B0B0 ? 1 : 0;
            }
        }
        assertTrue(grey > img.getWidth() * img.getHeight() / 10, "placeholder pixels: " + grey);
    }

    private static int darkPixelsInImageBox(BufferedImage img) {
        int dark = 0;
        for (int y = (int) (Y0 * img.getHeight()); y < (int) (Y1 * img.getHeight()); y++) {
            for (int x = (int) (X0 * img.getWidth()); x < (int) (X1 * img.getWidth()); x++) {
                int rgb = img.getRGB(x, y);
                int lum = ((rgb >> 16 & 0xff) * 299 + (rgb >> 8 & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
                if (lum < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
