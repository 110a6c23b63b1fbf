package kz.certcopy.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import kz.certcopy.intake.analysis.PdfAnalyzer;
import kz.certcopy.intake.analysis.RasterAnalyzer;
import kz.certcopy.intake.detection.TypeDetector;
import kz.certcopy.intake.limits.TimeBox;

/**
 * Type detection and page analysis of one file already on local disk, inside the time box. Stateless apart
 * from its bounded parser pool; safe to share.
 */
public final class ScanAnalyzer implements AutoCloseable {

    /** What a file is and holds, before it is stored. */
    public record Analysis(MediaKind kind, List<PageInfo> pages, Set<IntakeNotice> notices) {
    }

    private final TypeDetector detector = new TypeDetector();
    private final RasterAnalyzer raster = new RasterAnalyzer();
    private final PdfAnalyzer pdf = new PdfAnalyzer();
    private final TimeBox timeBox;
    private final boolean luminanceHints;

    /** @param parserThreads files analysed at once; more wait in a short queue, beyond it they are refused */
    public ScanAnalyzer(int parserThreads) {
        this(parserThreads, true);
    }

    /**
     * @param luminanceHints decode a subsampled page for the blank/dark/washed-out hints (about a tenth of a
     *                       second per 300-dpi A4 page); off only for tools that assemble without a clerk
     */
    public ScanAnalyzer(int parserThreads, boolean luminanceHints) {
        this.timeBox = new TimeBox(parserThreads, parserThreads * 8);
        this.luminanceHints = luminanceHints;
    }

    public Analysis analyse(Path file, IntakeLimits limits, IntakeQuota quota) throws IOException {
        MediaKind kind = detector.detect(file);
        int pagesAllowed = limits.maxPagesPerOriginal() - quota.originalPagesUsed();
        if (pagesAllowed <= 0) {
            throw IntakeError.TOO_MANY_PAGES.exception(limits.maxPagesPerOriginal());
        }
        return timeBox.run(() -> {
            if (kind == MediaKind.PDF) {
                PdfAnalyzer.Result r = pdf.analyse(file, limits, pagesAllowed, luminanceHints);
                return new Analysis(kind, r.pages(), r.notices());
            }
            return new Analysis(kind, raster.analyse(file, kind, limits, pagesAllowed, luminanceHints), Set.of());
        }, limits.timeoutPerFile(), kind.mediaType());
    }

    @Override
    public void close() {
        timeBox.close();
    }
}
