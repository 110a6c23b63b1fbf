package kz.certcopy.intake.mark;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.certcopy.common.PdfFonts;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The certification mark as an appended A4 sheet (not drawn over the last scanned page: it never hides part
 * of the original, has the same layout for any page size, and is always legible). Kazakh first, then
 * Russian; the QR code is drawn as vector squares so it stays sharp and adds no image.
 */
public final class CertificationSheet {

    public static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final float MARGIN = 56f;
    private static final float QR_SIZE = 130f;

    public void append(PDDocument doc, CertificationMark mark) throws IOException {
        PDFont regular = PdfFonts.regular(doc); // GSUB off: copy ids such as "…ff…" copy out without ligatures
        PDFont bold = PdfFonts.bold(doc);
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        String when = WHEN.format(mark.certifiedAt().atZone(ALMATY)) + " (Asia/Almaty, UTC+5)";
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            Writer w = new Writer(cs, PDRectangle.A4.getHeight() - MARGIN, width);
            w.line(bold, 14, "КУӘЛАНДЫРУ БЕЛГІСІ / ОТМЕТКА О ЗАСВИДЕТЕЛЬСТВОВАНИИ");
            w.gap(10);
            w.para(regular, 11, "Осы электрондық көшірме қағаз түпнұсқаға сәйкес келеді. Түпнұсқа халыққа қызмет "
                    + "көрсету орталығында ұсынылды; көшірме " + mark.originalPages() + " беттен тұрады.");
            w.gap(6);
            w.para(regular, 11, "Настоящая электронная копия соответствует бумажному оригиналу. Оригинал "
                    + "предъявлен в центре обслуживания населения; копия содержит " + mark.originalPages()
                    + " стр.");
            w.gap(14);
            w.field(bold, regular, "Орталық / Центр: ", mark.centerName());
            w.field(bold, regular, "Қызметкер / Работник: ", mark.clerkName());
            w.field(bold, regular, "Күні мен уақыты / Дата и время: ", when);
            w.field(bold, regular, "Көшірме ID / ID копии: ", mark.copyId());
            w.gap(10);
            w.para(regular, 9, "Көшірмеге қызметкердің ЭЦҚ-сы қойылған / Копия подписана ЭЦП работника.");
            w.para(regular, 9, "Тексеру / Проверка: " + mark.verificationUrl());
            w.gap(8);
            qr(cs, mark.verificationUrl(), MARGIN, w.y - QR_SIZE);
        }
    }

    private static void qr(PDPageContentStream cs, String url, float x, float y) throws IOException {
        BitMatrix m;
        try {
            m = new QRCodeWriter().encode(url, com.google.zxing.BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException tooLong) {
            throw new IllegalArgumentException("verification URL too long for a QR code", tooLong);
        }
        float cell = QR_SIZE / m.getWidth();
        cs.setNonStrokingColor(0f); // DeviceGray black: allowed in PDF/A with any output intent
        for (int row = 0; row < m.getHeight(); row++) {
            for (int col = 0; col < m.getWidth(); col++) {
                if (m.get(col, row)) {
                    cs.addRect(x + col * cell, y + (m.getHeight() - 1 - row) * cell, cell, cell);
                }
            }
        }
        cs.fill();
    }

    /** Top-down text layout with word wrapping. */
    private static final class Writer {
        private final PDPageContentStream cs;
        private final float width;
        float y;

        Writer(PDPageContentStream cs, float top, float width) {
            this.cs = cs;
            this.y = top;
            this.width = width;
        }

        void gap(float points) {
            y -= points;
        }

        void line(PDFont font, float size, String text) throws IOException {
            y -= size * 1.3f;
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(MARGIN, y);
            cs.showText(text);
            cs.endText();
        }

        void para(PDFont font, float size, String text) throws IOException {
            for (String l : wrap(font, size, text, width)) {
                line(font, size, l);
            }
        }

        void field(PDFont label, PDFont value, String name, String text) throws IOException {
            float size = 11;
            float labelWidth = label.getStringWidth(name) / 1000 * size;
            List<String> lines = wrap(value, size, text, width - labelWidth);
            y -= size * 1.3f;
            cs.beginText();
            cs.setFont(label, size);
            cs.newLineAtOffset(MARGIN, y);
            cs.showText(name);
            cs.setFont(value, size);
            cs.showText(lines.isEmpty() ? "" : lines.get(0));
            cs.endText();
            for (int i = 1; i < lines.size(); i++) {
                y -= size * 1.3f;
                cs.beginText();
                cs.setFont(value, size);
                cs.newLineAtOffset(MARGIN + labelWidth, y);
                cs.showText(lines.get(i));
                cs.endText();
            }
        }

        private static List<String> wrap(PDFont font, float size, String text, float max) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : text.split("\\s+")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size <= max || current.isEmpty()) {
                    current.setLength(0);
                    current.append(candidate);
                } else {
                    lines.add(current.toString());
                    current.setLength(0);
                    current.append(word);
                }
            }
            if (!current.isEmpty()) {
                lines.add(current.toString());
            }
            return lines;
        }
    }
}
