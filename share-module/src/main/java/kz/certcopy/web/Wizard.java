package kz.certcopy.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /**
     * A domain error together with the form field it belongs to; {@code row} is the original's number (from 1) when
     * the error concerns a row of the originals' table, else 0.
     */
    public static final class FieldError extends RuntimeException {
        private final String field;
        private final CertCopyException error;
        private final int row;

        FieldError(String field, CertCopyException error, int row) {
            super(error.code(), null, false, false);
            this.field = field;
            this.error = error;
            this.row = row;
        }

        public String field() {
            return field;
        }

        public CertCopyException error() {
            return error;
        }

        public int row() {
            return row;
        }
    }

    /**
     * The domain names a text field as the API does ("applicant.address"); the wizard shows the error under the
     * field with that name and names it by its label, so a clerk never reads an API path. Field name → form field,
     * label key.
     */
    private static final Map<String, String[]> FIELDS = Map.ofEntries(
            Map.entry("applicant.iin", new String[] {"applicantId", "web.applicant.iin"}),
            Map.entry("applicant.bin", new String[] {"applicantId", "web.applicant.bin"}),
            Map.entry("applicant.fullName", new String[] {"applicantName", "web.applicant.name"}),
            Map.entry("applicant.address", new String[] {"address", "web.applicant.address"}),
            Map.entry("applicant.phone", new String[] {"phone", "web.applicant.phone"}),
            Map.entry("representative.iin", new String[] {"repIin", "web.rep.iin"}),
            Map.entry("representative.fullName", new String[] {"repName", "web.rep.name"}),
            Map.entry("representative.authorityDocument", new String[] {"repDocument", "web.rep.document"}),
            Map.entry("representative.authorityDate", new String[] {"repDate", "web.rep.date"}),
            Map.entry("kind", new String[] {null, "web.doc.kind"}),
            Map.entry("number", new String[] {null, "web.doc.number"}),
            Map.entry("date", new String[] {null, "web.doc.date"}),
            Map.entry("issuer", new String[] {null, "web.doc.issuer"}));

    /** An original's field as the registration names it: {@code originals[<index among those sent>].<field>}. */
    private static final Pattern ORIGINAL_FIELD = Pattern.compile("originals\\[(\\d+)]\\.(\\w+)");

    /** The message key of the label of a field the domain names, or null when the name is not a wizard field. */
    static String labelKey(Object domainField) {
        String name = String.valueOf(domainField);
        Matcher m = ORIGINAL_FIELD.matcher(name);
        String[] f = FIELDS.get(m.matches() ? m.group(2) : name);
        return f == null ? null : f[1];
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
            int row = i + 1;
            LocalDate date = field("doc" + i, row, () -> date(d.date()));
            originals.add(field("doc" + i, row, () -> new OriginalDocument(d.kind(), d.number(), date, d.issuer())));
        }
        if (originals.isEmpty()) {
            throw new FieldError("doc0", new CertCopyException("NO_DOCUMENTS", ErrorKind.INVALID_INPUT), 0);
        }
        return new RegistrationForm(null, applicant, rep, originals, electronicMedia, null);
    }

    /**
     * Where an error of the registration as a whole goes: under the field it names (an original's field in that
     * original's row; blank rows are not sent, so the n-th original sent is the n-th filled-in row), else by its code.
     */
    FieldError locate(CertCopyException e) {
        for (Object arg : e.args()) {
            Matcher m = ORIGINAL_FIELD.matcher(String.valueOf(arg));
            if (m.matches()) {
                int row = filledRow(Integer.parseInt(m.group(1)));
                return new FieldError("doc" + row, e, row + 1);
            }
            String[] f = FIELDS.get(String.valueOf(arg));
            if (f != null && f[0] != null) {
                return new FieldError(f[0], e, 0);
            }
        }
        return new FieldError(fieldOf(e.code()), e, 0);
    }

    /** The index in {@link #docs} of the {@code sent}-th filled-in row (0-based); the last row if there are fewer. */
    private int filledRow(int sent) {
        int seen = -1;
        for (int i = 0; i < docs.size(); i++) {
            if (!docs.get(i).blank() && ++seen == sent) {
                return i;
            }
        }
        return Math.max(0, docs.size() - 1);
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

    private static <T> T field(String name, Supplier<T> build) {
        return field(name, 0, build);
    }

    /**
     * Builds a part of the form; its error goes to {@code name}, or to the field the error itself names (one
     * constructor checks the applicant's name, address and phone), or to the representative's document.
     */
    private static <T> T field(String name, int row, Supplier<T> build) {
        try {
            return build.get();
        } catch (CertCopyException e) {
            String target = name;
            for (Object arg : e.args()) {
                String[] f = FIELDS.get(String.valueOf(arg));
                if (f != null && f[0] != null) {
                    target = f[0];
                }
            }
            if ("AUTHORITY_DOCUMENT_REQUIRED".equals(e.code())) {
                target = "repDocument";
            }
            throw new FieldError(target, e, row);
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
