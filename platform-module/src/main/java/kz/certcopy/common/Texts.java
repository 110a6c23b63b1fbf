package kz.certcopy.common;

/** Checks for free-text fields typed by clerks: trimmed, bounded, and a stable error code when required but blank. */
public final class Texts {

    private Texts() {
    }

    public static String required(String value, String code, int maxLength) {
        String v = optional(value, maxLength);
        if (v == null) {
            throw new CertCopyException(code, ErrorKind.INVALID_INPUT);
        }
        return v;
    }

    /** Null for blank input; {@code TEXT_TOO_LONG} past {@code maxLength}. */
    public static String optional(String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > maxLength) {
            throw new CertCopyException("TEXT_TOO_LONG", ErrorKind.INVALID_INPUT, maxLength);
        }
        return v;
    }
}
