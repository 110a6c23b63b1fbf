package kz.certcopy.intake;

/** Advice shown to the clerk next to a page; never a reason to refuse it. Message key: {@code hint.<NAME>}. */
public enum QualityHint {
    /** Effective resolution below 200 dpi. */
    LOW_RESOLUTION,
    /** The file carried no resolution; 300 dpi was assumed for the page size. */
    RESOLUTION_ASSUMED,
    /** Blank or nearly blank page. */
    BLANK_PAGE,
    /** Very dark page (under-exposed scan, lid open). */
    TOO_DARK,
    /** Washed-out page (very light, low contrast). */
    WASHED_OUT,
    /** Page much smaller than A5. */
    SMALL_PAGE,
    /**
     * The page holds an image PDFBox has no decoder for (e.g. JPEG 2000): its thumbnail lacks that image, and the
     * blank/dark hints were not computed. The clerk must check the page in the original file.
     */
    IMAGE_NOT_PREVIEWED
}
