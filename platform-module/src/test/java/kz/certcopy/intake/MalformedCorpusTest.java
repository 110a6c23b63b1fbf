package kz.certcopy.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.intake.assembly.AssemblyPage;
import kz.certcopy.intake.assembly.CopyAssembler;
import kz.certcopy.intake.assembly.CopyMetadata;
import kz.certcopy.intake.assembly.Rotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fuzzed and broken files from other projects' test suites: each is refused with its own intake code, or
 * accepted — and then what is accepted still assembles into a valid PDF/A-2b. Never another exception.
 */
class MalformedCorpusTest {

    @TempDir
    Path work;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "pillow__crash-2020-10-test.tif, CORRUPT_FILE",
            "pillow__crash-86214e58da443d2b80820cff9677a38a33dcbbca.tif, CORRUPT_FILE",
            "pillow__multipage_multiple_frame_loop.tiff, TOO_MANY_PAGES",
            "pillow__junk_jpeg_header.jpg, CORRUPT_FILE",
            "qpdf__fuzz-16214.pdf, UNSUPPORTED_TYPE",
            "qpdf__issue-141a.pdf, UNSUPPORTED_TYPE",
            "pyhanko__circular-page-tree.pdf, CORRUPT_FILE",
            "pyhanko__minimal-aes256.pdf, ENCRYPTED_PDF",
            "pdfjs__REDHAT-1531897-0.pdf, CORRUPT_FILE",
            "pdfjs__Pages-tree-refs.pdf, CORRUPT_FILE",
            "pdfjs__issue15590.pdf, CORRUPT_FILE",
            "pdfjs__ContentStreamCycleType3insideType3.pdf, PDF_TOO_COMPLEX",
            "pdfjs__secHandler.pdf, ENCRYPTED_PDF",
            "tika__test-pdf-with-print-ticket-header.pdf, UNSUPPORTED_TYPE",
            "tika__testPBM.pbm, UNSUPPORTED_TYPE",
            "tika__testPDF_malformedXFA.pdf, CORRUPT_FILE",
    })
    void refusedWithItsCode(String file, String code) throws IOException {
        TestContentStore store = new TestContentStore(work);
        CertCopyException e = assertThrows(CertCopyException.class, () -> accept(store, file));
        assertEquals(code, e.code(), e::toString);
        assertEquals(0, store.count());
    }

    @Test
    void whatIsAcceptedAssemblesIntoPdfA() throws Exception {
        TestContentStore store = new TestContentStore(work);
        List<AssemblyPage> pages = new ArrayList<>();
        for (String file : List.of("qpdf__append-xref-loop.pdf", "pyhanko__page-tree-direct-kid.pdf",
                "pdfjs__GHOSTSCRIPT-698804-1-fuzzed.pdf", "pdfjs__xref_command_missing.pdf",
                "pdfjs__helloworld-bad.pdf", "pdfbox__MissingCatalog.pdf", "pillow__multipage_out_of_order.tiff",
                "pdfjs__scan-bad.pdf", "ocrmypdf__jbig2_baddevicen.pdf")) {
            ScanFile f = accept(store, file);
            assertTrue(f.pageCount() >= 1, file);
            for (PageInfo p : f.pages()) {
                pages.add(new AssemblyPage(f.content(), f.kind(), p, Rotation.R0));
            }
        }
        Path copy = Files.createTempFile(work, "copy-", ".pdf");
        try (OutputStream out = Files.newOutputStream(copy)) {
            new CopyAssembler(store::open, Clock.systemUTC(), IntakeLimits.defaults())
                    .assemble(pages, new CopyMetadata("test", "", "MALFORMED-1"), null, out);
        }
        assertEquals("", PdfaValidation.failures(copy));
        Tools.Result check = Tools.run("qpdf", "--check", copy.toString());
        assertEquals(0, check.exit(), check.out());
    }

    @Test
    void unembeddedFontsOnlyForInvisibleOcrTextKeepTheScanAsIs() throws IOException {
        TestContentStore store = new TestContentStore(work);
        // a 300-dpi scanner PDF whose OCR layer uses Helvetica (not embedded) in render mode 3
        ScanFile scan = accept(store, "pdfjs__scan-bad.pdf");
        assertEquals(false, scan.pages().get(0).renderInCopy());
        assertEquals(300f, scan.pages().get(0).dpi(), 1f);
        // visible text in an unembedded font cannot go into PDF/A as it is
        ScanFile hello = accept(store, "pdfjs__helloworld-bad.pdf");
        assertEquals(true, hello.pages().get(0).renderInCopy());
        assertTrue(hello.notices().contains(IntakeNotice.PAGE_RENDERED_AS_IMAGE));
    }

    private static ScanFile accept(TestContentStore store, String file) throws IOException {
        try (InputStream in = Corpus.open("malformed/" + file)) {
            return new ScanIntake(store, TestAnalyzers.SHARED).accept(in, IntakeLimits.defaults(), IntakeQuota.EMPTY);
        }
    }
}
