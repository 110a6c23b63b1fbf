package kz.certcopy.forms;

import java.time.Instant;

import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;

/**
 * What the hand-over sheet tells about a certified copy: its id, the public verification URL (the QR code),
 * who certified it (clerk and center, as the public page shows it), when, and until when it is kept. Nothing
 * else personal: the sheet travels with the files.
 */
public record CertifiedCopyFacts(String copyId, String verificationUrl, String certifiedBy, Instant certifiedAt,
        Instant keptUntil) {

    public CertifiedCopyFacts {
        FormChecks.required("copyId", copyId);
        if (!copyId.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,63}")) {
            // the id becomes a file name on removable media: no path characters
            throw new CertCopyException("INVALID_COPY_ID", ErrorKind.INVALID_INPUT);
        }
        FormChecks.required("verificationUrl", verificationUrl);
        if (!verificationUrl.startsWith("https://") && !verificationUrl.startsWith("http://")) {
            throw new CertCopyException("FORM_FIELD_REQUIRED", ErrorKind.INVALID_INPUT, "verificationUrl");
        }
        FormChecks.limit("verificationUrl", verificationUrl, FormChecks.LONG_TEXT);
        FormChecks.required("certifiedBy", certifiedBy);
        FormChecks.limit("certifiedBy", certifiedBy, FormChecks.LONG_TEXT);
        FormChecks.required("certifiedAt", certifiedAt);
        FormChecks.required("keptUntil", keptUntil);
    }
}
