package kz.certcopy.common;

import java.util.Arrays;

/**
 * An error a user can act on: a stable {@code code} (e.g. {@code INVALID_IIN}), its kind, and arguments for
 * the localized message. Messages live in the {@code i18n/*} bundles under the key {@code error.<code>}, in
 * Kazakh, Russian and English; {@link #getMessage()} is for developers only and never carries personal data.
 */
public class CertCopyException extends RuntimeException {

    private final String code;
    private final ErrorKind kind;
    private final transient Object[] args;

    public CertCopyException(String code, ErrorKind kind, Object... args) {
        this(code, kind, null, args);
    }

    public CertCopyException(String code, ErrorKind kind, Throwable cause, Object... args) {
        super(code, cause, false, cause != null);
        this.code = code;
        this.kind = kind;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public String code() {
        return code;
    }

    public ErrorKind kind() {
        return kind;
    }

    /** Arguments for the localized message template {@code error.<code>}. Never personal data. */
    public Object[] args() {
        return args.clone();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + code + ", " + kind + ", " + Arrays.toString(args) + "]";
    }
}
