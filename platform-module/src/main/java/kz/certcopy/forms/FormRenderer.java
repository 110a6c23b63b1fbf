package kz.certcopy.forms;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;

import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;

/** Shared steps of the annex forms: the annex heading, the addressee column, and error mapping. */
final class FormRenderer {

    /** The addressee/applicant block of the annexes sits in the right part of the page. */
    static final float BLOCK_SHARE = 0.55f;

    private FormRenderer() {
    }

    @FunctionalInterface
    interface Body {
        void write(PdfComposer pdf) throws IOException;
    }

    /** Runs {@code body} on a fresh composer; I/O failures of the PDF library become a stable error code. */
    static void compose(Body body) {
        try (PdfComposer pdf = new PdfComposer()) {
            body.write(pdf);
        } catch (UncheckedIOException | IOException e) {
            throw new CertCopyException("FORM_RENDERING_FAILED", ErrorKind.UNAVAILABLE, e);
        }
    }

    /** «…қағидаларына 1-қосымша» / «Приложение 1 к Правилам …» in small print at the top right. */
    static void annexHeading(PdfComposer pdf, String heading) throws IOException {
        float width = 235f;
        pdf.paragraph(heading, pdf.regular(8f), pdf.right() - width, width, PdfComposer.Align.CENTER);
        pdf.gap(14);
    }

    static float blockX(PdfComposer pdf) {
        return pdf.right() - pdf.width() * BLOCK_SHARE;
    }

    static float blockWidth(PdfComposer pdf) {
        return pdf.width() * BLOCK_SHARE;
    }

    static void write(PdfComposer pdf, OutputStream out, String title, FormLanguage language, FormTexts texts,
            String requestReference, Instant created) throws IOException {
        String footer = requestReference == null || requestReference.isBlank()
                ? null : texts.get("footer.request", requestReference);
        pdf.finish(out, title, language, created, footer,
                page -> texts.get("footer.page", page, pdf.pageCount()));
    }

    static String documentDetails(FormTexts texts, DocumentDetails document) {
        StringBuilder details = new StringBuilder(document.kind());
        if (document.number() != null && !document.number().isBlank()) {
            details.append('\n').append(texts.get("document.number", document.number()));
        }
        if (document.issuedOn() != null) {
            details.append('\n').append(texts.get("document.issuedOn", FormTexts.shortDate(document.issuedOn())));
        }
        if (document.issuer() != null && !document.issuer().isBlank()) {
            details.append('\n').append(texts.get("document.issuer", document.issuer()));
        }
        return details.toString();
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
