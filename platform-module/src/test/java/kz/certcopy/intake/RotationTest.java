package kz.certcopy.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
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
import kz.certcopy.intake.assembly.Rotation;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Turned pages look turned the way a viewer shows them, compared on poppler renders of input and copy. */
class RotationTest {

    private static final ScanAnalyzer analyzer = TestAnalyzers.SHARED;
    @TempDir
    Path work;

    @Test
    void pdfPageWithItsOwnRotateKeyLooksAsInAViewer() throws Exception {
        Path rotated = work.resolve("rotated.pdf");
        try (PDDocument doc = Loader.loadPDF(Corpus.file("scanned/ocrmypdf__c02-22.pdf").toFile())) {
            doc.getPage(0).setRotation(90);
            doc.save(rotated.toFile());
        }
        Path copy = assemble(rotated, Rotation.R0);
        assertSimilar(render(rotated), render(copy));
    }

    @Test
    void clerkTurnOfAnImagePageIsClockwise() throws Exception {
        Path jpeg = work.resolve("scan.jpg");
        Files.copy(Corpus.file("scanned/paddleocr__table.jpg"), jpeg);
        BufferedImage upright = render(assemble(jpeg, Rotation.R0));
        assertSimilar(turnClockwise(upright), render(assemble(jpeg, Rotation.R90)));
    }

    @Test
    void clerkTurnOfAPdfPageIsClockwise() throws Exception {
        Path pdf = Corpus.file("scanned/ocrmypdf__c02-22.pdf");
        BufferedImage upright = render(assemble(pdf, Rotation.R0));
        assertSimilar(turnClockwise(upright), render(assemble(pdf, Rotation.R90)));
    }

    @Test
    void quarterTurnsWrapAround() {
        assertEquals(Rotation.R0, Rotation.R270.plus90());
        assertEquals(Rotation.R90, Rotation.R0.plus90());
        assertEquals(Rotation.R270, Rotation.ofDegrees(-90));
        assertTrue(Rotation.R270.quarter() && !Rotation.R180.quarter());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Rotation.ofDegrees(45));
    }

    private Path assemble(Path input, Rotation rotation) throws IOException {
        TestContentStore store = new TestContentStore(Files.createDirectories(work.resolve("store")));
        ScanFile f;
        try (InputStream in = Files.newInputStream(input)) {
            f = new ScanIntake(store, analyzer).accept(in, IntakeLimits.defaults(), IntakeQuota.EMPTY);
        }
        Path out = Files.createTempFile(work, "copy-", ".pdf");
        try (OutputStream os = Files.newOutputStream(out)) {
            new CopyAssembler(store::open, Clock.systemUTC(), IntakeLimits.defaults()).assemble(
                    List.of(new AssemblyPage(f.content(), f.kind(), f.pages().get(0), rotation)),
                    new CopyMetadata("test", "", "ROT-1"), null, os);
        }
        return out;
    }

    private BufferedImage render(Path pdf) throws Exception {
        Path prefix = Files.createTempFile(work, "render-", "");
        Tools.Result r = Tools.run("pdftoppm", "-f", "1", "-l", "1", "-r", "24", "-gray", "-png", "-singlefile",
                pdf.toString(), prefix.toString());
        assertEquals(0, r.exit(), r.out());
        return ImageIO.read(Path.of(prefix + ".png").toFile());
    }

    private static BufferedImage turnClockwise(BufferedImage img) {
        // sample by sample: Java2D drawing would convert gray through linear colour spaces
        int w = img.getWidth();
        int h = img.getHeight();
        BufferedImage out = new BufferedImage(h, w, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.getRaster().setSample(h - 1 - y, x, 0, img.getRaster().getSample(x, y, 0));
            }
        }
        return out;
    }

    /** Same size (within a pixel of rounding) and a small mean difference; a wrong turn differs a lot. */
    private static void assertSimilar(BufferedImage expected, BufferedImage actual) {
        assertTrue(Math.abs(expected.getWidth() - actual.getWidth()) <= 1
                && Math.abs(expected.getHeight() - actual.getHeight()) <= 1,
                expected.getWidth() + "x" + expected.getHeight() + " vs " + actual.getWidth() + "x" + actual.getHeight());
        int w = Math.min(expected.getWidth(), actual.getWidth());
        int h = Math.min(expected.getHeight(), actual.getHeight());
        long diff = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                diff += Math.abs(expected.getRaster().getSample(x, y, 0) - actual.getRaster().getSample(x, y, 0));
            }
        }
        double mean = (double) diff / ((long) w * h);
        assertTrue(mean < 12, "mean difference " + mean);
    }
}
