package kz.certcopy.intake;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Real corpus files from test resources, and synthetic inputs generated rather than committed. */
public final class Corpus {

    private Corpus() {
    }

    public static Path file(String relative) {
        URL url = Corpus.class.getResource("/corpus/" + relative);
        if (url == null) {
            throw new IllegalArgumentException("missing test resource corpus/" + relative);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static InputStream open(String relative) throws IOException {
        return java.nio.file.Files.newInputStream(file(relative));
    }

    /** A text-like A4 page at the given resolution as JPEG bytes with a JFIF density. */
    public static byte[] a4Jpeg(int dpi, int seed) throws IOException {
        int w = Math.round(8.27f * dpi);
        int h = Math.round(11.69f * dpi);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(250, 248, 240));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(20, 20, 60));
        g.setFont(g.getFont().deriveFont(dpi / 7f));
        java.util.Random random = new java.util.Random(seed);
        for (int y = dpi; y < h - dpi; y += dpi / 4) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < 60; i++) {
                line.append((char) ('а' + random.nextInt(32)));
                if (random.nextInt(6) == 0) {
                    line.append(' ');
                }
            }
            g.drawString(line.toString(), dpi * 3 / 4, y);
        }
        g.dispose();
        return jpeg(img, dpi, 0.85f);
    }

    public static byte[] jpeg(BufferedImage img, int dpi, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree("javax_imageio_jpeg_image_1.0");
        IIOMetadataNode jfif = (IIOMetadataNode) root.getElementsByTagName("app0JFIF").item(0);
        jfif.setAttribute("resUnits", "1");
        jfif.setAttribute("Xdensity", Integer.toString(dpi));
        jfif.setAttribute("Ydensity", Integer.toString(dpi));
        meta.setFromTree("javax_imageio_jpeg_image_1.0", root);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.write(null, new IIOImage(img, null, meta), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** A PNG whose header declares the given size, followed by a tiny (wrong) IDAT: a pixel-bomb header. */
    public static byte[] pngDeclaring(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(out);
        data.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(ihdr);
        h.writeInt(width);
        h.writeInt(height);
        h.write(new byte[] {8, 0, 0, 0, 0}); // 8-bit gray
        chunk(data, "IHDR", ihdr.toByteArray());
        chunk(data, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(data, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** A valid PNG that carries a PDF header in a text chunk inside its first kilobyte. */
    public static byte[] pngPdfPolyglot() throws IOException {
        byte[] png = png(new BufferedImage(20, 20, BufferedImage.TYPE_BYTE_GRAY));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, 33); // signature + IHDR
        chunk(new DataOutputStream(out), "tEXt",
                "Comment\0%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        out.write(png, 33, png.length - 33);
        return out.toByteArray();
    }

    public static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** Writes one PNG chunk (length, type, data, CRC). */
    public static void chunk(DataOutputStream out, String type, byte[] body) throws IOException {
        byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.writeInt(body.length);
        out.write(t);
        out.write(body);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(body);
        out.writeInt((int) crc.getValue());
    }

    /** A one-page PDF whose content stream inflates to {@code bytes} of blanks (a few kB on disk per MB). */
    public static byte[] flateBombPdf(long bytes) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            org.apache.pdfbox.cos.COSStream content = doc.getDocument().createCOSStream();
            try (java.io.OutputStream out = content.createOutputStream(org.apache.pdfbox.cos.COSName.FLATE_DECODE)) {
                byte[] blanks = new byte[1 << 20];
                Arrays.fill(blanks, (byte) ' ');
                for (long i = 0; i < bytes; i += blanks.length) {
                    out.write(blanks);
                }
            }
            page.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.CONTENTS, content);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A ZIP archive (what a ".pdf" from a careless export sometimes is). */
    public static byte[] zip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("scan.pdf"));
            zip.write("%PDF-1.4 not really".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** A multi-page bilevel TIFF with tiny pages. */
    public static byte[] tiff(int pages) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("tiff");
        ImageWriter writer = writers.next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.prepareWriteSequence(null);
            BufferedImage page = new BufferedImage(16, 16, BufferedImage.TYPE_BYTE_BINARY);
            for (int i = 0; i < pages; i++) {
                writer.writeToSequence(new IIOImage(page, null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
