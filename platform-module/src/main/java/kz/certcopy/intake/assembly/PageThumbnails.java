package kz.certcopy.intake.assembly;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Small PNG previews for the page list, made from the page exactly as the copy will carry it (same
 * embedding, same rotation): the page is assembled alone and rendered. JBIG2 and JPEG 2000 images have no
 * decoder in PDFBox and show as white.
 */
public final class PageThumbnails {

    private final CopyAssembler assembler;

    public PageThumbnails(CopyAssembler assembler) {
        this.assembler = assembler;
    }

    /** @param maxSide longest side of the thumbnail in pixels */
    public byte[] png(AssemblyPage page, int maxSide) throws IOException {
        if (maxSide < 16 || maxSide > 2000) {
            throw new IllegalArgumentException("thumbnail size out of range");
        }
        Path single = Files.createTempFile("certcopy-thumb-", ".pdf");
        try {
            try (OutputStream out = Files.newOutputStream(single)) {
                assembler.assemble(List.of(page), new CopyMetadata("preview", "", "preview"), null, out);
            }
            try (PDDocument doc = Loader.loadPDF(single.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
                PDRectangle box = doc.getPage(0).getMediaBox();
                float dpi = maxSide * 72f / Math.max(box.getWidth(), box.getHeight());
                BufferedImage img = new PDFRenderer(doc).renderImageWithDPI(0, dpi, ImageType.RGB);
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(img, "png", png);
                return png.toByteArray();
            }
        } finally {
            Files.deleteIfExists(single);
        }
    }
}
