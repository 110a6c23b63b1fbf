package kz.certcopy.applicant;

import java.time.DateTimeException;
import java.time.LocalDate;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;

/**
 * Individual identification number (ЖСН / ИИН): YYMMDD birth date, a century/sex digit 1..6, four serial digits,
 * a check digit. {@link #toString()} masks the number so it cannot leak into logs by accident.
 */
public record Iin(String value) implements ApplicantId {

    public Iin {
        if (!KzIdCheckDigit.twelveDigits(value)) {
            throw invalid();
        }
        int centurySex = value.charAt(6) - '0';
        if (centurySex < 1 || centurySex > 6) {
            throw invalid();
        }
        if (birthDate(value) == null || !KzIdCheckDigit.valid(value)) {
            throw invalid();
        }
    }

    public static Iin of(String value) {
        return new Iin(value == null ? null : value.strip());
    }

    /** Like {@link #of(String)}, but {@code INVALID_IIN} names {@code field} (e.g. {@code representative.iin}). */
    public static Iin of(String value, String field) {
        if (!isValid(value)) {
            throw new CertCopyException("INVALID_IIN", ErrorKind.INVALID_INPUT, field);
        }
        return of(value);
    }

    public static boolean isValid(String value) {
        try {
            of(value);
            return true;
        } catch (CertCopyException e) {
            return false;
        }
    }

    @Override
    public ApplicantKind kind() {
        return ApplicantKind.INDIVIDUAL;
    }

    public LocalDate birthDate() {
        return birthDate(value);
    }

    /** True for the odd century/sex digits (1, 3, 5). */
    public boolean male() {
        return (value.charAt(6) - '0') % 2 == 1;
    }

    private static LocalDate birthDate(String v) {
        int centurySex = v.charAt(6) - '0';
        int century = 1800 + 100 * ((centurySex - 1) / 2);
        int year = century + Integer.parseInt(v.substring(0, 2));
        try {
            return LocalDate.of(year, Integer.parseInt(v.substring(2, 4)), Integer.parseInt(v.substring(4, 6)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static CertCopyException invalid() {
        return new CertCopyException("INVALID_IIN", ErrorKind.INVALID_INPUT);
    }

    @Override
    public String toString() {
        return "Iin[********" + value.substring(8) + "]";
    }
}
