package kz.certcopy.api;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.Localizable;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds RFC 9457 problem details: {@code type} = {@code urn:certcopy:problem:<code>}, {@code code} = the stable
 * code, {@code detail} = the message {@code error.<CODE>} in the caller's language (kk, ru, en; ru by default).
 */
@Component
public class Problems {

    /** Codes whose first argument is the JSON path of the input concerned ({@code TEXT_TOO_LONG}: the second). */
    private static final Set<String> FIELD_FIRST = Set.of("INVALID_TEXT", "IMPLAUSIBLE_DATE", "INVALID_IIN",
            "INVALID_BIN", "UNKNOWN_FIELD", "ORIGINAL_KIND_REQUIRED", "APPLICANT_NAME_REQUIRED",
            "REPRESENTATIVE_NAME_REQUIRED", "AUTHORITY_DOCUMENT_REQUIRED", "SIGNATURE_REQUIRED", "EMPTY_PART");

    private final MessageSource messages;

    public Problems(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail of(int status, String code, Object[] args, Locale locale) {
        HttpStatusCode statusCode = HttpStatusCode.valueOf(status);
        ProblemDetail p = ProblemDetail.forStatus(statusCode);
        p.setType(URI.create("urn:certcopy:problem:" + code));
        HttpStatus known = HttpStatus.resolve(status);
        String english = known != null ? known.getReasonPhrase() : "Error";
        p.setTitle(messages.getMessage("problem.title." + status, null, english, locale)); // in the caller's language
        p.setDetail(message(code, args, locale));
        p.setProperty("code", code);
        return p;
    }

    /**
     * A domain error as a problem. An error about one input names it as {@code field} (e.g.
     * {@code originals[0].kind}), so a client can put the message next to it as it does for {@code INVALID_VALUE}.
     */
    public ProblemDetail of(CertCopyException e, Locale locale) {
        ProblemDetail p = of(e.kind().httpStatus(), e.code(), e.args(), locale);
        String field = field(e.code(), e.args());
        if (field != null) {
            p.setProperty("field", field);
        }
        return p;
    }

    static String field(String code, Object[] args) {
        int at = code.equals("TEXT_TOO_LONG") ? 1 : FIELD_FIRST.contains(code) ? 0 : -1;
        return at >= 0 && args.length > at && args[at] instanceof String s ? s : null;
    }

    /** Arguments that have a name in the bundles (e.g. a request state) are shown by it, not by their code. */
    private Object[] localized(Object[] args, Locale locale) {
        if (args == null) {
            return null;
        }
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof Localizable l) {
                out[i] = messages.getMessage(l.messageKey(), null, String.valueOf(l), locale);
            }
        }
        return out;
    }

    public String message(String code, Object[] args, Locale locale) {
        try {
            return messages.getMessage("error." + code, localized(args, locale), locale);
        } catch (NoSuchMessageException e) {
            return messages.getMessage("error.UNKNOWN", new Object[] {code}, code, locale);
        }
    }
}
