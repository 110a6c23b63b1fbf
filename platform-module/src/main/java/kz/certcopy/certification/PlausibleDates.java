package kz.certcopy.certification;

import java.time.LocalDate;
import kz.certcopy.applicant.ApplicantId;
import kz.certcopy.applicant.Iin;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;

/**
 * Dates a clerk types must be possible: nothing signed or issued tomorrow, nobody born in the future, and nothing
 * before 1800 (older papers are not brought to a center, and such years are typing errors). {@code today} comes
 * from the service's clock, so the domain stays free of the system time.
 */
final class PlausibleDates {

    static final LocalDate EARLIEST = LocalDate.of(1800, 1, 1);

    private PlausibleDates() {
    }

    /** {@code IMPLAUSIBLE_DATE} naming {@code field} if {@code date} (nullable) is in the future or before 1800. */
    static void check(LocalDate date, String field, LocalDate today) {
        if (date != null && (date.isAfter(today) || date.isBefore(EARLIEST))) {
            throw new CertCopyException("IMPLAUSIBLE_DATE", ErrorKind.INVALID_INPUT, field);
        }
    }

    /** An IIN whose birth date is after today is not a real IIN: {@code INVALID_IIN} naming {@code field}. */
    static void born(ApplicantId id, String field, LocalDate today) {
        if (id instanceof Iin iin && iin.birthDate().isAfter(today)) {
            throw new CertCopyException("INVALID_IIN", ErrorKind.INVALID_INPUT, field);
        }
    }

    /** A day to list requests of: any real calendar day from 1800 to 9999 (beyond, time arithmetic overflows). */
    static void listable(LocalDate day) {
        if (day.isBefore(EARLIEST) || day.getYear() > 9999) {
            throw new CertCopyException("IMPLAUSIBLE_DATE", ErrorKind.INVALID_INPUT, "date");
        }
    }
}
