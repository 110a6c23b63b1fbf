package kz.certcopy.certification;

import java.time.LocalDate;
import kz.certcopy.common.Texts;

/** Details of a paper original as the clerk types them: kind (e.g. diploma), number, date, issuer. */
public record OriginalDocument(String kind, String number, LocalDate date, String issuer) {

    public OriginalDocument {
        kind = Texts.required(kind, "kind", "ORIGINAL_KIND_REQUIRED", 200);
        number = Texts.optional(number, "number", 100);
        issuer = Texts.optional(issuer, "issuer", 300);
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
