package kz.certcopy.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every kind of bad input named in issue 4 gets its own 4xx code with a message in all three languages, and a
 * refused file leaves the store exactly as it was (nothing else in the request is lost or changed).
 */
class HostileInputTest {

    private static final ScanAnalyzer analyzer = TestAnalyzers.SHARED;
    @TempDir
    Path storeDir;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "malformed/pdfjs__bomb_giant.pdf, CORRUPT_FILE, UNPROCESSABLE",
            "malformed/ocrmypdf__hugemono.pdf, IMAGE_TOO_LARGE, TOO_LARGE",
            "malformed/pdfjs__poppler-85140-0.pdf, CORRUPT_FILE, UNPROCESSABLE",
            "malformed/pdfbox__sign_me_protected.pdf, ENCRYPTED_PDF, UNPROCESSABLE",
            "malformed/pdfjs__empty_protected.pdf, ENCRYPTED_PDF, UNPROCESSABLE",
            "malformed/pillow__broken.png, CORRUPT_FILE, UNPROCESSABLE",
            "malformed/pillow__decompression_bomb.gif, UNSUPPORTED_TYPE, UNSUPPORTED_MEDIA",
            "malformed/qpdf__pages-loop.pdf, CORRUPT_FILE, UNPROCESSABLE",
            "malformed/ocrmypdf__invalid.pdf, CORRUPT_FILE, UNPROCESSABLE",
    })
    void corpusFileIsRefusedWithItsOwnCode(String file, String code, ErrorKind kind) throws IOException {
        try (InputStream in = Corpus.open(file)) {
            assertRefused(in, IntakeLimits.defaults(), code, kind);
        }
    }

    @Test
    void flateBombInAPageIsStoppedAtTheDecodedLimit() throws IOException {
        IntakeLimits limits = new IntakeLimits(50 * IntakeLimits.MB, 200 * IntakeLimits.MB, 300, 100_000_000L,
                200_000, 32, 4 * IntakeLimits.MB, java.time.Duration.ofSeconds(20), false);
        assertRefused(new ByteArrayInputStream(Corpus.flateBombPdf(16 * IntakeLimits.MB)), limits,
                "DECOMPRESSION_BOMB", ErrorKind.UNPROCESSABLE);
    }

    @Test
    void zeroByteFile() throws IOException {
        assertRefused(new ByteArrayInputStream(new byte[0]), IntakeLimits.defaults(), "EMPTY_FILE",
                ErrorKind.INVALID_INPUT);
    }

    @Test
    void truncatedJpegOfARealScan() throws IOException {
        byte[] whole = Files.readAllBytes(Corpus.file("scanned/paddleocr__table.jpg"));
        byte[] cut = Arrays.copyOf(whole, whole.length / 3);
        assertRefused(new ByteArrayInputStream(cut), IntakeLimits.defaults(), "CORRUPT_FILE", ErrorKind.UNPROCESSABLE);
    }

    @Test
    void truncatedPdfOfARealScan() throws IOException {
        byte[] whole = Files.readAllBytes(Corpus.file("scanned/ocrmypdf__c02-22.pdf"));
        byte[] cut = Arrays.copyOf(whole, 400);
        assertRefused(new ByteArrayInputStream(cut), IntakeLimits.defaults(), "CORRUPT_FILE", ErrorKind.UNPROCESSABLE);
    }

    @Test
    void pngDeclaringHundredThousandSquarePixelsIsRefusedFromItsHeader() throws IOException {
        assertRefused(new ByteArrayInputStream(Corpus.pngDeclaring(100_000, 100_000)), IntakeLimits.defaults(),
                "IMAGE_TOO_LARGE", ErrorKind.TOO_LARGE);
    }

    @Test
    void zipNamedPdf() throws IOException {
        CertCopyException e = assertRefused(new ByteArrayInputStream(Corpus.zip()), IntakeLimits.defaults(),
                "ARCHIVE_NOT_ACCEPTED", ErrorKind.UNSUPPORTED_MEDIA);
        assertEquals("application/zip", e.args()[0]);
    }

    @Test
    void pngPdfPolyglot() throws IOException {
        assertRefused(new ByteArrayInputStream(Corpus.pngPdfPolyglot()), IntakeLimits.defaults(), "POLYGLOT_FILE",
                ErrorKind.UNSUPPORTED_MEDIA);
    }

    @Test
    void tiffWithHundredsOfPages() throws IOException {
        assertRefused(new ByteArrayInputStream(Corpus.tiff(400)), IntakeLimits.defaults(), "TOO_MANY_PAGES",
                ErrorKind.TOO_LARGE);
    }

    @Test
    void pagesAlreadyInTheOriginalCountTowardsTheLimit() throws IOException {
        TestContentStore store = new TestContentStore(storeDir);
        ScanIntake intake = new ScanIntake(store, analyzer);
        CertCopyException e = assertThrows(CertCopyException.class, () -> intake.accept(
                Corpus.open("scanned/pdfbox__ccittg4multi.tif"), IntakeLimits.defaults(), new IntakeQuota(0, 298)));
        assertEquals("TOO_MANY_PAGES", e.code());
    }

    @Test
    void fileOverTheByteLimit() throws IOException {
        IntakeLimits small = new IntakeLimits(10_000, 1_000_000, 300, 1_000_000, 1000, 10, 1_000_000,
                java.time.Duration.ofSeconds(5), false);
        assertRefused(Corpus.open("scanned/pdfbox__stamp.jpg"), small, "FILE_TOO_LARGE", ErrorKind.TOO_LARGE);
    }

    @Test
    void requestOverItsByteLimit() throws IOException {
        TestContentStore store = new TestContentStore(storeDir);
        CertCopyException e = assertThrows(CertCopyException.class, () -> new ScanIntake(store, analyzer).accept(
                Corpus.open("scanned/pdfbox__stamp.jpg"), IntakeLimits.defaults(),
                new IntakeQuota(IntakeLimits.defaults().maxRequestBytes() - 1000, 0)));
        assertEquals("REQUEST_TOO_LARGE", e.code());
        assertEquals(0, store.count());
    }

    @Test
    void activeContentIsRefusedOnlyUnderTheStrictPolicy() throws IOException {
        assertRefused(Corpus.open("malformed/tika__testPDF_jsActionOnPage.pdf"),
                IntakeLimits.defaults().withRejectActiveContent(true), "ACTIVE_CONTENT", ErrorKind.UNPROCESSABLE);
    }

    @Test
    void slowParsingIsCutOffByTheTimeLimit() throws IOException {
        // a real 13-megapixel bilevel page cannot be analysed within one millisecond
        IntakeLimits instant = IntakeLimits.defaults().withTimeout(java.time.Duration.ofMillis(1));
        assertRefused(Corpus.open("scanned/ocrmypdf__ccitt.pdf"), instant, "PROCESSING_TIMEOUT",
                ErrorKind.UNPROCESSABLE);
    }

    @Test
    void afterARefusalEarlierFilesOfTheRequestAreIntact() throws IOException {
        TestContentStore store = new TestContentStore(storeDir);
        ScanIntake intake = new ScanIntake(store, analyzer);
        ScanFile good = intake.accept(Corpus.open("scanned/pdfbox__stamp.jpg"), IntakeLimits.defaults(),
                IntakeQuota.EMPTY);
        assertThrows(CertCopyException.class, () -> intake.accept(Corpus.open("malformed/pdfjs__bomb_giant.pdf"),
                IntakeLimits.defaults(), new IntakeQuota(good.content().size(), good.pageCount())));
        assertEquals(1, store.count());
        try (InputStream in = store.open(good.content())) {
            assertTrue(Arrays.equals(Files.readAllBytes(Corpus.file("scanned/pdfbox__stamp.jpg")), in.readAllBytes()));
        }
    }

    private CertCopyException assertRefused(InputStream in, IntakeLimits limits, String code, ErrorKind kind)
            throws IOException {
        TestContentStore store = new TestContentStore(storeDir);
        ScanIntake intake = new ScanIntake(store, analyzer);
        CertCopyException e = assertThrows(CertCopyException.class, () -> intake.accept(in, limits, IntakeQuota.EMPTY));
        assertEquals(code, e.code(), () -> "got " + e);
        assertEquals(kind, e.kind());
        assertTrue(kind.httpStatus() >= 400 && kind.httpStatus() < 500);
        assertEquals(0, store.count(), "a refused file must not be stored");
        for (String lang : new String[] {"kk", "ru", "en"}) {
            String message = Messages.of(lang).getProperty("error." + code);
            assertTrue(message != null && !message.isBlank(), lang + " message for " + code);
        }
        return e;
    }
}
