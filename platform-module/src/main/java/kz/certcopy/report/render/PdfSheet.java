package kz.certcopy.report.render;

import kz.certcopy.common.PdfFonts;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A plain printable report page by page: a heading, label/value lines and ruled tables that continue on new pages,
 * in DejaVu Sans (Kazakh Cyrillic), with "page n of m" at the bottom. Text wider than its cell is cut with an
 * ellipsis: report cells hold numbers, dates, codes and short labels.
 */
final class PdfSheet implements Closeable {

    private static final float MARGIN = 50f;
    private static final float SIZE = 9.5f;
    private static final float LEADING = 14f;

    private final PDDocument document = new PDDocument();
    private final PDFont regular;
    private final PDFont bold;
    private PDPageContentStream content;
    private float y;

    PdfSheet() throws IOException {
        regular = PdfFonts.regular(document);
        bold = PdfFonts.bold(document);
        newPage();
    }

    float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    void heading(String text) throws IOException {
        ensure(LEADING * 2);
        text(text, bold, 14f, MARGIN, y - 14f);
        y -= 26f;
    }

    void subheading(String text) throws IOException {
        ensure(LEADING * 3);
        y -= 6f;
        text(text, bold, 11f, MARGIN, y - 11f);
        y -= 18f;
    }

    void line(String label, String value) throws IOException {
        ensure(LEADING);
        text(fit(label, regular, width() * 0.68f), regular, SIZE, MARGIN, y - SIZE);
        text(fit(value, bold, width() * 0.3f), bold, SIZE, MARGIN + width() * 0.7f, y - SIZE);
        y -= LEADING;
    }

    /** A ruled table; {@code shares} are relative column widths. The header repeats on each new page. */
    void table(List<String> header, float[] shares, List<List<String>> rows) throws IOException {
        float sum = 0;
        for (float s : shares) {
            sum += s;
        }
        float[] widths = new float[shares.length];
        for (int i = 0; i < shares.length; i++) {
            widths[i] = width() * shares[i] / sum;
        }
        ensure(LEADING * 3);
        row(header, widths, bold);
        for (List<String> r : rows) {
            if (y - LEADING - 4 < MARGIN + 20) {
                newPage();
                row(header, widths, bold);
            }
            row(r, widths, regular);
        }
        y -= 6f;
    }

    private void row(List<String> cells, float[] widths, PDFont font) throws IOException {
        float x = MARGIN;
        float h = LEADING + 4;
        for (int i = 0; i < widths.length; i++) {
            content.setLineWidth(0.5f);
            content.addRect(x, y - h, widths[i], h);
            content.stroke();
            text(fit(cells.get(i), font, widths[i] - 6), font, SIZE, x + 3, y - h + 5);
            x += widths[i];
        }
        y -= h;
    }

    /** Writes page numbers and returns the PDF. */
    byte[] finish(PageLabel label) throws IOException {
        content.close();
        content = null;
        int total = document.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream s = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String text = label.of(i + 1, total);
                s.beginText();
                s.setFont(regular, 7.5f);
                s.newLineAtOffset(PDRectangle.A4.getWidth() - MARGIN - width(text, regular, 7.5f), MARGIN / 2);
                s.showText(text);
                s.endText();
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    @FunctionalInterface
    interface PageLabel {
        String of(int page, int total);
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
        }
        document.close();
    }

    private void ensure(float height) throws IOException {
        if (y - height < MARGIN + 20) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void text(String text, PDFont font, float size, float x, float baseline) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(text);
        content.endText();
    }

    private String fit(String text, PDFont font, float max) throws IOException {
        String s = drawable(text == null ? "" : text, font);
        if (width(s, font, SIZE) <= max) {
            return s;
        }
        while (!s.isEmpty() && width(s + "…", font, SIZE) > max) {
            s = s.substring(0, s.length() - 1);
        }
        return s + "…";
    }

    private static float width(String s, PDFont font, float size) throws IOException {
        return font.getStringWidth(s) / 1000f * size;
    }

    /** Control characters become spaces, characters without a glyph '?'. */
    private static String drawable(String text, PDFont font) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            if (Character.isISOControl(cp)) {
                out.append(' ');
                return;
            }
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

}
