package kz.certcopy.forms;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;

/**
 * Annex 1 of the rule: the applicant's written consent («Өтініш» / «Заявление»), pre-filled from the request and
 * printed for the applicant's handwritten signature. One language per form (kk or ru, the applicant's choice),
 * laid out like the annex: heading top right, addressee and applicant blanks, the consent text, the numbered list
 * of documents (a table repeated over pages), hand-over on electronic media, name, signature and date.
 */
public final class ConsentForm {

    private static final String NO_BREAK = "\u00A0";

    private final Clock clock;

    public ConsentForm(Clock clock) {
        this.clock = clock;
    }

    /** Writes the PDF/A-2b form to {@code out} (not closed). Bad input: {@code CertCopyException}. */
    public void render(ConsentFormData data, OutputStream out) {
        FormTexts texts = FormTexts.of(data.language());
        FormRenderer.compose(pdf -> {
            FormRenderer.annexHeading(pdf, texts.get("annex1.header"));
            addressee(pdf, texts, data);
            pdf.gap(16);
            pdf.paragraph(texts.get("consent.title"), pdf.bold(13f), pdf.left(), pdf.width(),
                    PdfComposer.Align.CENTER);
            pdf.gap(8);
            pdf.paragraph(texts.get("consent.text"), pdf.regular(10.5f));
            pdf.gap(6);
            documents(pdf, texts, data);
            media(pdf, texts, data.handOverOnElectronicMedia());
            signature(pdf, texts, data);
            FormRenderer.write(pdf, out, texts.get("consent.title"), data.language(), texts,
                    data.requestReference(), clock.instant());
        });
    }

    private static void addressee(PdfComposer pdf, FormTexts texts, ConsentFormData data) throws IOException {
        float x = FormRenderer.blockX(pdf);
        float width = FormRenderer.blockWidth(pdf);
        ApplicantDetails applicant = data.applicant();
        pdf.blank(data.center().name().in(data.language()), null, x, width);
        pdf.blank(applicant.name() + ", " + texts.applicantIdentifier(applicant),
                texts.get("consent.applicant.caption"), x, width);
        pdf.blank(texts.get("consent.address", applicant.address()), null, x, width);
        if (applicant.phone() != null && !applicant.phone().isBlank()) {
            pdf.blank(texts.get("consent.phone", applicant.phone()), null, x, width);
        }
        RepresentativeDetails representative = data.representative();
        if (representative != null) {
            pdf.blank(texts.get("consent.representative", representative.name(), representative.iin(),
                    representative.powerOfAttorney()), texts.get("consent.representative.caption"), x, width);
        }
    }

    private static void documents(PdfComposer pdf, FormTexts texts, ConsentFormData data) throws IOException {
        Table table = new Table(pdf, Table.columns(pdf, 0.07f, 0.33f, 0.17f, 0.14f, 0.29f),
                pdf.bold(8.5f), pdf.regular(9.5f));
        table.header(texts.get("consent.col.no"), texts.get("consent.col.kind"), texts.get("consent.col.number"),
                texts.get("consent.col.issuedOn"), texts.get("consent.col.issuer"));
        int n = 1;
        for (DocumentDetails document : data.documents()) {
            table.row(n++ + ")", document.kind(), FormRenderer.orEmpty(document.number()),
                    document.issuedOn() == null ? "" : FormTexts.shortDate(document.issuedOn()),
                    FormRenderer.orEmpty(document.issuer()));
        }
        table.end();
    }

    private static void media(PdfComposer pdf, FormTexts texts, boolean handOver) throws IOException {
        // a no-break space keeps each box with its word; the pair never splits over two lines
        String yes = (handOver ? "☒" : "☐") + NO_BREAK + texts.get("consent.yes");
        String no = (handOver ? "☐" : "☒") + NO_BREAK + texts.get("consent.no");
        pdf.paragraph(texts.get("consent.media") + " " + yes + NO_BREAK.repeat(4) + no, pdf.regular(10.5f));
    }

    private static void signature(PdfComposer pdf, FormTexts texts, ConsentFormData data) throws IOException {
        Style style = pdf.regular(10.5f);
        Style caption = pdf.regular(7.5f);
        String signer = data.representative() != null ? data.representative().name()
                : data.applicant().kind() == ApplicantKind.INDIVIDUAL ? data.applicant().name()
                : "_".repeat(32); // an organisation signs through a person who writes the name by hand
        float signatureWidth = 150f;
        float nameWidth = pdf.width() - signatureWidth - 20f;
        List<String> nameLines = pdf.wrap(texts.get("consent.signer", signer), style, nameWidth);
        pdf.ensure(36f + nameLines.size() * style.leading() + 2 * style.leading() + caption.leading());
        pdf.gap(30f);
        float top = pdf.y();
        float below = pdf.lines(nameLines, style, pdf.left(), nameWidth, top, PdfComposer.Align.LEFT);
        // a blank line for the handwritten signature, level with the name's first line
        float lineY = top - style.leading();
        float sx = pdf.right() - signatureWidth;
        pdf.rule(sx, pdf.right(), lineY);
        pdf.lines(List.of(texts.get("consent.signature.caption")), caption, sx, signatureWidth, lineY,
                PdfComposer.Align.CENTER);
        pdf.moveTo(Math.min(below, lineY - caption.leading()));
        pdf.gap(10f);
        pdf.paragraph(data.date() == null ? texts.get("date.blank") : texts.date(data.date()), style);
    }
}
