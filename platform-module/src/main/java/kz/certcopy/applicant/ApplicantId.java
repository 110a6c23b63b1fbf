package kz.certcopy.applicant;

import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;

/** The applicant's identifier: an IIN for an individual or a BIN for a legal entity (rule item 2.3). */
public sealed interface ApplicantId permits Iin, Bin {

    String value();

    ApplicantKind kind();

    /** Parses {@code value} as the identifier of the given kind, validating its check digit and structure. */
    static ApplicantId of(ApplicantKind kind, String value) {
        if (kind == null) {
            throw new CertCopyException("INVALID_APPLICANT_KIND", ErrorKind.INVALID_INPUT);
        }
        return kind == ApplicantKind.INDIVIDUAL ? Iin.of(value) : Bin.of(value);
    }
}
