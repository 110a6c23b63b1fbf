package kz.certcopy.intake.assembly;

import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Small PDF/A repairs on a page imported as a form (our clone, never the uploaded original): image
 * interpolation is a viewer hint PDF/A forbids, so it is switched off instead of rendering the whole page.
 */
final class ImportedForms {

    private ImportedForms() {
    }

    static void clearInterpolation(PDFormXObject form) throws IOException {
        walk(form.getResources(), Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static void walk(PDResources res, Set<COSBase> seen) throws IOException {
        if (res == null || !seen.add(res.getCOSObject())) {
            return;
        }
        for (COSName name : res.getXObjectNames()) {
            PDXObject x = res.getXObject(name);
            if (x instanceof PDImageXObject img) {
                if (img.getCOSObject().getBoolean(COSName.INTERPOLATE, false)) {
                    img.getCOSObject().setBoolean(COSName.INTERPOLATE, false);
                }
                if (img.getSoftMask() != null) {
                    img.getSoftMask().getCOSObject().setBoolean(COSName.INTERPOLATE, false);
                }
            } else if (x instanceof PDFormXObject inner) {
                walk(inner.getResources(), seen);
            }
        }
    }
}
