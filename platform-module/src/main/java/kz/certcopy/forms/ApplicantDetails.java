package kz.certcopy.forms;

/**
 * The applicant as printed on a form. {@code identifier} is the IIN of an individual or the BIN of a legal
 * entity; it was validated (check digit) when the request was registered, the forms only check its shape.
 * {@code phone} may be null.
 */
public record ApplicantDetails(ApplicantKind kind, String identifier, String name, String address, String phone) {

    public ApplicantDetails {
        FormChecks.required("applicant.kind", kind);
        FormChecks.twelveDigits("applicant.identifier", identifier);
        FormChecks.required("applicant.name", name);
        FormChecks.required("applicant.address", address);
        FormChecks.limit("applicant.name", name, FormChecks.LONG_TEXT);
        FormChecks.limit("applicant.address", address, FormChecks.LONG_TEXT);
        FormChecks.limit("applicant.phone", phone, FormChecks.SHORT_TEXT);
    }

    public static ApplicantDetails individual(String iin, String fullName, String address, String phone) {
        return new ApplicantDetails(ApplicantKind.INDIVIDUAL, iin, fullName, address, phone);
    }

    public static ApplicantDetails legalEntity(String bin, String organisationName, String address, String phone) {
        return new ApplicantDetails(ApplicantKind.LEGAL_ENTITY, bin, organisationName, address, phone);
    }
}
