package kz.certcopy.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The DejaVu fonts shipped in {@code fonts/} (they cover Kazakh Cyrillic: ә ғ қ ң ө ұ ү һ і). Read once per JVM;
 * every PDF embeds only the glyphs it uses (subset), as PDF/A requires embedding. Used by every PDF CertCopy
 * writes (forms, the certification sheet, reports), so copied text reads the same everywhere.
 */
public final class PdfFonts {

    private static final byte[] REGULAR = read("/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = read("/fonts/DejaVuSans-Bold.ttf");

    private PdfFonts() {
    }

    public static PDFont regular(PDDocument document) throws IOException {
        return load(document, REGULAR);
    }

    public static PDFont bold(PDDocument document) throws IOException {
        return load(document, BOLD);
    }

    /**
     * Loads a font with glyph substitution (GSUB) off: PDFBox would otherwise set "fi" as the ligature glyph
     * U+FB01, and a reader copying "-CAfile" or "verification" from the PDF would get a different string.
     */
    private static PDFont load(PDDocument document, byte[] bytes) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        font.setEnableGsub(false);
        document.registerTrueTypeFontForClosing(font);
        return PDType0Font.load(document, font, true);
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
