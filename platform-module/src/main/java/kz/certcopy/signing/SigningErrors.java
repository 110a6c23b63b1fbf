package kz.certcopy.signing;

import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;

/**
 * The stable error codes of the signing engine (messages: {@code i18n/signing_*.properties}, key
 * {@code error.<CODE>}). One place so the CLI, the web layer and the bundles agree.
 */
public final class SigningErrors {
    private SigningErrors() {
    }

    public static final String CERT_EXPIRED = "CERT_EXPIRED";
    public static final String CERT_NOT_YET_VALID = "CERT_NOT_YET_VALID";
    public static final String CERT_REVOKED = "CERT_REVOKED";
    public static final String CERT_UNTRUSTED = "CERT_UNTRUSTED";
    public static final String CERT_WRONG_USAGE = "CERT_WRONG_USAGE";
    /** An organisation's seal (information-system certificate, no person named): never a clerk's own EDS. */
    public static final String CERT_ORGANISATION_SEAL = "CERT_ORGANISATION_SEAL";
    public static final String REVOCATION_UNKNOWN = "REVOCATION_UNKNOWN";
    public static final String KEYSTORE_WRONG_PASSWORD = "KEYSTORE_WRONG_PASSWORD";
    public static final String KEYSTORE_CORRUPT = "KEYSTORE_CORRUPT";
    public static final String KEYSTORE_NO_KEY = "KEYSTORE_NO_KEY";
    public static final String UNSUPPORTED_ALGORITHM = "UNSUPPORTED_ALGORITHM";
    public static final String SIGNATURE_MALFORMED = "SIGNATURE_MALFORMED";
    /** A file to verify that is neither a signed PDF nor a CMS, given without a detached signature. */
    public static final String SIGNATURE_MISSING = "SIGNATURE_MISSING";
    /** A certificate (e.g. the one NCALayer reports for the clerk's key) that is not a readable X.509 certificate. */
    public static final String CERTIFICATE_MALFORMED = "CERTIFICATE_MALFORMED";
    public static final String SIGNATURE_INVALID = "SIGNATURE_INVALID";
    public static final String SIGNER_MISMATCH = "SIGNER_MISMATCH";
    public static final String PDF_MALFORMED = "PDF_MALFORMED";
    public static final String SIGNING_EXPIRED = "SIGNING_EXPIRED";
    public static final String TSA_UNAVAILABLE = "TSA_UNAVAILABLE";
    public static final String TSA_BAD_RESPONSE = "TSA_BAD_RESPONSE";
    public static final String TOKEN_UNAVAILABLE = "TOKEN_UNAVAILABLE";
    public static final String FILE_UNREADABLE = "FILE_UNREADABLE";
    public static final String USAGE = "USAGE";

    /** Every code, for the bundle completeness test. */
    public static final String[] ALL = {CERT_EXPIRED, CERT_NOT_YET_VALID, CERT_REVOKED, CERT_UNTRUSTED,
        CERT_WRONG_USAGE, CERT_ORGANISATION_SEAL, REVOCATION_UNKNOWN, KEYSTORE_WRONG_PASSWORD, KEYSTORE_CORRUPT, KEYSTORE_NO_KEY,
        UNSUPPORTED_ALGORITHM, SIGNATURE_MALFORMED, SIGNATURE_MISSING, CERTIFICATE_MALFORMED, SIGNATURE_INVALID, SIGNER_MISMATCH, PDF_MALFORMED,
        SIGNING_EXPIRED, TSA_UNAVAILABLE, TSA_BAD_RESPONSE, TOKEN_UNAVAILABLE, FILE_UNREADABLE, USAGE};

    public static CertCopyException error(String code, ErrorKind kind, Throwable cause, Object... args) {
        return new CertCopyException(code, kind, cause, args);
    }

    public static CertCopyException error(String code, ErrorKind kind, Object... args) {
        return new CertCopyException(code, kind, args);
    }
}
