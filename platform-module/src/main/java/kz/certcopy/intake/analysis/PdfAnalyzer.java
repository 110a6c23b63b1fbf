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
            for (int i = 0; i < pages.size(); i++) {
                PageInfo info = page(pages.get(i), i, limits, renderer);
                if (info.renderInCopy()) {
                    notices.add(IntakeNotice.PAGE_RENDERED_AS_IMAGE);
                }
                infos.add(info);
            }
            return new Result(infos, notices);
        }
    }

    private static PageInfo page(PDPage page, int index, IntakeLimits limits, PDFRenderer renderer)
            throws IOException {
        PdfPageScan scan = new PdfPageScan(limits);
        scan.scan(page);
        if (scan.notPdfaSafe && scan.undecodableImages) {
            // it would have to be rendered, but PDFBox cannot decode its JBIG2/JPEG 2000 images: never a blank copy
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
        if (!scan.undecodableImages && renderer != null) {
            BufferedImage sample = renderer.renderImageWithDPI(index, HINT_DPI, ImageType.GRAY);
            hints.addAll(QualityInspector.luminance(sample));
        }
        return new PageInfo(index, scan.largestImageWidth, scan.largestImageHeight, dpi, widthPt, heightPt,
                scan.notPdfaSafe, hints);
    }
}
