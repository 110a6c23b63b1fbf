package kz.certcopy.applicant;

import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;

/**
 * Business identification number (БСН / БИН): YYMM of registration, the legal-entity type digit (4 resident,
 * 5 non-resident, 6 individual entrepreneur in joint venture), an attribute digit, five serial digits, a check digit.
 */
public record Bin(String value) implements ApplicantId {

    public Bin {
        if (!KzIdCheckDigit.twelveDigits(value)) {
            throw invalid();
        }
        int month = Integer.parseInt(value.substring(2, 4));
        int type = value.charAt(4) - '0';
        if (month < 1 || month > 12 || type < 4 || type > 6 || !KzIdCheckDigit.valid(value)) {
            throw invalid();
        }
    }

    public static Bin of(String value) {
        return new Bin(value == null ? null : value.strip());
    }

    /** Like {@link #of(String)}, but {@code INVALID_BIN} names {@code field} (e.g. {@code applicant.bin}). */
    public static Bin of(String value, String field) {
        try {
            return of(value);
        } catch (CertCopyException e) {
            throw new CertCopyException("INVALID_BIN", ErrorKind.INVALID_INPUT, field);
        }
    }

    @Override
    public ApplicantKind kind() {
        return ApplicantKind.LEGAL_ENTITY;
    }

    /** 4 = resident legal entity, 5 = non-resident, 6 = individual entrepreneur in a joint venture. */
    public int legalEntityType() {
        return value.charAt(4) - '0';
    }

    private static CertCopyException invalid() {
        return new CertCopyException("INVALID_BIN", ErrorKind.INVALID_INPUT);
    }

    @Override
    public String toString() {
        return "Bin[" + value + "]";
    }
}
