package kz.certcopy.intake.analysis;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kz.certcopy.intake.IntakeError;
import kz.certcopy.intake.IntakeLimits;
import kz.certcopy.intake.IntakeNotice;
import kz.certcopy.intake.PageInfo;
import kz.certcopy.intake.QualityHint;
import kz.certcopy.intake.hints.QualityInspector;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Pages of an uploaded PDF: geometry, effective resolution, hints, and whether the copy must render them. */
public final class PdfAnalyzer {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PdfAnalyzer.class);

    /** Resolution of the tiny render used for the luminance hints only. */
    private static final float HINT_DPI = 48f;

    public record Result(List<PageInfo> pages, Set<IntakeNotice> notices) {
    }

    public Result analyse(Path file, IntakeLimits limits, int pagesAllowed, boolean luminance) throws IOException {
        try (PDDocument doc = PdfSource.open(file)) {
            List<PDPage> pages = PdfSource.pages(doc, limits, pagesAllowed);
            Set<IntakeNotice> notices = EnumSet.noneOf(IntakeNotice.class);
            if (ActiveContent.present(doc, pages)) {
                if (limits.rejectActiveContent()) {
                    throw IntakeError.ACTIVE_CONTENT.exception();
                }
                notices.add(IntakeNotice.ACTIVE_CONTENT_REMOVED);
            }
            // render by index only when PDFBox's own page tree agrees with the walk
            PDFRenderer renderer = luminance && doc.getNumberOfPages() == pages.size() ? new PDFRenderer(doc) : null;
            List<PageInfo> infos = new ArrayList<>();
            Set<String> undecodable = new java.util.TreeSet<>();
            int unpreviewed = 0;
            for (int i = 0; i < pages.size(); i++) {
                PdfPageScan scan = new PdfPageScan(limits);
                PageInfo info = page(pages.get(i), i, scan, renderer);
                if (info.renderInCopy()) {
                    notices.add(IntakeNotice.PAGE_RENDERED_AS_IMAGE);
                }
                if (scan.undecodableImages != null) {
                    undecodable.add(scan.undecodableImages);
                    unpreviewed++;
                }
                infos.add(info);
            }
            if (unpreviewed > 0) {
                // one line per file, no stack trace, no file name: the clerk sees the hint on each such page
                LOG.warn("PDF with {} of {} pages holding {} images PDFBox cannot decode: thumbnails show a placeholder,"
                        + " quality hint IMAGE_NOT_PREVIEWED", unpreviewed, pages.size(), String.join("/", undecodable));
            }
            return new Result(infos, notices);
        }
    }

    private static PageInfo page(PDPage page, int index, PdfPageScan scan, PDFRenderer renderer)
            throws IOException {
        scan.scan(page);
        if (scan.notPdfaSafe && scan.undecodableImages != null) {
            // it would have to be rendered, but PDFBox cannot decode its JPEG 2000 images: never a blank copy
            throw IntakeError.PDF_NOT_ARCHIVABLE.exception(index + 1);
        }
        PDRectangle box = page.getCropBox();
        boolean quarter = page.getRotation() % 180 != 0;
        float widthPt = quarter ? box.getHeight() : box.getWidth();
        float heightPt = quarter ? box.getWidth() : box.getHeight();
        if (!(widthPt > 1 && heightPt > 1) || widthPt > 14_400 || heightPt > 14_400) {
            throw IntakeError.CORRUPT_FILE.exception("application/pdf");
        }
        float dpi = 0;
        if (scan.largestImageWidth > 0) {
            int imgLong = Math.max(scan.largestImageWidth, scan.largestImageHeight);
            float pageLongIn = Math.max(widthPt, heightPt) / 72f;
            dpi = Math.round(imgLong / pageLongIn);
        }
        List<QualityHint> hints = new ArrayList<>(QualityInspector.geometry(dpi, false, widthPt, heightPt));
        if (scan.undecodableImages != null) {
            hints.add(QualityHint.IMAGE_NOT_PREVIEWED); // a render would lack the image: no blank/dark hints either
        } else if (renderer != null) {
            BufferedImage sample = renderer.renderImageWithDPI(index, HINT_DPI, ImageType.GRAY);
            hints.addAll(QualityInspector.luminance(sample));
        }
        return new PageInfo(index, scan.largestImageWidth, scan.largestImageHeight, dpi, widthPt, heightPt,
                scan.notPdfaSafe, hints);
    }
}
