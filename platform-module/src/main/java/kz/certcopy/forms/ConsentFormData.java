package kz.certcopy.forms;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything Annex 1 (the written consent) prints. {@code requestReference} (the request number shown in the
 * footer) and {@code representative} may be null; {@code date} is the day the consent is given, or null to leave
 * the date blank for the applicant to write by hand.
 */
public record ConsentFormData(
        FormLanguage language,
        String requestReference,
        ServiceCenterDetails center,
        ApplicantDetails applicant,
        RepresentativeDetails representative,
        List<DocumentDetails> documents,
        boolean handOverOnElectronicMedia,
        LocalDate date) {

    public ConsentFormData {
        FormChecks.required("language", language);
        FormChecks.required("center", center);
        FormChecks.required("applicant", applicant);
        FormChecks.required("documents", documents);
        FormChecks.limit("documents", documents, FormChecks.ITEMS);
        FormChecks.limit("requestReference", requestReference, FormChecks.SHORT_TEXT);
        documents = List.copyOf(documents);
    }
}
