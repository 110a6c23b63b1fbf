package kz.certcopy.forms;

import java.util.Collection;

import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;

/** Input checks of the form records: a missing or malformed field is the caller's error, named by its path. */
final class FormChecks {

    /** Names, addresses, issuers: a few lines on the form. */
    static final int LONG_TEXT = 500;
    /** Numbers, phones, positions: one line. */
    static final int SHORT_TEXT = 120;
    /** The clerk's reasons for one original. */
    static final int REASONS = 4000;
    /** Documents of one consent, originals of one refusal. */
    static final int ITEMS = 500;

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

    /** Optional text: null is fine, longer than {@code max} characters is not (a form has finite room). */
    static void limit(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new CertCopyException("FORM_FIELD_TOO_LONG", ErrorKind.INVALID_INPUT, field, max);
        }
    }

    static void limit(String field, Collection<?> values, int max) {
        if (values != null && values.size() > max) {
            throw new CertCopyException("FORM_FIELD_TOO_LONG", ErrorKind.INVALID_INPUT, field, max);
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
