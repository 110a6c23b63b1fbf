package kz.certcopy.forms;

import kz.certcopy.common.PdfFonts;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Lays text out top-down on A4 pages: wraps words (and words longer than a line, character by character), breaks
 * pages when the cursor reaches the bottom margin and calls a page-header hook (a table re-draws its header),
 * then numbers the pages and writes a PDF/A-2b file. One instance makes one document.
 */
final class PdfComposer implements Closeable {

    enum Align { LEFT, CENTER, RIGHT }

    /** Drawn at the top of each page that follows a page break. */
    @FunctionalInterface
    interface PageHeader {
        void draw() throws IOException;
    }

    static final float MARGIN_LEFT = 70f;   // ~25 mm, room for binding as on printed forms
    static final float MARGIN_RIGHT = 42f;  // ~15 mm
    static final float MARGIN_TOP = 48f;
    static final float MARGIN_BOTTOM = 56f; // the footer lives below this line

    private final PDDocument document = new PDDocument();
    private final PDFont regular;
    private final PDFont bold;
    private final Map<PDFont, Map<Integer, Boolean>> glyphCache = new HashMap<>();
    private PDPageContentStream content;
    private float y;
    private PageHeader pageHeader = () -> { };

    PdfComposer() throws IOException {
        regular = PdfFonts.regular(document);
        bold = PdfFonts.bold(document);
        newPage();
    }

    Style regular(float size) {
        return new Style(regular, size);
    }

    Style bold(float size) {
        return new Style(bold, size);
    }

    float left() {
        return MARGIN_LEFT;
    }

    float right() {
        return PDRectangle.A4.getWidth() - MARGIN_RIGHT;
    }

    float width() {
        return right() - left();
    }

    float y() {
        return y;
    }

    float bottom() {
        return MARGIN_BOTTOM;
    }

    PDPageContentStream content() {
        return content;
    }

    int pageCount() {
        return document.getNumberOfPages();
    }

    /** Moves the cursor down (never across a page break: the next {@link #ensure} handles that). */
    void gap(float points) {
        y = Math.max(MARGIN_BOTTOM, y - points);
    }

    /** Starts a new page unless {@code height} points still fit above the bottom margin. */
    void ensure(float height) throws IOException {
        if (y - height < MARGIN_BOTTOM) {
            newPage();
        }
    }

    void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN_TOP;
        pageHeader.draw();
    }

    /** What to draw at the top of every following page (e.g. a repeated table header); null for nothing. */
    void onNewPage(PageHeader header) {
        pageHeader = header == null ? () -> { } : header;
    }

    float textWidth(String text, Style style) throws IOException {
        return style.font().getStringWidth(printable(text, style.font())) / 1000f * style.size();
    }

    /**
     * Wraps {@code text} into lines of at most {@code width} points. Explicit newlines start new lines; a word
     * wider than the line (a long Kazakh compound, an IIN run, a URL, a hash) is split between characters.
     */
    List<String> wrap(String text, Style style, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : printableLines(text, style.font())) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (textWidth(candidate, style) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (textWidth(rest, style) > width) {
                    int cut = longestPrefixThatFits(rest, style, width);
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Sums glyph widths one character at a time (linear even for a hostile 4,000-character token). */
    private int longestPrefixThatFits(String word, Style style, float width) throws IOException {
        int cut = word.offsetByCodePoints(0, 1); // at least one character per line, however narrow
        float used = textWidth(word.substring(0, cut), style);
        while (cut < word.length()) {
            int next = word.offsetByCodePoints(cut, 1);
            used += textWidth(word.substring(cut, next), style);
            if (used > width) {
                break;
            }
            cut = next;
        }
        return cut;
    }

    /** Draws one line of text with its baseline at {@code baseline}. */
    void text(String text, Style style, float x, float baseline) throws IOException {
        content.beginText();
        content.setFont(style.font(), style.size());
        content.newLineAtOffset(x, baseline);
        content.showText(printable(text, style.font()));
        content.endText();
    }

    /** Draws already wrapped lines downwards from the top {@code top}; returns the y below the last line. */
    float lines(List<String> lines, Style style, float x, float width, float top, Align align) throws IOException {
        float line = top;
        for (String text : lines) {
            line -= style.leading();
            text(text, style, alignedX(text, style, x, width, align), line + style.size() * 0.25f);
        }
        return line;
    }

    /** A paragraph that flows with the cursor, breaking pages between its lines. */
    void paragraph(String text, Style style, float x, float width, Align align) throws IOException {
        for (String line : wrap(text, style, width)) {
            ensure(style.leading());
            y = lines(List.of(line), style, x, width, y, align);
        }
    }

    void paragraph(String text, Style style) throws IOException {
        paragraph(text, style, left(), width(), Align.LEFT);
    }

    private float alignedX(String text, Style style, float x, float width, Align align) throws IOException {
        return switch (align) {
            case LEFT -> x;
            case CENTER -> x + (width - textWidth(text, style)) / 2f;
            case RIGHT -> x + width - textWidth(text, style);
        };
    }

    /**
     * A filled-in blank of the form: the value on an underline, with the form's caption in small print below
     * (as the annexes print «(адрес заявителя)» under the line). Flows with the cursor.
     */
    void blank(String value, String caption, float x, float width) throws IOException {
        Style valueStyle = regular(10.5f);
        for (String line : wrap(value, valueStyle, width)) {
            ensure(valueStyle.leading() + 2);
            y = lines(List.of(line), valueStyle, x, width, y, Align.LEFT);
            rule(x, x + width, y);
        }
        if (caption != null) {
            Style captionStyle = regular(7.5f);
            for (String line : wrap(caption, captionStyle, width)) {
                ensure(captionStyle.leading());
                y = lines(List.of(line), captionStyle, x, width, y, Align.CENTER);
            }
        }
        gap(3);
    }

    /** A thin horizontal line (the blank of a form). */
    void rule(float x1, float x2, float atY) throws IOException {
        content.setLineWidth(0.5f);
        content.moveTo(x1, atY);
        content.lineTo(x2, atY);
        content.stroke();
    }

    void box(float x, float top, float width, float height, float lineWidth) throws IOException {
        content.setLineWidth(lineWidth);
        content.addRect(x, top - height, width, height);
        content.stroke();
    }

    void fill(float x, float top, float width, float height, float gray) throws IOException {
        content.setNonStrokingColor(gray, gray, gray);
        content.addRect(x, top - height, width, height);
        content.fill();
        content.setNonStrokingColor(0f, 0f, 0f);
    }

    void moveTo(float newY) {
        y = newY;
    }

    /**
     * Ends the document: a footer on every page ({@code footerLeft} and "page n of m"), PDF/A-2b metadata, and
     * the bytes to {@code out}. The stream is not closed.
     */
    void finish(OutputStream out, String title, FormLanguage language, Instant created, String footerLeft,
            IntFunction<String> pageOfTotal) throws IOException {
        content.close();
        content = null;
        Style footer = regular(7.5f);
        int total = document.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream stream = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                content = stream;
                float baseline = MARGIN_BOTTOM - 24;
                content.setStrokingColor(0.6f, 0.6f, 0.6f);
                rule(left(), right(), baseline + 10);
                content.setStrokingColor(0f, 0f, 0f);
                if (footerLeft != null) {
                    text(footerLeft, footer, left(), baseline);
                }
                String page = pageOfTotal.apply(i + 1);
                text(page, footer, right() - textWidth(page, footer), baseline);
            }
        }
        content = null;
        PdfA.apply(document, title, language, created);
        document.save(out);
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
        }
        document.close();
    }

    private List<String> printableLines(String text, PDFont font) {
        return List.of(printable(text.replace("\r\n", "\n").replace('\r', '\n'), font, true).split("\n", -1));
    }

    private String printable(String text, PDFont font) {
        return printable(text, font, false);
    }

    /** Tabs and control characters become spaces; a character the font cannot draw becomes '?'. */
    private String printable(String text, PDFont font, boolean keepNewlines) {
        Map<Integer, Boolean> known = glyphCache.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n' && keepNewlines) {
                out.append('\n');
            } else if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (known.computeIfAbsent(cp, c -> canDraw(font, c))) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static boolean canDraw(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
