package kz.certcopy.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import kz.certcopy.intake.assembly.AssemblyPage;
import kz.certcopy.intake.assembly.CopyAssembler;
import kz.certcopy.intake.assembly.CopyMetadata;
import kz.certcopy.intake.assembly.Rotation;
import kz.certcopy.intake.mark.CertificationMark;
import kz.certcopy.intake.mark.VerificationUrls;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One copy assembled from real scans of every accepted kind, checked only with tools that are not ours:
 * veraPDF (PDF/A-2b), qpdf --check, poppler's pdfimages / pdftotext / pdftoppm, and a ZXing decode of the
 * rendered QR code.
 */
class CopyAssemblyEvidenceTest {

    private static final Instant CERTIFIED = Instant.parse("2026-12-03T09:41:00Z"); // 14:41 in Almaty
    // "ff" and "fi" on purpose: the sheet's font must not set them as ligatures, or a copied id would differ
    private static final String COPY_ID = "KZ-2026-0ff417-fi";

    @TempDir
    static Path work;
    private static Path copy;
    private static byte[] scanJpeg;
    private static int pageCount;
    private static List<AssemblyPage> assembled;

    @BeforeAll
    static void assemble() throws Exception {
        Path storeDir = Files.createDirectories(work.resolve("store"));
        TestContentStore store = new TestContentStore(storeDir);
        ScanIntake intake = new ScanIntake(store, TestAnalyzers.SHARED);
        scanJpeg = Corpus.a4Jpeg(300, 7);
        List<AssemblyPage> pages = new ArrayList<>();
        add(pages, intake.accept(new ByteArrayInputStream(scanJpeg), IntakeLimits.defaults(), IntakeQuota.EMPTY),
                Rotation.R0);
        add(pages, accept(intake, "scanned/pdfbox__jpegcmyk.jpg"), Rotation.R0);
        add(pages, accept(intake, "scanned/pdfbox__ccittg4multi.tif"), Rotation.R90);
        add(pages, accept(intake, "scanned/tesseract__phototest-rotated-L.png"), Rotation.R270);
        add(pages, accept(intake, "scanned/tesseract__phototest.tif"), Rotation.R180);
        add(pages, accept(intake, "scanned/paperless__multi-page-images-alpha-rgb.tiff"), Rotation.R0);
        add(pages, accept(intake, "scanned/ocrmypdf__c02-22.pdf"), Rotation.R0);
        add(pages, accept(intake, "scanned/tika__testPDF_JBIG2.pdf"), Rotation.R0);
        add(pages, accept(intake, "scanned/ocrmypdf__lichtenstein.pdf"), Rotation.R0); // JPEG 2000 image
        add(pages, accept(intake, "nonlatin/sigex-ddc__sample-with-specific-fonts.pdf"), Rotation.R0);
        add(pages, accept(intake, "malformed/tika__testPDF_jsActionOnPage.pdf"), Rotation.R0);
        add(pages, accept(intake, "malformed/pdfbox__embedded_zip.pdf"), Rotation.R0);
        // synthetic 16-bit gray and RGBA PNGs: reduced to 8 bits, alpha flattened (no soft masks in the copy)
        BufferedImage deep = new BufferedImage(600, 800, BufferedImage.TYPE_USHORT_GRAY);
        deep.getRaster().setSample(10, 10, 0, 40000);
        add(pages, intake.accept(new ByteArrayInputStream(Corpus.png(deep)), IntakeLimits.defaults(),
                IntakeQuota.EMPTY), Rotation.R0);
        BufferedImage alpha = new BufferedImage(600, 800, BufferedImage.TYPE_INT_ARGB);
        alpha.setRGB(5, 5, 0x80ff0000);
        add(pages, intake.accept(new ByteArrayInputStream(Corpus.png(alpha)), IntakeLimits.defaults(),
                IntakeQuota.EMPTY), Rotation.R0);
        pageCount = pages.size();
        assembled = pages;
        CopyAssembler assembler = new CopyAssembler(store::open, Clock.fixed(CERTIFIED, ZoneOffset.UTC),
                IntakeLimits.defaults());
        String url = new VerificationUrls("https://certcopy.example.kz/v/").forCopy(COPY_ID);
        CertificationMark mark = new CertificationMark("№3 Алматы қаласының ХҚКО / ЦОН №3 г. Алматы",
                "Әбілқасымова Гүлнұр Құрманғалиқызы", CERTIFIED, COPY_ID, url, pageCount);
        copy = work.resolve("copy.pdf");
        try (OutputStream out = Files.newOutputStream(copy)) {
            assembler.assemble(pages, new CopyMetadata("Диплом / Diploma", "ЖБ-0012345", COPY_ID), mark, out);
        }
    }

    private static ScanFile accept(ScanIntake intake, String file) throws IOException {
        try (InputStream in = Corpus.open(file)) {
            return intake.accept(in, IntakeLimits.defaults(), IntakeQuota.EMPTY);
        }
    }

    private static void add(List<AssemblyPage> pages, ScanFile f, Rotation r) {
        for (PageInfo p : f.pages()) {
            pages.add(new AssemblyPage(f.content(), f.kind(), p, r));
        }
    }

    @Test
    void passesVeraPdfAsPdfA2b() throws Exception {
        assertEquals("", PdfaValidation.failures(copy));
    }

    @Test
    void passesQpdfCheck() throws Exception {
        Tools.Result r = Tools.run("qpdf", "--check", copy.toString());
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("No syntax or stream encoding errors"), r.out());
    }

    @Test
    void hasAllPagesPlusTheCertificationSheet() throws Exception {
        Tools.Result r = Tools.run("qpdf", "--show-npages", copy.toString());
        assertEquals(pageCount + 1, Integer.parseInt(r.out().trim()));
    }

    @Test
    void jpegScanIsEmbeddedByteForByte() throws Exception {
        Tools.Result list = Tools.run("pdfimages", "-list", "-f", "1", "-l", "1", copy.toString());
        assertEquals(0, list.exit(), list.out());
        assertTrue(list.out().lines().skip(2).allMatch(l -> l.contains(" jpeg ")), list.out());
        Path dir = Files.createDirectories(work.resolve("images"));
        Tools.Result extract = Tools.run("pdfimages", "-j", "-f", "1", "-l", "1", copy.toString(),
                dir.resolve("p").toString());
        assertEquals(0, extract.exit(), extract.out());
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> jpgs = files.filter(p -> p.toString().endsWith(".jpg")).toList();
            assertEquals(1, jpgs.size());
            assertEquals(sha256(scanJpeg), sha256(Files.readAllBytes(jpgs.get(0))));
        }
    }

    @Test
    void bilevelScansStayBilevelCcitt() throws Exception {
        Tools.Result list = Tools.run("pdfimages", "-list", "-f", "3", "-l", "6", copy.toString());
        assertTrue(list.out().lines().skip(2).filter(l -> l.contains(" ccitt ")).count() >= 4, list.out());
    }

    @Test
    void noSoftMasksAndNoSixteenBitImages() throws Exception {
        Tools.Result list = Tools.run("pdfimages", "-list", copy.toString());
        assertEquals(0, list.exit(), list.out());
        List<String> rows = list.out().lines().skip(2).toList();
        assertTrue(rows.size() >= 15, list.out()); // image pages; the two text-only PDF pages have none
        assertTrue(rows.stream().noneMatch(l -> l.contains(" smask ")), list.out());
        assertTrue(rows.stream().map(l -> l.trim().split("\\s+")[7]).allMatch(bpc -> bpc.equals("8") || bpc.equals("1")),
                list.out());
    }

    @Test
    void markTextReadsInKazakhAndRussian() throws Exception {
        String last = Integer.toString(pageCount + 1);
        Tools.Result r = Tools.run("pdftotext", "-f", last, "-l", last, "-enc", "UTF-8", copy.toString(), "-");
        assertEquals(0, r.exit(), r.out());
        String text = r.out().replaceAll("\\s+", " ");
        assertTrue(text.contains("Осы электрондық көшірме қағаз түпнұсқаға сәйкес келеді"), text);
        assertTrue(text.contains("Настоящая электронная копия соответствует бумажному оригиналу"), text);
        assertTrue(text.contains("Әбілқасымова Гүлнұр Құрманғалиқызы"), text);
        assertTrue(text.contains("№3 Алматы қаласының ХҚКО"), text);
        assertTrue(text.contains("03.12.2026 14:41"), text);
        assertTrue(text.contains(COPY_ID), text);
        assertTrue(text.contains("https://certcopy.example.kz/v/" + COPY_ID), text);
    }

    @Test
    void qrCodeOnTheSheetDecodesToTheVerificationUrl() throws Exception {
        String last = Integer.toString(pageCount + 1);
        Path prefix = work.resolve("sheet");
        Tools.Result r = Tools.run("pdftoppm", "-f", last, "-l", last, "-r", "150", "-gray", "-png",
                "-singlefile", copy.toString(), prefix.toString());
        assertEquals(0, r.exit(), r.out());
        BufferedImage img = ImageIO.read(prefix.resolveSibling("sheet.png").toFile());
        int[] pixels = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(img.getWidth(), img.getHeight(), pixels)));
        assertEquals("https://certcopy.example.kz/v/" + COPY_ID, new QRCodeReader().decode(bitmap).getText());
    }

    @Test
    void noActiveContentSurvives() throws Exception {
        Path qdf = work.resolve("copy-qdf.pdf");
        Tools.Result r = Tools.run("qpdf", "--qdf", "--object-streams=disable", copy.toString(), qdf.toString());
        assertEquals(0, r.exit(), r.out());
        String raw = new String(Files.readAllBytes(qdf), java.nio.charset.StandardCharsets.ISO_8859_1);
        for (String key : List.of("/JavaScript", "/JS ", "/OpenAction", "/AA ", "/Launch", "/EmbeddedFile",
                "/AcroForm", "/XFA", "/Annots", "/URI")) {
            assertFalse(raw.contains(key), key + " found in the copy");
        }
    }

    @Test
    void xmpCarriesPdfaIdentityAndCopyIdButNoPersonalNames() throws Exception {
        Tools.Result r = Tools.run("pdfinfo", "-meta", copy.toString());
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("<pdfaid:part>2</pdfaid:part>"), r.out());
        assertTrue(r.out().contains("<certcopy:copyId>" + COPY_ID + "</certcopy:copyId>"), r.out());
        assertTrue(r.out().contains("ЖБ-0012345"), r.out());
        assertFalse(r.out().contains("Әбілқасымова"), r.out());
    }

    @Test
    void pageSizesFollowResolutionAndRotation() throws Exception {
        Tools.Result r = Tools.run("pdfinfo", "-f", "1", "-l", "4", copy.toString());
        List<String> sizes = r.out().lines().filter(l -> l.startsWith("Page") && l.contains("size")).toList();
        assertTrue(sizes.get(0).contains("595.") && sizes.get(0).contains("841."), sizes.toString()); // A4 at 300 dpi
        // page 3 (CCITT TIFF at 120 dpi) was turned 90 degrees: width and height swap
        String[] p3 = sizes.get(2).replaceAll(".*size:\\s+", "").split("\\s+");
        PageInfo tiff = assembled.get(2).info();
        assertEquals(tiff.heightPt(), Double.parseDouble(p3[0]), 0.5, sizes.get(2));
        assertEquals(tiff.widthPt(), Double.parseDouble(p3[2]), 0.5, sizes.get(2));
        assertEquals(tiff.widthPx() / 120.0 * 72, tiff.widthPt(), 0.5); // pixel width over 120 dpi
    }

    private static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }
}
