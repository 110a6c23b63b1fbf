package kz.certcopy.forms;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A ruled table that flows over pages: its header row is repeated at the top of every page it continues on,
 * and a row taller than the space left is split between pages line by line (a long list of reasons never
 * runs off the page).
 */
final class Table {

    private static final float PADDING = 3.5f;

    private final PdfComposer pdf;
    private final float[] widths;
    private final Style headerStyle;
    private final Style bodyStyle;
    private List<List<String>> header;

    Table(PdfComposer pdf, float[] widths, Style headerStyle, Style bodyStyle) {
        this.pdf = pdf;
        this.widths = widths.clone();
        this.headerStyle = headerStyle;
        this.bodyStyle = bodyStyle;
    }

    /** Column widths in points scaled to fill the page width; {@code shares} are relative. */
    static float[] columns(PdfComposer pdf, float... shares) {
        float sum = 0;
        for (float share : shares) {
            sum += share;
        }
        float[] widths = new float[shares.length];
        for (int i = 0; i < shares.length; i++) {
            widths[i] = pdf.width() * shares[i] / sum;
        }
        return widths;
    }

    /** Draws the header now and on every page the table continues on. */
    void header(String... cells) throws IOException {
        header = wrapCells(cells, headerStyle);
        pdf.ensure(height(header, headerStyle) + bodyStyle.leading() * 2 + PADDING * 2);
        drawHeader();
        pdf.onNewPage(this::drawHeader);
    }

    void row(String... cells) throws IOException {
        List<List<String>> remaining = wrapCells(cells, bodyStyle);
        while (true) {
            int lines = maxLines(remaining);
            int fit = (int) Math.floor((pdf.y() - pdf.bottom() - PADDING * 2) / bodyStyle.leading());
            if (fit >= lines) {
                drawRow(remaining, lines, bodyStyle, false);
                return;
            }
            // Split only a row that cannot fit on a fresh page either, or when a good part of it fits here.
            if (fit >= 3 && (fit >= lines / 2 || !fitsOnFreshPage(lines))) {
                drawRow(remaining, fit, bodyStyle, false);
                remaining = dropLines(remaining, fit);
            }
            pdf.newPage();
        }
    }

    /** Stops repeating the header on later pages. */
    void end() {
        pdf.onNewPage(null);
        pdf.gap(6);
    }

    private boolean fitsOnFreshPage(int lines) {
        float page = 842f - PdfComposer.MARGIN_TOP - PdfComposer.MARGIN_BOTTOM - height(header, headerStyle);
        return lines * bodyStyle.leading() + PADDING * 2 <= page;
    }

    private void drawHeader() throws IOException {
        float top = pdf.y();
        float rowHeight = height(header, headerStyle);
        float x = pdf.left();
        for (float width : widths) {
            pdf.fill(x, top, width, rowHeight, 0.9f);
            x += width;
        }
        drawRow(header, maxLines(header), headerStyle, true);
    }

    private void drawRow(List<List<String>> cells, int lineCount, Style style, boolean centered) throws IOException {
        float top = pdf.y();
        float rowHeight = lineCount * style.leading() + PADDING * 2;
        float x = pdf.left();
        for (int i = 0; i < widths.length; i++) {
            List<String> cell = cells.get(i);
            List<String> shown = cell.subList(0, Math.min(lineCount, cell.size()));
            pdf.lines(shown, style, x + PADDING, widths[i] - PADDING * 2, top - PADDING,
                    centered ? PdfComposer.Align.CENTER : PdfComposer.Align.LEFT);
            pdf.box(x, top, widths[i], rowHeight, 0.6f);
            x += widths[i];
        }
        pdf.moveTo(top - rowHeight);
    }

    private List<List<String>> wrapCells(String[] cells, Style style) throws IOException {
        if (cells.length != widths.length) {
            throw new IllegalArgumentException("expected " + widths.length + " cells, got " + cells.length);
        }
        List<List<String>> wrapped = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            wrapped.add(pdf.wrap(cells[i] == null ? "" : cells[i], style, widths[i] - PADDING * 2));
        }
        return wrapped;
    }

    private static List<List<String>> dropLines(List<List<String>> cells, int count) {
        List<List<String>> rest = new ArrayList<>();
        for (List<String> cell : cells) {
            rest.add(cell.size() <= count ? List.of() : cell.subList(count, cell.size()));
        }
        return rest;
    }

    private static int maxLines(List<List<String>> cells) {
        int max = 1;
        for (List<String> cell : cells) {
            max = Math.max(max, cell.size());
        }
        return max;
    }

    private static float height(List<List<String>> cells, Style style) {
        return maxLines(cells) * style.leading() + PADDING * 2;
    }
}
