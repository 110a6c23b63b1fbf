package kz.certcopy.intake;

import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;

/** The stable error codes of intake and assembly, each with its kind (HTTP status). Messages: {@code error.<CODE>}. */
public enum IntakeError {
    EMPTY_FILE(ErrorKind.INVALID_INPUT),
    FILE_TOO_LARGE(ErrorKind.TOO_LARGE),
    REQUEST_TOO_LARGE(ErrorKind.TOO_LARGE),
    TOO_MANY_PAGES(ErrorKind.TOO_LARGE),
    IMAGE_TOO_LARGE(ErrorKind.TOO_LARGE),
    UNSUPPORTED_TYPE(ErrorKind.UNSUPPORTED_MEDIA),
    ARCHIVE_NOT_ACCEPTED(ErrorKind.UNSUPPORTED_MEDIA),
    POLYGLOT_FILE(ErrorKind.UNSUPPORTED_MEDIA),
    CORRUPT_FILE(ErrorKind.UNPROCESSABLE),
    ENCRYPTED_PDF(ErrorKind.UNPROCESSABLE),
    PDF_TOO_COMPLEX(ErrorKind.UNPROCESSABLE),
    PDF_NOT_ARCHIVABLE(ErrorKind.UNPROCESSABLE),
    DECOMPRESSION_BOMB(ErrorKind.UNPROCESSABLE),
    ACTIVE_CONTENT(ErrorKind.UNPROCESSABLE),
    PROCESSING_TIMEOUT(ErrorKind.UNPROCESSABLE),
    NO_PAGES(ErrorKind.INVALID_INPUT),
    PAGE_ORDER_INVALID(ErrorKind.INVALID_INPUT),
    ORIGINAL_NOT_FOUND(ErrorKind.NOT_FOUND),
    ROTATION_INVALID(ErrorKind.INVALID_INPUT),
    REQUEST_CLOSED_FOR_SCANS(ErrorKind.CONFLICT),
    PAGE_NOT_FOUND(ErrorKind.NOT_FOUND);

    private final ErrorKind kind;

    IntakeError(ErrorKind kind) {
        this.kind = kind;
    }

    public ErrorKind kind() {
        return kind;
    }

    public CertCopyException exception(Object... args) {
        return new CertCopyException(name(), kind, args);
    }

    public CertCopyException exception(Throwable cause, Object... args) {
        return new CertCopyException(name(), kind, cause, args);
    }
}
