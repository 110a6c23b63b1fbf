package kz.certcopy.api;

import jakarta.servlet.MultipartConfigElement;
import java.util.Locale;
import kz.certcopy.common.FileError;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Multipart bodies that cannot be read: a file or the whole upload over the configured limit (413, with the limit
 * in the message) and a malformed or truncated body (400). Ordered before {@link ApiExceptionHandler}, which would
 * otherwise call the first a generic {@code INVALID_REQUEST} and the second an internal error.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadProblems {

    private final Problems problems;
    private final ObjectProvider<MultipartConfigElement> multipart;

    UploadProblems(Problems problems, ObjectProvider<MultipartConfigElement> multipart) {
        this.problems = problems;
        this.multipart = multipart;
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(MultipartException e) {
        MultipartConfigElement config = multipart.getIfAvailable();
        if (e instanceof MaxUploadSizeExceededException || tooLarge(e)) {
            boolean wholeUpload = causedBy(e, "SizeLimitExceededException") && !causedBy(e, "FileSize");
            long limit = config == null ? -1 : wholeUpload ? config.getMaxRequestSize() : config.getMaxFileSize();
            return respond(413, wholeUpload ? "UPLOAD_TOO_LARGE" : "FILE_TOO_LARGE", limit);
        }
        return respond(400, "MALFORMED_MULTIPART");
    }

    /** One file of a multi-file upload was refused: its problem, naming the file in the message and as properties. */
    @ExceptionHandler(FileError.class)
    ResponseEntity<ProblemDetail> file(FileError e) {
        Locale locale = LocaleContextHolder.getLocale();
        int status = e.kind().httpStatus();
        ProblemDetail p = problems.of(status, e.code(), e.args(), locale);
        // a position is named only among several files: "number 1 of the upload" for a file sent alone misleads
        p.setDetail(e.alone() ? problems.message("IN_ONLY_FILE", new Object[] {e.label(), p.getDetail()}, locale)
                : problems.message("IN_FILE", new Object[] {e.label(), e.position(), p.getDetail()}, locale));
        p.setProperty("file", e.label());
        p.setProperty("filePosition", e.position());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    private static boolean tooLarge(Throwable e) {
        return causedBy(e, "SizeLimitExceededException") || causedBy(e, "FileCountLimitExceededException");
    }

    /** Tomcat's size exceptions are matched by name: the API does not depend on the servlet container. */
    private static boolean causedBy(Throwable e, String simpleNamePart) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().contains(simpleNamePart)) {
                return true;
            }
        }
        return false;
    }

    private ResponseEntity<ProblemDetail> respond(int status, String code, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.of(status, code, args, locale));
    }
}
