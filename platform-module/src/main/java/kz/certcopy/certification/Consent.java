package kz.certcopy.certification;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import kz.certcopy.applicant.Applicant;
import kz.certcopy.applicant.Representative;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;

/**
 * The applicant's written consent (Annex 1): the center, the applicant's details, the documents to copy, whether
 * the copies go on electronic media, the date. {@code representative} is null when the applicant came in person.
 */
public record Consent(String centerId, Applicant applicant, Representative representative, List<String> documents,
                      boolean electronicMedia, LocalDate date) {

    public Consent {
        Objects.requireNonNull(centerId, "centerId");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(date, "date");
        documents = List.copyOf(documents);
        if (documents.isEmpty()) {
            throw new CertCopyException("NO_DOCUMENTS", ErrorKind.INVALID_INPUT);
        }
    }

    @Override
    public String toString() {
        return "Consent[" + centerId + ", " + documents.size() + " documents]";
    }
}
