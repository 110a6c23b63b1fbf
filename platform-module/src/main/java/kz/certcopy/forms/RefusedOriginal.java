package kz.certcopy.forms;

import java.util.EnumSet;
import java.util.Set;

import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;

/**
 * One row of the Annex 2 table: an original whose copy is refused, the grounds of rule 9 that apply, the 9.3
 * defects found (only with {@link RefusalGround#DOCUMENT_DEFECTS}) and the clerk's free-text reasons.
 */
public record RefusedOriginal(DocumentDetails document, Set<RefusalGround> grounds, Set<DocumentDefect> defects,
        String reasons) {

    public RefusedOriginal {
        FormChecks.required("original.document", document);
        FormChecks.required("original.grounds", grounds);
        FormChecks.required("original.reasons", reasons);
        FormChecks.limit("original.reasons", reasons, FormChecks.REASONS);
        grounds = Set.copyOf(EnumSet.copyOf(grounds));
        defects = defects == null || defects.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(defects));
        boolean defectGround = grounds.contains(RefusalGround.DOCUMENT_DEFECTS);
        if (defectGround && defects.isEmpty()) {
            throw new CertCopyException("REFUSAL_DEFECT_REQUIRED", ErrorKind.INVALID_INPUT);
        }
        if (!defectGround && !defects.isEmpty()) {
            throw new CertCopyException("REFUSAL_DEFECT_WITHOUT_GROUND", ErrorKind.INVALID_INPUT);
        }
    }
}
