package kz.certcopy.intake;

import java.util.List;

/**
 * One page of an uploaded file as analysed at intake.
 *
 * @param index        0-based page index within the file
 * @param widthPx      pixel width of the (main) image, 0 for a PDF page without images
 * @param heightPx     pixel height of the (main) image
 * @param dpi          effective resolution (PDF: image pixels over page size)
 * @param widthPt      page width in PDF points (1/72 inch) as it will appear in the copy
 * @param heightPt     page height in PDF points
 * @param renderInCopy a PDF page that must be rendered to an image for PDF/A
 * @param hints        quality hints for the clerk
 */
public record PageInfo(int index, int widthPx, int heightPx, float dpi, float widthPt, float heightPt,
                       boolean renderInCopy, List<QualityHint> hints) {

    public PageInfo {
        hints = List.copyOf(hints);
    }
}
