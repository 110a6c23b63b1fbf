package kz.certcopy.forms;

/** A person acting for the applicant (rule 5): name, IIN and the document of authority (power of attorney). */
public record RepresentativeDetails(String name, String iin, String powerOfAttorney) {

    public RepresentativeDetails {
        FormChecks.required("representative.name", name);
        FormChecks.twelveDigits("representative.iin", iin);
        FormChecks.required("representative.powerOfAttorney", powerOfAttorney);
        FormChecks.limit("representative.name", name, FormChecks.LONG_TEXT);
        FormChecks.limit("representative.powerOfAttorney", powerOfAttorney, FormChecks.LONG_TEXT);
    }
}
