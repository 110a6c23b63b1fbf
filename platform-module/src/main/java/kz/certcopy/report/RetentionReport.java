package kz.certcopy.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the retention side looks like now: copies kept, under hold, already due, disposed of; the disposals coming
 * in the next days (per day and copy by copy, without personal data); and the last disposal run.
 */
public record RetentionReport(String center, Instant generatedAt, int days, long kept, long held, long overdue,
                              long disposed, List<Day> upcoming, List<Copy> copies, LastRun lastRun) {

    /** Copies whose term ends on {@code date}; {@code held} of them will stay until their hold is released. */
    public record Day(LocalDate date, long copies, long held) {
    }

    public record Copy(UUID copyId, String centerId, Instant retainUntil, boolean held) {
    }

    public record LastRun(UUID id, String status, Instant startedAt, Instant finishedAt, Integer disposed) {
    }
}
