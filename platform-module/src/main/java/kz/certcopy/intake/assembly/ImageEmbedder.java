package kz.certcopy.intake.assembly;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import kz.certcopy.intake.IntakeError;
import kz.certcopy.intake.MediaKind;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.color.PDICCBased;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Turns a scan page into a PDF image without losing anything: JPEG data goes in byte for byte (DCTDecode),
 * bilevel pages become CCITT G4, everything else Flate. Alpha is flattened onto white and 16-bit samples are
 * reduced to 8 bits, since a scan of paper has neither meaning. CMYK JPEGs keep their data and get an
 * ICC-based CMYK colour space (PDF/A forbids device CMYK next to an sRGB output intent).
 */
final class ImageEmbedder {

    /** CC0 CMYK profile shipped inside PDFBox (see its LICENSE). */
    private static final String CMYK_PROFILE = "/org/apache/pdfbox/resources/icc/CGATS001Compat-v2-micro.icc";

    private PDICCBased cmyk;

    PDImageXObject jpeg(PDDocument doc, InputStream in) throws IOException {
        byte[] data = in.readAllBytes();
        JpegHeader header = JpegHeader.parse(data);
        if (header != null && header.plainDct() && (header.components() == 1 || header.components() == 3)) {
            // gray and YCbCr/RGB: the bytes become the DCTDecode stream as they are, no decoder involved
            PDColorSpace cs = header.components() == 1 ? PDDeviceGray.INSTANCE : PDDeviceRGB.INSTANCE;
            return new PDImageXObject(doc, new ByteArrayInputStream(data), COSName.DCT_DECODE, header.width(),
                    header.height(), 8, cs);
        }
        // CMYK/YCCK (Adobe markers decide inversion) and anything unusual: PDFBox's own reading
        PDImageXObject image = JPEGFactory.createFromByteArray(doc, data);
        if (image.getColorSpace() instanceof PDDeviceCMYK) {
            image.setColorSpace(cmyk(doc));
        }
        return image;
    }

    PDImageXObject raster(PDDocument doc, Path file, MediaKind kind, int index) throws IOException {
        BufferedImage img;
        try (ImageInputStream iis = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByMIMEType(kind.mediaType()).next();
            try {
                reader.setInput(iis, false, true);
                img = reader.read(index);
            } finally {
                reader.dispose();
            }
        } catch (RuntimeException broken) {
            throw IntakeError.CORRUPT_FILE.exception(broken, kind.mediaType());
        }
        if (img.getColorModel().getPixelSize() == 1) {
            BufferedImage bilevel = img;
            if (img.getType() != BufferedImage.TYPE_BYTE_BINARY) {
                bilevel = redraw(img, BufferedImage.TYPE_BYTE_BINARY);
            }
            return CCITTFactory.createFromImage(doc, bilevel);
        }
        return LosslessFactory.createFromImage(doc, normalize(img));
    }

    /** 8-bit gray or RGB without alpha; other layouts are redrawn (alpha over white). */
    private static BufferedImage normalize(BufferedImage img) {
        boolean gray = img.getColorModel().getColorSpace().getType() == java.awt.color.ColorSpace.TYPE_GRAY;
        int type = img.getType();
        if (gray) {
            return type == BufferedImage.TYPE_BYTE_GRAY ? img : redraw(img, BufferedImage.TYPE_BYTE_GRAY);
        }
        if (type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_3BYTE_BGR) {
            return img;
        }
        return redraw(img, BufferedImage.TYPE_INT_RGB);
    }

    private static BufferedImage redraw(BufferedImage img, int type) {
        BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), type);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.drawImage(img, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private PDICCBased cmyk(PDDocument doc) throws IOException {
        if (cmyk == null) {
            try (InputStream icc = ImageEmbedder.class.getResourceAsStream(CMYK_PROFILE)) {
                if (icc == null) {
                    throw new IOException("CMYK profile missing from PDFBox");
                }
                COSStream stream = doc.getDocument().createCOSStream();
                try (var out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                    icc.transferTo(out);
                }
                stream.setInt(COSName.N, 4);
                stream.setItem(COSName.ALTERNATE, COSName.DEVICECMYK);
                COSArray array = new COSArray();
                array.add(COSName.ICCBASED);
                array.add(stream);
                cmyk = PDICCBased.create(array, null);
            }
        }
        return cmyk;
    }
}
