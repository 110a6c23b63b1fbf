package kz.certcopy.certification;

import java.time.LocalDate;
import kz.certcopy.common.Texts;

/** Details of a paper original as the clerk types them: kind (e.g. diploma), number, date, issuer. */
public record OriginalDocument(String kind, String number, LocalDate date, String issuer) {

    private static final String KIND_REQUIRED = "ORIGINAL_KIND_REQUIRED";
    private static final int MAX_KIND = 200;
    private static final int MAX_NUMBER = 100;
    private static final int MAX_ISSUER = 300;

    /** Errors name the fields as the body of one original has them ({@code kind}, {@code number}, {@code issuer}). */
    public OriginalDocument {
        kind = Texts.required(kind, "kind", KIND_REQUIRED, MAX_KIND);
        number = Texts.optional(number, "number", MAX_NUMBER);
        issuer = Texts.optional(issuer, "issuer", MAX_ISSUER);
    }

    /**
     * An original given at {@code path} of a larger body (e.g. {@code originals[1]}): its errors name the field by
     * the full path ({@code originals[1].kind}), as the dates of the same body are named.
     */
    public static OriginalDocument at(String path, String kind, String number, LocalDate date, String issuer) {
        return new OriginalDocument(Texts.required(kind, path + ".kind", KIND_REQUIRED, MAX_KIND),
                Texts.optional(number, path + ".number", MAX_NUMBER), date,
                Texts.optional(issuer, path + ".issuer", MAX_ISSUER));
    }

    /** One line for the consent's list of documents and the refusal notice. */
    public String describe() {
        StringBuilder s = new StringBuilder(kind);
        if (number != null) {
            s.append(" № ").append(number);
        }
        if (date != null) {
            s.append(", ").append(date);
        }
        if (issuer != null) {
            s.append(", ").append(issuer);
        }
        return s.toString();
    }
}
