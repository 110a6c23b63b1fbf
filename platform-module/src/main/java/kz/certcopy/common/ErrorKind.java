package kz.certcopy.common;

/**
 * What kind of failure an error is, independent of transport. The web adapter maps each kind to an HTTP
 * status; the command line maps it to an exit code. Kept here so the domain never imports a web framework.
 */
public enum ErrorKind {
    INVALID_INPUT(400),
    FORBIDDEN(403),
    NOT_FOUND(404),
    CONFLICT(409),
    GONE(410),
    TOO_LARGE(413),
    UNSUPPORTED_MEDIA(415),
    UNPROCESSABLE(422),
    /** A client over a rate limit; the problem says when to try again ({@code Retry-After}). */
    TOO_MANY_REQUESTS(429),
    UNAVAILABLE(503);

    private final int httpStatus;

    ErrorKind(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
