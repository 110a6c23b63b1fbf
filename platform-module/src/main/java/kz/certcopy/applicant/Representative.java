package kz.certcopy.applicant;

import java.time.LocalDate;
import java.util.Objects;
import kz.certcopy.common.Texts;

/** Someone acting for the applicant; the document of authority (e.g. power of attorney) is recorded. */
public record Representative(String fullName, Iin iin, String authorityDocument, LocalDate authorityDate) {

    public Representative {
        fullName = Texts.required(fullName, "representative.fullName", "REPRESENTATIVE_NAME_REQUIRED", 300);
        Objects.requireNonNull(iin, "iin");
        authorityDocument = Texts.required(authorityDocument, "representative.authorityDocument", "AUTHORITY_DOCUMENT_REQUIRED", 500);
    }

    @Override
    public String toString() {
        return "Representative[***]";
    }
}
