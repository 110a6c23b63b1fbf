package kz.certcopy.intake.analysis;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import kz.certcopy.intake.IntakeError;
import kz.certcopy.intake.IntakeLimits;
import kz.certcopy.intake.MediaKind;
import kz.certcopy.intake.PageInfo;
import kz.certcopy.intake.QualityHint;
import kz.certcopy.intake.hints.QualityInspector;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Pages of a JPEG, PNG or (multi-page) TIFF. Dimensions and resolution come from the headers; the pixel limit
 * is checked before any pixel is decoded, and the hints are computed on a subsampled decode.
 */
public final class RasterAnalyzer {

    /** Resolution assumed when the file states none (typical office scanner setting). */
    public static final float DEFAULT_DPI = 300f;
    private static final float MIN_PAGE_PT = 3f;
    private static final float MAX_PAGE_PT = 14_400f;

    public List<PageInfo> analyse(Path file, MediaKind kind, IntakeLimits limits, int pagesAllowed, boolean luminance)
            throws IOException {
        try (ImageInputStream iis = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = readerFor(kind, iis);
            try {
                // PNG metadata would inflate every compressed text chunk: ignore it, read pHYs ourselves
                reader.setInput(iis, false, kind == MediaKind.PNG);
                float pngDpi = kind == MediaKind.PNG ? PngPhys.dpi(file) : 0;
                List<PageInfo> pages = new ArrayList<>();
                // JPEG and PNG hold one image; probing for a second would scan the whole entropy-coded file
                int probeLimit = kind == MediaKind.TIFF ? Integer.MAX_VALUE : 1;
                for (int i = 0; i < probeLimit && hasImage(reader, i); i++) {
                    if (i >= pagesAllowed) {
                        throw IntakeError.TOO_MANY_PAGES.exception(limits.maxPagesPerOriginal());
                    }
                    pages.add(page(reader, i, limits, luminance, pngDpi));
                }
                if (pages.isEmpty()) {
                    throw IntakeError.CORRUPT_FILE.exception(kind.mediaType());
                }
                return pages;
            } catch (IIOException | IllegalArgumentException | IllegalStateException
                     | ArrayIndexOutOfBoundsException | NegativeArraySizeException broken) {
                throw IntakeError.CORRUPT_FILE.exception(broken, kind.mediaType());
            } finally {
                reader.dispose();
            }
        }
    }

    static ImageReader readerFor(MediaKind kind, ImageInputStream iis) {
        if (iis == null) {
            throw IntakeError.CORRUPT_FILE.exception(kind.mediaType());
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(kind.mediaType());
        if (!readers.hasNext()) {
            throw IntakeError.UNSUPPORTED_TYPE.exception(kind.mediaType());
        }
        return readers.next();
    }

    private static boolean hasImage(ImageReader reader, int index) throws IOException {
        try {
            reader.getWidth(index);
            return true;
        } catch (IndexOutOfBoundsException end) {
            return false;
        }
    }

    private static PageInfo page(ImageReader reader, int index, IntakeLimits limits, boolean luminance,
                                 float pngDpi) throws IOException {
        int w = reader.getWidth(index);
        int h = reader.getHeight(index);
        if (w <= 0 || h <= 0) {
            throw IntakeError.CORRUPT_FILE.exception("image");
        }
        if ((long) w * h > limits.maxPixelsPerPage()) {
            throw IntakeError.IMAGE_TOO_LARGE.exception(w, h, limits.maxPixelsPerPage());
        }
        float stated = pngDpi > 0 ? plausible(pngDpi) : dpi(reader, index);
        boolean assumed = stated <= 0;
        float dpi = assumed ? DEFAULT_DPI : stated;
        float widthPt = w / dpi * 72f;
        float heightPt = h / dpi * 72f;
        // PDF/A pages measure 3..14400 units per side: a stamp-sized or a banner-sized image is scaled to fit
        float fit = Math.max(1f, MIN_PAGE_PT / Math.min(widthPt, heightPt));
        fit = Math.min(fit, MAX_PAGE_PT / Math.max(widthPt, heightPt));
        widthPt *= fit;
        heightPt *= fit;
        List<QualityHint> hints = new ArrayList<>(QualityInspector.geometry(dpi, assumed, widthPt, heightPt));
        BufferedImage sample = luminance ? sample(reader, index, w, h) : null;
        if (sample != null) {
            hints.addAll(QualityInspector.luminance(sample));
        }
        return new PageInfo(index, w, h, dpi, widthPt, heightPt, false, hints);
    }

    /** Decodes every n-th pixel only; null when the decoder cannot produce pixels (e.g. CMYK JPEG in ImageIO). */
    private static BufferedImage sample(ImageReader reader, int index, int w, int h) throws IOException {
        ImageReadParam param = reader.getDefaultReadParam();
        int step = QualityInspector.step(w, h);
        param.setSourceSubsampling(step, step, 0, 0);
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(String.valueOf(warning)));
        try {
            BufferedImage sample = reader.read(index, param);
            // the JDK decoders return a partly grey image for a truncated file, with only a warning
            if (warnings.stream().anyMatch(m -> m.contains("Premature end") || m.contains("Corrupt"))) {
                throw IntakeError.CORRUPT_FILE.exception("image");
            }
            return sample;
        } catch (IIOException undecodable) {
            if (undecodable.getMessage() != null && undecodable.getMessage().contains("Unsupported Image Type")) {
                return null;
            }
            throw undecodable;
        }
    }

    /** JFIF "aspect ratio only" and broken tags give 1 or absurd values: treat them as unknown (0). */
    private static float plausible(float dpi) {
        return dpi >= 50 && dpi <= 4800 && Float.isFinite(dpi) ? Math.round(dpi * 10) / 10f : 0;
    }

    /** Horizontal resolution in dots per inch from the standard metadata tree, or 0 when absent or absurd. */
    static float dpi(ImageReader reader, int index) {
        try {
            IIOMetadata meta = reader.getImageMetadata(index);
            if (meta == null || !meta.isStandardMetadataFormatSupported()) {
                return 0;
            }
            Element root = (Element) meta.getAsTree("javax_imageio_1.0");
            NodeList sizes = root.getElementsByTagName("HorizontalPixelSize");
            if (sizes.getLength() == 0) {
                return 0;
            }
            float mmPerPixel = Float.parseFloat(((Element) sizes.item(0)).getAttribute("value"));
            float dpi = 25.4f / mmPerPixel;
            return plausible(dpi);
        } catch (IOException | RuntimeException unreadable) {
            return 0;
        }
    }
}
