package kz.certcopy.intake.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.ServiceLoader;
import javax.imageio.ImageIO;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

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

    /** Whether any image stream of the document is JBIG2-encoded. */
    public static boolean holdsJbig2(PDDocument doc) throws IOException {
        COSDocument cos = doc.getDocument();
        for (COSObjectKey key : new ArrayList<>(cos.getXrefTable().keySet())) {
            COSObject obj = cos.getObjectFromPool(key);
            if (obj != null && obj.getObject() instanceof COSStream stream
                    && COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))
                    && String.valueOf(stream.getDictionaryObject(COSName.FILTER)).contains("JBIG2")) {
                return true;
            }
        }
        return false;
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
