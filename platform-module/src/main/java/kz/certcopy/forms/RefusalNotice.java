package kz.certcopy.forms;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Annex 2 of the rule: the reasoned refusal («…растаудан бас тарту туралы хабарлама» / «Уведомление об отказе…»).
 * Applicant, the numbered table of refused originals (details | grounds of rule 9 in the rule's words | the
 * clerk's reasons), date, position, name, executor. The PDF is PDF/A-2b without any signature field: the signing
 * engine adds the clerk's PAdES signature afterwards; a framed place for it is printed at the end (rule 6: a
 * paper copy is a printout of the signed electronic document).
 */
public final class RefusalNotice {

    private final Clock clock;

    public RefusalNotice(Clock clock) {
        this.clock = clock;
    }

    /** Writes the PDF/A-2b notice to {@code out} (not closed). Bad input: {@code CertCopyException}. */
    public void render(RefusalNoticeData data, OutputStream out) {
        FormTexts texts = FormTexts.of(data.language());
        FormRenderer.compose(pdf -> {
            FormRenderer.annexHeading(pdf, texts.get("annex2.header"));
            applicant(pdf, texts, data.applicant());
            pdf.gap(14);
            pdf.paragraph(texts.get("refusal.title"), pdf.bold(12.5f), pdf.left(), pdf.width(),
                    PdfComposer.Align.CENTER);
            pdf.gap(8);
            pdf.paragraph(texts.get("refusal.text", data.center().name().in(data.language())), pdf.regular(10.5f));
            pdf.gap(6);
            originals(pdf, texts, data.originals());
            closing(pdf, texts, data);
            FormRenderer.write(pdf, out, texts.get("refusal.title"), data.language(), texts,
                    data.requestReference(), clock.instant());
        });
    }

    private static void applicant(PdfComposer pdf, FormTexts texts, ApplicantDetails applicant) throws IOException {
        float x = FormRenderer.blockX(pdf);
        float width = FormRenderer.blockWidth(pdf);
        pdf.blank(applicant.name() + ", " + texts.applicantIdentifier(applicant),
                texts.get("refusal.applicant.caption"), x, width);
        pdf.blank(applicant.address(), texts.get("refusal.address.caption"), x, width);
    }

    private static void originals(PdfComposer pdf, FormTexts texts, List<RefusedOriginal> originals)
            throws IOException {
        Table table = new Table(pdf, Table.columns(pdf, 0.07f, 0.27f, 0.36f, 0.30f), pdf.bold(8f), pdf.regular(9f));
        table.header(texts.get("refusal.col.no"), texts.get("refusal.col.document"),
                texts.get("refusal.col.grounds"), texts.get("refusal.col.reasons"));
        int n = 1;
        for (RefusedOriginal original : originals) {
            table.row(n++ + ".", FormRenderer.documentDetails(texts, original.document()), grounds(texts, original),
                    original.reasons());
        }
        table.end();
    }

    /** Each ground in the rule's own words, with the 9.3 defects that were found named as the rule names them. */
    static String grounds(FormTexts texts, RefusedOriginal original) {
        StringBuilder cell = new StringBuilder();
        for (RefusalGround ground : RefusalGround.values()) {
            if (!original.grounds().contains(ground)) {
                continue;
            }
            if (cell.length() > 0) {
                cell.append("\n\n"); // an empty line between two grounds
            }
            cell.append(texts.get("refusal.ground.reference", ground.subparagraph())).append(' ')
                    .append(texts.get("refusal.ground." + ground.subparagraph()));
            if (ground == RefusalGround.DOCUMENT_DEFECTS) {
                String found = original.defects().stream().sorted()
                        .map(defect -> texts.get("refusal.defect." + defect.name()))
                        .collect(Collectors.joining("; "));
                cell.append('\n').append(texts.get("refusal.defects.found", found));
            }
        }
        return cell.toString();
    }

    private static void closing(PdfComposer pdf, FormTexts texts, RefusalNoticeData data) throws IOException {
        Style style = pdf.regular(10.5f);
        Style caption = pdf.regular(7.5f);
        Style small = pdf.regular(8.5f);
        float column = pdf.width() / 3f;
        List<String> position = pdf.wrap(data.clerkPosition(), style, column - 10f);
        List<String> name = pdf.wrap(data.clerkName(), style, column - 10f);
        int lines = Math.max(position.size(), name.size());
        float esignBox = 62f;
        pdf.ensure(style.leading() * (2 + lines) + caption.leading() + small.leading() * 2 + esignBox + 40f);
        pdf.gap(6);
        pdf.paragraph(texts.date(data.date()), style);
        pdf.gap(18);
        float top = pdf.y();
        float lineY = top - lines * style.leading() - 2f;
        pdf.lines(position, style, pdf.left(), column - 10f, top, PdfComposer.Align.CENTER);
        pdf.lines(name, style, pdf.left() + 2 * column + 10f, column - 10f, top, PdfComposer.Align.CENTER);
        pdf.rule(pdf.left(), pdf.left() + column - 10f, lineY);
        pdf.rule(pdf.left() + column + 5f, pdf.left() + 2 * column - 5f, lineY);
        pdf.rule(pdf.left() + 2 * column + 10f, pdf.right(), lineY);
        pdf.lines(List.of(texts.get("refusal.position.caption")), caption, pdf.left(), column - 10f, lineY,
                PdfComposer.Align.CENTER);
        pdf.lines(List.of(texts.get("refusal.signature.caption")), caption, pdf.left() + column, column, lineY,
                PdfComposer.Align.CENTER);
        pdf.lines(List.of(texts.get("refusal.name.caption")), caption, pdf.left() + 2 * column + 10f,
                column - 10f, lineY, PdfComposer.Align.CENTER);
        pdf.moveTo(lineY - caption.leading());
        pdf.gap(10);
        String executor = data.executorName() == null || data.executorName().isBlank()
                ? data.clerkName() : data.executorName();
        pdf.paragraph(texts.get("refusal.executor", executor), small);
        pdf.paragraph(texts.get("refusal.phone", FormRenderer.orEmpty(data.executorPhone())), small);
        pdf.gap(12);
        esignPlace(pdf, texts, esignBox);
    }

    /** A framed, empty place where the visible trace of the clerk's electronic signature can go. */
    private static void esignPlace(PdfComposer pdf, FormTexts texts, float height) throws IOException {
        Style note = pdf.regular(7.5f);
        float width = pdf.width() * 0.62f;
        float x = pdf.right() - width;
        float top = pdf.y();
        pdf.content().setStrokingColor(0.45f, 0.45f, 0.45f);
        pdf.box(x, top, width, height, 0.6f);
        pdf.content().setStrokingColor(0f, 0f, 0f);
        pdf.lines(pdf.wrap(texts.get("refusal.esign"), note, width - 10f), note, x + 5f, width - 10f, top - 3f,
                PdfComposer.Align.LEFT);
        pdf.moveTo(top - height);
    }
}
