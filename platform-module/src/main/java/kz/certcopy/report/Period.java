package kz.certcopy.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;

/** Whole days {@code from}..{@code to} (both included) in the centers' time zone, as the instants [start, end). */
public record Period(LocalDate from, LocalDate to, ZoneId zone) {

    /** Longest period one report covers; longer ones are asked for in parts. */
    public static final int MAX_DAYS = 366;

    public Period {
        if (from == null || to == null || zone == null) {
            throw new CertCopyException("MISSING_PARAMETER", ErrorKind.INVALID_INPUT);
        }
        if (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new CertCopyException("INVALID_PERIOD", ErrorKind.INVALID_INPUT, MAX_DAYS);
        }
    }

    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
