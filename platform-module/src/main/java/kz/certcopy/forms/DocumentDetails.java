package kz.certcopy.forms;

import java.time.LocalDate;

/**
 * The details (реквизиты / деректемелері) of one paper original: its kind, number, date of issue and issuer,
 * as the clerk entered them. {@code number}, {@code issuedOn} and {@code issuer} may be null when the
 * original has none.
 */
public record DocumentDetails(String kind, String number, LocalDate issuedOn, String issuer) {

    public DocumentDetails {
        FormChecks.required("document.kind", kind);
        FormChecks.limit("document.kind", kind, FormChecks.LONG_TEXT);
        FormChecks.limit("document.number", number, FormChecks.SHORT_TEXT);
        FormChecks.limit("document.issuer", issuer, FormChecks.LONG_TEXT);
    }
}
