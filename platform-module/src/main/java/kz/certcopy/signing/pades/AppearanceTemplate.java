package kz.certcopy.signing.pades;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/** Builds the one-page template PDFBox copies the visible signature widget from (as in PDFBox's examples). */
final class AppearanceTemplate {
    private AppearanceTemplate() {
    }

    static InputStream build(PDRectangle mediaBox, SignatureAppearance a) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(mediaBox);
            doc.addPage(page);
            PDAcroForm form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            PDSignatureField field = new PDSignatureField(form);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            form.setSignaturesExist(true);
            form.setAppendOnly(true);
            form.getCOSObject().setDirect(true);
            form.getFields().add(field);
            PDRectangle rect = new PDRectangle(a.x(), a.y(), a.width(), a.height());
            widget.setRectangle(rect);
            widget.setPage(page);
            page.getAnnotations().add(widget);

            PDFormXObject xobject = new PDFormXObject(new PDStream(doc));
            xobject.setResources(new PDResources());
            xobject.setFormType(1);
            xobject.setBBox(new PDRectangle(a.width(), a.height()));
            PDAppearanceDictionary appearance = new PDAppearanceDictionary();
            appearance.getCOSObject().setDirect(true);
            PDAppearanceStream stream = new PDAppearanceStream(xobject.getCOSObject());
            appearance.setNormalAppearance(stream);
            widget.setAppearance(appearance);

            PDType0Font font;
            try (InputStream ttf = AppearanceTemplate.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
                font = PDType0Font.load(doc, ttf, false);
            }
            try (PDPageContentStream cs = new PDPageContentStream(doc, stream)) {
                cs.setLineWidth(1f);
                cs.addRect(0.5f, 0.5f, a.width() - 1, a.height() - 1);
                cs.stroke();
                float size = Math.max(5f, Math.min(9f, (a.height() - 6) / Math.max(1, a.lines().size()) - 2));
                float y = a.height() - size - 3;
                cs.beginText();
                cs.setFont(font, size);
                cs.newLineAtOffset(4, y);
                for (String line : a.lines()) {
                    cs.showText(line);
                    cs.newLineAtOffset(0, -(size + 2));
                }
                cs.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return new ByteArrayInputStream(out.toByteArray());
        }
    }
}
