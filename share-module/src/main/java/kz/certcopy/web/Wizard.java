package kz.certcopy.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import kz.certcopy.applicant.Applicant;
import kz.certcopy.applicant.ApplicantId;
import kz.certcopy.applicant.Bin;
import kz.certcopy.applicant.Iin;
import kz.certcopy.certification.OriginalDocument;
import kz.certcopy.certification.RegistrationForm;
import kz.certcopy.applicant.Representative;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;

/**
 * What the clerk typed into the new-request wizard, kept as text so a refused form comes back as it was typed.
 * {@link #toRegistration()} builds the domain form; a {@link FieldError} names the field a domain error concerns.
 */
public record Wizard(String kind, String applicantId, String applicantName, String address, String phone,
                     boolean represented, String repName, String repIin, String repDocument, String repDate,
                     List<Doc> docs, boolean electronicMedia) {

    /** One original as typed. */
    public record Doc(String kind, String number, String date, String issuer) {
        boolean blank() {
            return isBlank(kind) && isBlank(number) && isBlank(date) && isBlank(issuer);
        }
    }

    /** A domain error together with the form field it belongs to. */
    public static final class FieldError extends RuntimeException {
        private final String field;
        private final CertCopyException error;

        FieldError(String field, CertCopyException error) {
            super(error.code(), null, false, false);
            this.field = field;
            this.error = error;
        }

        public String field() {
            return field;
        }

        public CertCopyException error() {
            return error;
        }
    }

    static Wizard empty() {
        return new Wizard("INDIVIDUAL", "", "", "", "", false, "", "", "", "", List.of(new Doc("", "", "", "")),
                false);
    }

    static Wizard from(HttpServletRequest req) {
        String[] kinds = values(req, "docKind");
        String[] numbers = values(req, "docNumber");
        String[] dates = values(req, "docDate");
        String[] issuers = values(req, "docIssuer");
        List<Doc> docs = new ArrayList<>();
        for (int i = 0; i < kinds.length; i++) {
            docs.add(new Doc(kinds[i], at(numbers, i), at(dates, i), at(issuers, i)));
        }
        return new Wizard("LEGAL_ENTITY".equals(req.getParameter("kind")) ? "LEGAL_ENTITY" : "INDIVIDUAL",
                text(req, "applicantId"), text(req, "applicantName"), text(req, "address"), text(req, "phone"),
                req.getParameter("represented") != null, text(req, "repName"), text(req, "repIin"),
                text(req, "repDocument"), text(req, "repDate"), docs.isEmpty() ? List.of(new Doc("", "", "", ""))
                        : docs, "yes".equals(req.getParameter("electronicMedia")));
    }

    RegistrationForm toRegistration() {
        ApplicantId id = field("applicantId", () -> "LEGAL_ENTITY".equals(kind) ? Bin.of(applicantId)
                : Iin.of(applicantId));
        Applicant applicant = field("applicantName", () -> new Applicant(id, applicantName, address, phone));
        Representative rep = null;
        if (represented) {
            Iin repId = field("repIin", () -> Iin.of(repIin));
            LocalDate date = field("repDate", () -> date(repDate));
            rep = field("repName", () -> new Representative(repName, repId, repDocument, date));
        }
        List<OriginalDocument> originals = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            Doc d = docs.get(i);
            if (d.blank()) {
                continue;
            }
            LocalDate date = field("doc" + i, () -> date(d.date()));
            originals.add(field("doc" + i, () -> new OriginalDocument(d.kind(), d.number(), date, d.issuer())));
        }
        if (originals.isEmpty()) {
            throw new FieldError("doc0", new CertCopyException("NO_DOCUMENTS", ErrorKind.INVALID_INPUT));
        }
        return new RegistrationForm(null, applicant, rep, originals, electronicMedia, null);
    }

    /** Which field a domain error of the whole registration belongs to (the rest goes on top of the form). */
    static String fieldOf(String code) {
        return switch (code) {
            case "INVALID_IIN", "INVALID_BIN", "APPLICANT_ID_REQUIRED" -> "applicantId";
            case "APPLICANT_NAME_REQUIRED" -> "applicantName";
            case "NO_DOCUMENTS", "ORIGINAL_KIND_REQUIRED", "TOO_MANY_ORIGINALS" -> "doc0";
            default -> "form";
        };
    }

    private static <T> T field(String name, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (CertCopyException e) {
            throw new FieldError(name, e);
        }
    }

    private static LocalDate date(String text) {
        if (isBlank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new CertCopyException("INVALID_DATE", ErrorKind.INVALID_INPUT);
        }
    }

    private static String[] values(HttpServletRequest req, String name) {
        String[] v = req.getParameterValues(name);
        return v == null ? new String[0] : v;
    }

    private static String at(String[] a, int i) {
        return i < a.length ? a[i] : "";
    }

    private static String text(HttpServletRequest req, String name) {
        String v = req.getParameter(name);
        return v == null ? "" : v;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
