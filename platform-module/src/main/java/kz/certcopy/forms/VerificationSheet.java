package kz.certcopy.forms;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The one-page sheet that goes into the hand-over package (rule 7.3): what the files are, how to verify them
 * (the public verification URL as a QR code, the SHA-256 of the PDF, short openssl/pdfsig commands), and the
 * copy's id, who certified it, when and until when it is kept — in Kazakh, Russian and English.
 */
public final class VerificationSheet {

    static final List<FormLanguage> LANGUAGES = List.of(FormLanguage.KK, FormLanguage.RU, FormLanguage.EN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final float QR_SIZE = 128f;

    private final Clock clock;

    public VerificationSheet(Clock clock) {
        this.clock = clock;
    }

    /** Writes the one-page PDF/A-2b sheet to {@code out} (not closed). */
    public void render(VerificationSheetData data, OutputStream out) {
        List<FormTexts> texts = LANGUAGES.stream().map(FormTexts::of).toList();
        FormRenderer.compose(pdf -> {
            titles(pdf, texts);
            pdf.gap(10);
            float factsTop = pdf.y();
            float factsWidth = pdf.width() - QR_SIZE - 16f;
            facts(pdf, texts, data, factsWidth);
            float afterFacts = pdf.y();
            float qrX = pdf.right() - QR_SIZE;
            QrCode.draw(pdf, data.copy().verificationUrl(), qrX, factsTop, QR_SIZE);
            pdf.moveTo(factsTop - QR_SIZE);
            pdf.paragraph(data.copy().verificationUrl(), pdf.regular(7f), qrX, QR_SIZE, PdfComposer.Align.CENTER);
            pdf.moveTo(Math.min(afterFacts, pdf.y()) - 6f);
            label(pdf, texts, "sheet.sha256", pdf.width());
            pdf.paragraph(data.pdfSha256(), pdf.bold(9.5f));
            pdf.gap(8);
            for (FormTexts language : texts) {
                explanation(pdf, language);
            }
            commands(pdf, texts);
            String title = texts.get(0).get("sheet.title") + " / " + texts.get(1).get("sheet.title");
            pdf.finish(out, title, FormLanguage.KK, clock.instant(), data.copy().copyId(), page -> "");
        });
    }

    private static void titles(PdfComposer pdf, List<FormTexts> texts) throws IOException {
        float[] sizes = {13f, 11.5f, 10f};
        for (int i = 0; i < texts.size(); i++) {
            Style style = i < 2 ? pdf.bold(sizes[i]) : pdf.regular(sizes[i]);
            pdf.paragraph(texts.get(i).get("sheet.title"), style, pdf.left(), pdf.width(), PdfComposer.Align.CENTER);
        }
    }

    private static void facts(PdfComposer pdf, List<FormTexts> texts, VerificationSheetData data, float width)
            throws IOException {
        ZoneId zone = data.zone();
        fact(pdf, texts, "sheet.copyId", data.copy().copyId(), width);
        fact(pdf, texts, "sheet.certifiedBy", data.copy().certifiedBy(), width);
        fact(pdf, texts, "sheet.certifiedAt", time(data.copy().certifiedAt(), zone), width);
        fact(pdf, texts, "sheet.keptUntil", time(data.copy().keptUntil(), zone), width);
    }

    private static void fact(PdfComposer pdf, List<FormTexts> texts, String key, String value, float width)
            throws IOException {
        label(pdf, texts, key, width);
        pdf.paragraph(value, pdf.bold(10.5f), pdf.left(), width, PdfComposer.Align.LEFT);
        pdf.gap(5);
    }

    /** One label in the three languages, in small grey print: «Куәландырған / Засвидетельствовал / Certified by». */
    private static void label(PdfComposer pdf, List<FormTexts> texts, String key, float width) throws IOException {
        String label = String.join(" / ", texts.stream().map(t -> t.get(key)).toList());
        pdf.content().setNonStrokingColor(0.35f, 0.35f, 0.35f);
        pdf.paragraph(label, pdf.regular(7.5f), pdf.left(), width, PdfComposer.Align.LEFT);
        pdf.content().setNonStrokingColor(0f, 0f, 0f);
    }

    private static String time(Instant instant, ZoneId zone) {
        var local = instant.atZone(zone);
        return TIME.format(local) + " (" + zone.getId() + ", UTC" + local.getOffset().getId().replace("Z", "+00:00")
                + ")";
    }

    private static void explanation(PdfComposer pdf, FormTexts texts) throws IOException {
        Style heading = pdf.bold(9f);
        Style body = pdf.regular(8.5f);
        float indent = 10f;
        pdf.ensure(heading.leading() * 2 + body.leading() * 4);
        pdf.paragraph(texts.get("sheet.files"), heading);
        for (String[] file : new String[][] {
                {"sheet.file.pdf", HandoverPackage.DOCUMENT}, {"sheet.file.signature", HandoverPackage.SIGNATURE},
                {"sheet.file.sheet", HandoverPackage.SHEET}, {"sheet.file.manifest", HandoverPackage.MANIFEST}}) {
            pdf.paragraph("• " + texts.get(file[0], file[1]), body, pdf.left() + indent, pdf.width() - indent,
                    PdfComposer.Align.LEFT);
        }
        pdf.paragraph(texts.get("sheet.howTo"), heading);
        int n = 1;
        for (String key : List.of("sheet.howTo.qr", "sheet.howTo.hash", "sheet.howTo.tools")) {
            pdf.paragraph(n++ + ") " + texts.get(key), body, pdf.left() + indent, pdf.width() - indent,
                    PdfComposer.Align.LEFT);
        }
        pdf.gap(6);
    }

    private static void commands(PdfComposer pdf, List<FormTexts> texts) throws IOException {
        Style code = pdf.regular(8f);
        String heading = String.join(" / ", texts.stream().map(t -> t.get("sheet.commands")).toList());
        pdf.paragraph(heading, pdf.bold(9f));
        float top = pdf.y();
        List<String> commands = List.of(
                "sha256sum " + HandoverPackage.DOCUMENT,
                "pdfsig " + HandoverPackage.DOCUMENT,
                "openssl cms -verify -binary -inform DER -in " + HandoverPackage.SIGNATURE + " -content "
                        + HandoverPackage.DOCUMENT + " -CAfile nca-root.pem -purpose any -out /dev/null");
        float height = 0;
        for (String command : commands) {
            height += pdf.wrap(command, code, pdf.width() - 12f).size() * code.leading();
        }
        pdf.fill(pdf.left(), top - 2f, pdf.width(), height + 6f, 0.94f);
        pdf.moveTo(top - 4f);
        for (String command : commands) {
            pdf.paragraph(command, code, pdf.left() + 6f, pdf.width() - 12f, PdfComposer.Align.LEFT);
        }
    }
}
