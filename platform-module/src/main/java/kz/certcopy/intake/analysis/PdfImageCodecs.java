package kz.certcopy.intake.analysis;

import java.util.ServiceLoader;
import javax.imageio.ImageIO;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;

/**
 * Which of the PDF image codecs that PDFBox hands to an ImageIO plugin can be decoded here: JBIG2 through Apache
 * PDFBox's jbig2-imageio (a dependency of this module), JPEG 2000 only if a JPEG 2000 reader is on the class path
 * (none is). An image that cannot be decoded is drawn white by PDFBox, so such a page gets the hint
 * {@code IMAGE_NOT_PREVIEWED} and a placeholder in its thumbnail — never a silently wrong picture.
 */
public final class PdfImageCodecs {

    private static final boolean JBIG2;
    private static final boolean JPX;

    static {
        // ImageIO scans the context class loader of the thread that first uses it; in the Spring Boot jar that
        // may not be the one holding the plugin, so register the readers visible to this module's loader too
        IIORegistry registry = IIORegistry.getDefaultInstance();
        for (ImageReaderSpi spi : ServiceLoader.load(ImageReaderSpi.class, PdfImageCodecs.class.getClassLoader())) {
            if (registry.getServiceProviderByClass(spi.getClass()) == null) {
                registry.registerServiceProvider(spi, ImageReaderSpi.class);
            }
        }
        JBIG2 = ImageIO.getImageReadersByFormatName("JBIG2").hasNext();
        JPX = ImageIO.getImageReadersByFormatName("JPEG2000").hasNext();
    }

    private PdfImageCodecs() {
    }

    /** The codec among an image's filters ({@code /Filter}, as written) that cannot be decoded here, or null. */
    public static String undecodable(String filters) {
        if (filters == null) {
            return null;
        }
        if (filters.contains("JBIG2") && !JBIG2) {
            return "JBIG2";
        }
        if (filters.contains("JPX") && !JPX) {
            return "JPEG 2000";
        }
        return null;
    }
}
