package kz.certcopy.forms;

import java.util.Collection;

import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;

/** Input checks of the form records: a missing or malformed field is the caller's error, named by its path. */
final class FormChecks {

    private FormChecks() {
    }

    static void required(String field, Object value) {
        boolean missing = value == null
                || value instanceof String s && s.isBlank()
                || value instanceof Collection<?> c && c.isEmpty();
        if (missing) {
            throw new CertCopyException("FORM_FIELD_REQUIRED", ErrorKind.INVALID_INPUT, field);
        }
    }

    /** IIN and BIN are twelve digits; the check digit is the applicant module's business. */
    static void twelveDigits(String field, String value) {
        required(field, value);
        if (!value.matches("\\d{12}")) {
            throw new CertCopyException("FORM_INVALID_IDENTIFIER", ErrorKind.INVALID_INPUT, field);
        }
    }
}
