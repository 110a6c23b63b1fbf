package kz.certcopy.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How long a certified copy is kept (rule, item 8: six months). The term is counted in calendar months from
 * the day of certification in the centers' time zone and ends at the end of that day, so a copy certified at
 * 23:50 in Almaty is not cut short by the UTC date. A month-end date is clamped (31 Aug + 6 months = 28/29 Feb).
 */
public final class RetentionPolicy {

    public static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");

    private final Period term;
    private final ZoneId zone;

    public RetentionPolicy(Period term, ZoneId zone) {
        this.term = Objects.requireNonNull(term, "term");
        this.zone = Objects.requireNonNull(zone, "zone");
        if (term.isNegative() || term.isZero()) {
            throw new IllegalArgumentException("retention term must be positive");
        }
    }

    /** The rule's default: six calendar months, Asia/Almaty. */
    public static RetentionPolicy sixMonths() {
        return new RetentionPolicy(Period.ofMonths(6), KAZAKHSTAN);
    }

    /** The last instant at which the copy must still be kept (end of the last day, exclusive bound minus 1 ms). */
    public Instant retainUntil(Instant certifiedAt) {
        LocalDate lastDay = certifiedAt.atZone(zone).toLocalDate().plus(term);
        return lastDay.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1);
    }

    /** True once the term is over: the copy may be disposed of unless a legal hold stops it. */
    public boolean isExpired(Instant retainUntil, Instant now) {
        return now.isAfter(retainUntil);
    }

    public Period term() {
        return term;
    }

    public ZoneId zone() {
        return zone;
    }
}
