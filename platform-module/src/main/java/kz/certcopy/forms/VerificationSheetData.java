package kz.certcopy.forms;

import java.time.ZoneId;

import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;

/** The facts of the copy, the SHA-256 (hex) of the signed PDF, and the zone the times are shown in. */
public record VerificationSheetData(CertifiedCopyFacts copy, String pdfSha256, ZoneId zone) {

    public VerificationSheetData {
        FormChecks.required("copy", copy);
        FormChecks.required("zone", zone);
        FormChecks.required("pdfSha256", pdfSha256);
        if (!pdfSha256.matches("[0-9a-f]{64}")) {
            throw new CertCopyException("FORM_FIELD_REQUIRED", ErrorKind.INVALID_INPUT, "pdfSha256");
        }
    }
}
