package kz.certcopy.intake.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import kz.certcopy.intake.IntakeError;
import kz.certcopy.intake.IntakeLimits;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Opens untrusted PDFs with scratch data on disk (not heap) and walks their page tree itself: the declared
 * {@code /Count} is never trusted (a 340-byte file may claim 213 million pages), loops and over-deep trees
 * are refused.
 */
public final class PdfSource {

    private PdfSource() {
    }

    public static PDDocument open(Path file) throws IOException {
        PDDocument doc;
        try {
            doc = Loader.loadPDF(new RandomAccessReadBufferedFile(file), "", IOUtils.createTempFileOnlyStreamCache());
        } catch (InvalidPasswordException locked) {
            throw IntakeError.ENCRYPTED_PDF.exception();
        } catch (IOException | RuntimeException broken) {
            throw IntakeError.CORRUPT_FILE.exception(broken, "application/pdf");
        }
        if (doc.isEncrypted()) {
            doc.close();
            throw IntakeError.ENCRYPTED_PDF.exception();
        }
        return doc;
    }

    /** Leaf pages in order, at most {@code maxPages}; more is {@code TOO_MANY_PAGES}. */
    public static List<PDPage> pages(PDDocument doc, IntakeLimits limits, int maxPages) {
        int objects = doc.getDocument().getXrefTable().size();
        if (objects > limits.maxPdfObjects()) {
            throw IntakeError.PDF_TOO_COMPLEX.exception(limits.maxPdfObjects());
        }
        COSDictionary root = doc.getDocument().getTrailer().getCOSDictionary(COSName.ROOT);
        COSDictionary tree = root == null ? null : root.getCOSDictionary(COSName.PAGES);
        if (tree == null) {
            throw IntakeError.CORRUPT_FILE.exception("application/pdf");
        }
        List<PDPage> pages = new ArrayList<>();
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        walk(doc, tree, 0, limits, maxPages, seen, pages);
        if (pages.isEmpty()) {
            throw IntakeError.CORRUPT_FILE.exception("application/pdf");
        }
        return pages;
    }

    private static void walk(PDDocument doc, COSDictionary node, int depth, IntakeLimits limits, int maxPages,
                             Set<COSDictionary> seen, List<PDPage> out) {
        if (depth > limits.maxPdfNesting()) {
            throw IntakeError.PDF_TOO_COMPLEX.exception(limits.maxPdfNesting());
        }
        if (!seen.add(node)) {
            throw IntakeError.CORRUPT_FILE.exception("application/pdf");
        }
        COSArray kids = node.getCOSArray(COSName.KIDS);
        boolean isPage = COSName.PAGE.equals(node.getCOSName(COSName.TYPE)) || (kids == null
                && node.containsKey(COSName.CONTENTS));
        if (isPage) {
            if (out.size() >= maxPages) {
                throw IntakeError.TOO_MANY_PAGES.exception(limits.maxPagesPerOriginal());
            }
            out.add(new PDPage(node));
            return;
        }
        if (kids == null) {
            return;
        }
        for (int i = 0; i < kids.size(); i++) {
            COSBase kid = kids.get(i);
            if (kid instanceof COSObject ref) {
                kid = ref.getObject();
            }
            if (kid instanceof COSDictionary child) {
                walk(doc, child, depth + 1, limits, maxPages, seen, out);
            }
        }
    }
}
