package kz.certcopy.intake;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds applied to every uploaded scan before and while it is parsed. Defaults are generous for real office
 * scanners (600 dpi A3 colour is about 70 megapixels, which still assembles within a 512 MB heap) and tight
 * enough that a hostile file fails fast.
 *
 * @param maxFileBytes        bytes of one uploaded file
 * @param maxRequestBytes     bytes of all files of one request together
 * @param maxPagesPerOriginal pages of one original (over all its files)
 * @param maxPixelsPerPage    width x height of one page image, read from the header before decoding
 * @param maxPdfObjects       objects in a PDF's cross-reference table
 * @param maxPdfNesting       depth of page tree and nested form XObjects
 * @param maxDecodedStreamBytes decoded size of one PDF content stream (decompression bombs)
 * @param timeoutPerFile      wall time to analyse (or import) one file
 * @param rejectActiveContent refuse PDFs with active content instead of importing their pages without it
 */
public record IntakeLimits(long maxFileBytes, long maxRequestBytes, int maxPagesPerOriginal, long maxPixelsPerPage,
                           int maxPdfObjects, int maxPdfNesting, long maxDecodedStreamBytes, Duration timeoutPerFile,
                           boolean rejectActiveContent) {

    public static final long MB = 1024L * 1024L;

    public IntakeLimits {
        Objects.requireNonNull(timeoutPerFile, "timeoutPerFile");
        if (maxFileBytes <= 0 || maxRequestBytes <= 0 || maxPagesPerOriginal <= 0 || maxPixelsPerPage <= 0
                || maxPdfObjects <= 0 || maxPdfNesting <= 0 || maxDecodedStreamBytes <= 0
                || timeoutPerFile.isNegative() || timeoutPerFile.isZero()) {
            throw new IllegalArgumentException("intake limits must be positive");
        }
    }

    /** Safe defaults; bound to {@code certcopy.intake.*} by the configuration adapter. */
    public static IntakeLimits defaults() {
        return new IntakeLimits(50 * MB, 200 * MB, 300, 75_000_000L, 200_000, 32, 64 * MB,
                Duration.ofSeconds(30), false);
    }

    public IntakeLimits withTimeout(Duration timeout) {
        return new IntakeLimits(maxFileBytes, maxRequestBytes, maxPagesPerOriginal, maxPixelsPerPage, maxPdfObjects,
                maxPdfNesting, maxDecodedStreamBytes, timeout, rejectActiveContent);
    }

    public IntakeLimits withMaxPagesPerOriginal(int pages) {
        return new IntakeLimits(maxFileBytes, maxRequestBytes, pages, maxPixelsPerPage, maxPdfObjects,
                maxPdfNesting, maxDecodedStreamBytes, timeoutPerFile, rejectActiveContent);
    }

    public IntakeLimits withRejectActiveContent(boolean reject) {
        return new IntakeLimits(maxFileBytes, maxRequestBytes, maxPagesPerOriginal, maxPixelsPerPage, maxPdfObjects,
                maxPdfNesting, maxDecodedStreamBytes, timeoutPerFile, reject);
    }
}
