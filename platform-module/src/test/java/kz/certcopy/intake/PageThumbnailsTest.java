package kz.certcopy.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import javax.imageio.ImageIO;
import kz.certcopy.intake.assembly.AssemblyPage;
import kz.certcopy.intake.assembly.CopyAssembler;
import kz.certcopy.intake.assembly.PageThumbnails;
import kz.certcopy.intake.assembly.Rotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageThumbnailsTest {

    @TempDir
    Path storeDir;

    @Test
    void thumbnailShowsThePageTurnedAsInTheCopy() throws IOException {
        TestContentStore store = new TestContentStore(storeDir);
        ScanFile f;
        try (ScanAnalyzer analyzer = new ScanAnalyzer(1); InputStream in = Corpus.open("scanned/pdfbox__jpegcmyk.jpg")) {
            f = new ScanIntake(store, analyzer).accept(in, IntakeLimits.defaults(), IntakeQuota.EMPTY);
        }
        PageThumbnails thumbs = new PageThumbnails(new CopyAssembler(store::open, Clock.systemUTC(),
                IntakeLimits.defaults()), store::open);
        PageInfo p = f.pages().get(0);
        BufferedImage upright = read(thumbs.png(new AssemblyPage(f.content(), f.kind(), p, Rotation.R0), 200));
        BufferedImage turned = read(thumbs.png(new AssemblyPage(f.content(), f.kind(), p, Rotation.R90), 200));
        assertEquals(200, Math.max(upright.getWidth(), upright.getHeight()), 1);
        assertEquals(upright.getWidth(), turned.getHeight(), 1);
        assertEquals(upright.getHeight(), turned.getWidth(), 1);
        assertTrue(p.widthPt() > p.heightPt() == upright.getWidth() > upright.getHeight());
        // a real photo, not an empty page: many distinct colours
        long distinct = java.util.Arrays.stream(upright.getRGB(0, 0, upright.getWidth(), upright.getHeight(), null, 0,
                upright.getWidth())).distinct().count();
        assertTrue(distinct > 100, "distinct colours: " + distinct);
    }

    private static BufferedImage read(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }
}
