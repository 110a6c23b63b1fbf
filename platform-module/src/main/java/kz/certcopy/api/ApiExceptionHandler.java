package kz.certcopy.api;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error leaves the API as problem+json with a stable {@code code} and a localized message; nothing else
 * (no stack trace, no exception text, no personal data) reaches the client.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final Problems problems;

    public ApiExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(CertCopyException.class)
    ResponseEntity<ProblemDetail> certCopy(CertCopyException e) {
        ResponseEntity.BodyBuilder r = ResponseEntity.status(e.kind().httpStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (e.kind() == ErrorKind.TOO_MANY_REQUESTS && e.args().length > 0 && e.args()[0] instanceof Number wait) {
            r.header(HttpHeaders.RETRY_AFTER, String.valueOf(wait.longValue())); // seconds, as the message says
        }
        return r.body(problems.of(e, LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return respond(403, "ACCESS_DENIED", new Object[0]);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        // logged for operators by type only; the message may quote input
        log.error("Unexpected failure: {}", e.getClass().getName(), e);
        return respond(500, "INTERNAL_ERROR", new Object[0]);
    }

    /** Spring MVC's own exceptions (bad JSON, wrong method, missing parameter, ...) get codes too. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        String code = codeFor(ex, statusCode);
        int status = code.equals("PAYLOAD_TOO_LARGE") ? 413 : statusCode.value();
        String field = code.equals("INVALID_VALUE") || code.equals("UNKNOWN_FIELD") ? JsonFields.path(ex) : null;
        Object[] args = field != null ? new Object[] {field}
                : ex instanceof HttpMediaTypeNotSupportedException m ? new Object[] {supported(m)} : new Object[0];
        ProblemDetail p = problems.of(status, code, args, LocaleContextHolder.getLocale());
        if (field != null) {
            p.setProperty("field", field);
        }
        HttpHeaders h = new HttpHeaders();
        h.addAll(headers);
        h.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return ResponseEntity.status(status).headers(h).body(p);
    }

    /** What the endpoint takes, e.g. {@code multipart/form-data}: the message says it instead of a fixed type. */
    private static String supported(HttpMediaTypeNotSupportedException e) {
        List<MediaType> types = e.getSupportedMediaTypes();
        return types.isEmpty() ? MediaType.APPLICATION_JSON_VALUE
                : types.stream().map(t -> t.getType() + "/" + t.getSubtype()).distinct()
                        .collect(Collectors.joining(", "));
    }

    private static String codeFor(Exception ex, HttpStatusCode status) {
        if (ex instanceof HttpMessageNotReadableException) {
            for (Throwable t = ex; t != null; t = t.getCause()) {
                if (t instanceof JsonSizeLimitFilter.TooLarge) {
                    return "PAYLOAD_TOO_LARGE";
                }
                if (t instanceof UnrecognizedPropertyException) {
                    return "UNKNOWN_FIELD"; // a misspelt or foreign field: refused, not silently dropped
                }
                if (t instanceof MismatchedInputException || t instanceof InputCoercionException) {
                    // well-formed JSON, wrong shape or value (unknown ground, bad date, a number beyond an int)
                    return "INVALID_VALUE";
                }
            }
            return "MALFORMED_JSON";
        }
        if (ex instanceof MethodArgumentTypeMismatchException || ex instanceof MethodArgumentNotValidException) {
            return "INVALID_PARAMETER";
        }
        if (ex instanceof MissingServletRequestParameterException || ex instanceof MissingRequestHeaderException) {
            return "MISSING_PARAMETER";
        }
        if (ex instanceof MissingServletRequestPartException) {
            return "FILE_REQUIRED"; // every multipart endpoint's required part is a file
        }
        if (ex instanceof NoResourceFoundException) {
            return "NOT_FOUND";
        }
        if (ex instanceof HttpRequestMethodNotSupportedException) {
            return "METHOD_NOT_ALLOWED";
        }
        if (ex instanceof HttpMediaTypeNotSupportedException) {
            return "UNSUPPORTED_MEDIA_TYPE";
        }
        if (ex instanceof HttpMediaTypeNotAcceptableException) {
            return "NOT_ACCEPTABLE";
        }
        return status.is4xxClientError() ? "INVALID_REQUEST" : "INTERNAL_ERROR";
    }

    private ResponseEntity<ProblemDetail> respond(int status, String code, Object[] args) {
        Locale locale = LocaleContextHolder.getLocale();
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.of(status, code, args, locale));
    }
}
