package kz.certcopy.intake.assembly;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import kz.certcopy.intake.MediaKind;
import kz.certcopy.intake.analysis.PdfImageCodecs;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;

/**
 * Small PNG previews for the page list, with the clerk's rotation. A scanned image (JPEG, PNG, TIFF) is decoded
 * subsampled — only every n-th pixel of every n-th row, n chosen from the size in the header — so a 75 MP page
 * needs a few hundred kilobytes, not 300 MB. Other pages (PDF, and images Java cannot decode, e.g. CMYK JPEG) are
 * assembled alone as in the copy and rendered at the thumbnail's resolution with PDFBox's image subsampling.
 * Scans are immutable, so thumbnails are kept in a small in-memory cache keyed by content, page and rotation.
 * JBIG2 images are decoded by the jbig2-imageio plugin. An image PDFBox has no decoder for (JPEG 2000) is drawn
 * as a grey box with a cross where it stands, never as white, and its page carries the hint
 * {@code IMAGE_NOT_PREVIEWED}.
 */
public final class PageThumbnails {

    private static final int CACHED = 512;

    private final CopyAssembler assembler;
    private final ContentSource source;
    private final Map<String, byte[]> cache = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > CACHED;
        }
    });

    public PageThumbnails(CopyAssembler assembler, ContentSource source) {
        this.assembler = assembler;
        this.source = source;
    }

    /** A stable name of the thumbnail's content (for an HTTP ETag): same content, page, rotation, size. */
    public static String key(AssemblyPage page, int maxSide) {
        return page.content().sha256() + "-" + page.info().index() + "-" + page.rotation().degrees() + "-" + maxSide;
    }

    /** @param maxSide longest side of the thumbnail in pixels */
    public byte[] png(AssemblyPage page, int maxSide) throws IOException {
        if (maxSide < 16 || maxSide > 2000) {
            throw new IllegalArgumentException("thumbnail size out of range");
        }
        String key = key(page, maxSide);
        byte[] cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        BufferedImage upright = page.kind() == MediaKind.PDF ? null : decodeSubsampled(page, maxSide);
        BufferedImage img = upright != null ? turned(scaled(upright, maxSide), page.rotation())
                : rendered(page, maxSide);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(img, "png", png);
        byte[] bytes = png.toByteArray();
        cache.put(key, bytes);
        return bytes;
    }

    /** The image page read at about {@code maxSide}, or null when Java has no reader for it (then: render). */
    private BufferedImage decodeSubsampled(AssemblyPage page, int maxSide) throws IOException {
        try (InputStream in = source.open(page.content());
             ImageInputStream iis = ImageIO.createImageInputStream(in)) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(page.kind().mediaType());
            if (iis == null || !readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(iis, false, true);
                int index = page.info().index();
                int side = Math.max(reader.getWidth(index), reader.getHeight(index));
                int step = Math.max(1, side / maxSide);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(index, param);
            } catch (javax.imageio.IIOException | IllegalArgumentException unsupported) {
                return null; // e.g. CMYK JPEG: PDFBox decodes it when rendering the assembled page
            } finally {
                reader.dispose();
            }
        }
    }

    private static BufferedImage scaled(BufferedImage img, int maxSide) {
        double f = Math.min(1.0, (double) maxSide / Math.max(img.getWidth(), img.getHeight()));
        int w = Math.max(1, (int) Math.round(img.getWidth() * f));
        int h = Math.max(1, (int) Math.round(img.getHeight() * f));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(img, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Turned clockwise as {@link Rotation} says, like the copy's page. */
    private static BufferedImage turned(BufferedImage img, Rotation rotation) {
        int deg = rotation.degrees();
        if (deg == 0) {
            return img;
        }
        boolean quarter = deg == 90 || deg == 270;
        int w = quarter ? img.getHeight() : img.getWidth();
        int h = quarter ? img.getWidth() : img.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        AffineTransform t = new AffineTransform();
        t.translate(w / 2.0, h / 2.0);
        t.rotate(Math.toRadians(deg));
        t.translate(-img.getWidth() / 2.0, -img.getHeight() / 2.0);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(img, t, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private BufferedImage rendered(AssemblyPage page, int maxSide) throws IOException {
        Path single = Files.createTempFile("certcopy-thumb-", ".pdf");
        try {
            try (OutputStream out = Files.newOutputStream(single)) {
                assembler.assemble(List.of(page), new CopyMetadata("preview", "", "preview"), null, out);
            }
            try (PDDocument doc = Loader.loadPDF(single.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
                PDRectangle box = doc.getPage(0).getMediaBox();
                float dpi = maxSide * 72f / Math.max(box.getWidth(), box.getHeight());
                PDFRenderer renderer = new PlaceholderRenderer(doc);
                // large images are read at about the target resolution; not JBIG2: PDFBox 3.0.8 reads a
                // subsampled JBIG2 image a row short and draws a black line under it (bilevel: cheap to read whole)
                renderer.setSubsamplingAllowed(!PdfImageCodecs.holdsJbig2(doc));
                return renderer.renderImageWithDPI(0, dpi, ImageType.RGB);
            }
        } finally {
            Files.deleteIfExists(single);
        }
    }

    /** Draws a grey crossed box in place of an image that cannot be decoded here (PDFBox would leave it white). */
    private static final class PlaceholderRenderer extends PDFRenderer {

        PlaceholderRenderer(PDDocument doc) {
            super(doc);
        }

        @Override
        protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
            return new PageDrawer(parameters) {
                @Override
                public void drawImage(PDImage image) throws IOException {
                    if (image instanceof PDImageXObject x && PdfImageCodecs.undecodable(
                            String.valueOf(x.getCOSObject().getDictionaryObject(COSName.FILTER))) != null) {
                        AffineTransform at = getGraphicsState().getCurrentTransformationMatrix().createAffineTransform();
                        Graphics2D g = getGraphics();
                        g.setColor(new Color(0xB0B0B0));
                        g.fill(at.createTransformedShape(new Rectangle2D.Double(0, 0, 1, 1)));
                        g.setColor(new Color(0x505050));
                        g.draw(at.createTransformedShape(new Line2D.Double(0, 0, 1, 1)));
                        g.draw(at.createTransformedShape(new Line2D.Double(0, 1, 1, 0)));
                        return;
                    }
                    super.drawImage(image);
                }
            };
        }
    }
}
