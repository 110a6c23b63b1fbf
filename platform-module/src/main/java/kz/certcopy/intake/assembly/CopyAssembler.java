package kz.certcopy.intake.assembly;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import kz.certcopy.intake.IntakeError;
import kz.certcopy.intake.IntakeLimits;
import kz.certcopy.intake.MediaKind;
import kz.certcopy.intake.PageInfo;
import kz.certcopy.intake.analysis.PdfSource;
import kz.certcopy.intake.mark.CertificationMark;
import kz.certcopy.intake.mark.CertificationSheet;
import kz.certcopy.storage.ContentRef;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.util.Matrix;

/**
 * Assembles the pages the clerk arranged into one PDF/A-2b, optionally followed by the certification sheet,
 * and writes it to a stream. One source file is open at a time and all PDF data is cached in temporary files,
 * so heap use does not grow with the number of pages.
 */
public final class CopyAssembler {

    private static final float RENDER_JPEG_QUALITY = 0.9f;
    /** Scratch data of the document kept in memory before spilling to a temporary file. */
    private static final long SCRATCH_IN_MEMORY = 32L * 1024 * 1024;

    private final ContentSource source;
    private final Clock clock;
    private final IntakeLimits limits;
    private final CertificationSheet sheet = new CertificationSheet();

    public CopyAssembler(ContentSource source, Clock clock, IntakeLimits limits) {
        this.source = Objects.requireNonNull(source, "source");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * @param pages pages in the clerk's order
     * @param mark  certification mark to append, or {@code null} for a draft without it
     */
    public void assemble(List<AssemblyPage> pages, CopyMetadata meta, CertificationMark mark, OutputStream out)
            throws IOException {
        if (pages.isEmpty()) {
            throw IntakeError.NO_PAGES.exception();
        }
        try (PDDocument doc = new PDDocument(MemoryUsageSetting.setupMixed(SCRATCH_IN_MEMORY).streamCache);
             OpenSource open = new OpenSource()) {
            doc.setVersion(1.7f);
            ImageEmbedder images = new ImageEmbedder();
            LayerUtility layers = new LayerUtility(doc);
            for (AssemblyPage p : pages) {
                open.switchTo(p.content(), p.kind());
                addPage(doc, p, open, images, layers);
            }
            if (mark != null) {
                sheet.append(doc, mark);
            }
            PdfA.outputIntent(doc);
            PdfA.metadata(doc, meta, clock.instant());
            doc.save(out);
        }
    }

    private void addPage(PDDocument doc, AssemblyPage p, OpenSource open, ImageEmbedder images, LayerUtility layers)
            throws IOException {
        PageInfo info = p.info();
        switch (p.kind()) {
            case JPEG -> {
                try (InputStream in = Files.newInputStream(open.file)) {
                    drawImage(doc, images.jpeg(doc, in), info.widthPt(), info.heightPt(), p.rotation());
                }
            }
            case PNG, TIFF -> drawImage(doc, images.raster(doc, open.file, p.kind(), info.index()),
                    info.widthPt(), info.heightPt(), p.rotation());
            case PDF -> {
                PDPage src = open.pdfPage(info.index());
                if (info.renderInCopy()) {
                    drawImage(doc, render(doc, src, info), info.widthPt(), info.heightPt(), p.rotation());
                } else {
                    // the page's own /Rotate is applied here together with the clerk's turn, one convention
                    int own = Math.floorMod(src.getRotation(), 360) / 90 * 90;
                    src.setRotation(0);
                    PDFormXObject form = layers.importPageAsForm(open.pdf, src);
                    ImportedForms.clearInterpolation(form);
                    PDRectangle crop = src.getCropBox();
                    drawForm(doc, form, crop.getWidth(), crop.getHeight(),
                            Rotation.ofDegrees(own + p.rotation().degrees()));
                }
            }
            default -> throw IntakeError.UNSUPPORTED_TYPE.exception(p.kind().mediaType());
        }
    }

    /** A page PDF/A cannot carry as is, rendered on a throw-away single-page document at its own resolution. */
    private static PDImageXObject render(PDDocument doc, PDPage src, PageInfo info) throws IOException {
        float dpi = info.dpi() > 0 ? Math.max(150, Math.min(300, info.dpi())) : 200;
        try (PDDocument single = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            single.addPage(src);
            var image = new PDFRenderer(single).renderImageWithDPI(0, dpi, ImageType.RGB);
            return JPEGFactory.createFromImage(doc, image, RENDER_JPEG_QUALITY, (int) dpi);
        }
    }

    private static void drawImage(PDDocument doc, PDImageXObject image, float w, float h, Rotation r)
            throws IOException {
        PDPage page = newPage(doc, w, h, r);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.transform(turn(w, h, r));
            cs.drawImage(image, 0, 0, w, h);
        }
    }

    private static void drawForm(PDDocument doc, PDFormXObject form, float w, float h, Rotation r)
            throws IOException {
        PDPage page = newPage(doc, w, h, r);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.transform(turn(w, h, r));
            cs.drawForm(form);
        }
    }

    private static PDPage newPage(PDDocument doc, float w, float h, Rotation r) {
        PDPage page = new PDPage(r.quarter() ? new PDRectangle(h, w) : new PDRectangle(w, h));
        doc.addPage(page);
        return page;
    }

    /** Maps content drawn in [0,w]x[0,h] onto the page turned clockwise by {@code r}. */
    static Matrix turn(float w, float h, Rotation r) {
        return switch (r) {
            case R0 -> new Matrix(1, 0, 0, 1, 0, 0);
            case R90 -> new Matrix(0, -1, 1, 0, 0, w);
            case R180 -> new Matrix(-1, 0, 0, -1, w, h);
            case R270 -> new Matrix(0, 1, -1, 0, h, 0);
        };
    }

    /** The one source file currently in use, spooled to a temporary file; a PDF stays open across its pages. */
    private final class OpenSource implements AutoCloseable {
        private ContentRef ref;
        Path file;
        PDDocument pdf;
        private List<PDPage> pdfPages;

        void switchTo(ContentRef next, MediaKind kind) throws IOException {
            if (next.equals(ref)) {
                return;
            }
            close();
            file = Files.createTempFile("certcopy-assembly-", ".bin");
            try (InputStream in = source.open(next)) {
                Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            ref = next;
            if (kind == MediaKind.PDF) {
                pdf = PdfSource.open(file);
                pdfPages = PdfSource.pages(pdf, limits, limits.maxPagesPerOriginal());
            }
        }

        PDPage pdfPage(int index) {
            if (index < 0 || index >= pdfPages.size()) {
                throw IntakeError.PAGE_NOT_FOUND.exception(index + 1);
            }
            return pdfPages.get(index);
        }

        @Override
        public void close() throws IOException {
            if (pdf != null) {
                pdf.close();
                pdf = null;
                pdfPages = null;
            }
            if (file != null) {
                Files.deleteIfExists(file);
                file = null;
            }
            ref = null;
        }
    }
}
