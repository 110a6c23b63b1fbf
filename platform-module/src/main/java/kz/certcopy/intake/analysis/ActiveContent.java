package kz.certcopy.intake.analysis;

import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Finds what in a PDF can act rather than be seen: JavaScript, launch/URI/submit actions, embedded files,
 * forms and XFA, multimedia annotations. None of it is ever carried into the copy (pages are imported as
 * plain form XObjects, without annotations or catalog entries); finding it only decides whether the clerk
 * is told, or the file refused when the stricter policy is on.
 */
final class ActiveContent {

    private static final List<String> ANNOTATION_ACTIONS = List.of("Link", "Widget", "FileAttachment", "Screen",
            "Movie", "Sound", "RichMedia", "3D");

    private ActiveContent() {
    }

    static boolean present(PDDocument doc, List<PDPage> pages) {
        COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
        if (catalog.containsKey(COSName.OPEN_ACTION) || catalog.containsKey(COSName.AA)
                || catalog.containsKey(COSName.getPDFName("NeedsRendering"))
                || catalog.containsKey(COSName.ACRO_FORM)) {
            return true;
        }
        COSDictionary names = catalog.getCOSDictionary(COSName.NAMES);
        if (names != null && (names.containsKey(COSName.JAVA_SCRIPT) || names.containsKey(COSName.EMBEDDED_FILES))) {
            return true;
        }
        for (PDPage page : pages) {
            COSDictionary dict = page.getCOSObject();
            if (dict.containsKey(COSName.AA)) {
                return true;
            }
            COSArray annots = dict.getCOSArray(COSName.ANNOTS);
            if (annots == null) {
                continue;
            }
            for (int i = 0; i < annots.size(); i++) {
                COSBase a = annots.getObject(i);
                if (a instanceof COSDictionary annot && (annot.containsKey(COSName.A) || annot.containsKey(COSName.AA)
                        || ANNOTATION_ACTIONS.contains(annot.getNameAsString(COSName.SUBTYPE)))) {
                    return true;
                }
            }
        }
        return false;
    }
}
