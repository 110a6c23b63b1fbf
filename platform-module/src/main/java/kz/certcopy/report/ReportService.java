package kz.certcopy.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.certcopy.audit.AuditTrail;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import kz.certcopy.security.Actor;
import kz.certcopy.security.Role;

/**
 * Reports for records officers and supervisors (and admins). The ministry may read them too: they are counts and
 * copy ids, no personal data. Each report read is an audit entry (without applicant).
 */
public final class ReportService {

    public static final int UPCOMING_DAYS = 30;
    public static final int COPY_LIMIT = 1000;

    private final ReportQueries queries;
    private final AuditTrail audit;
    private final Clock clock;

    public ReportService(ReportQueries queries, AuditTrail audit, Clock clock) {
        this.queries = queries;
        this.audit = audit;
        this.clock = clock;
    }

    /** The period defaults to the current month up to today. */
    public ServiceReport service(Actor actor, String center, LocalDate from, LocalDate to) {
        requireReader(actor);
        requireKnown(center);
        LocalDate today = LocalDate.now(clock);
        Period period = new Period(from != null ? from : today.withDayOfMonth(1), to != null ? to : today,
                clock.getZone());
        Instant now = clock.instant();
        List<ServiceFigures> rows = queries.service(period, center, now);
        ServiceFigures total = rows.stream().filter(r -> r.centerId() == null).findFirst().orElseThrow();
        List<ServiceFigures> centers = rows.stream().filter(r -> r.centerId() != null).toList();
        audit.record(actor.username(), center, "REPORT_SERVICE_READ", null, null);
        return new ServiceReport(period, center, now, centers, total);
    }

    public RetentionReport retention(Actor actor, String center) {
        requireReader(actor);
        requireKnown(center);
        RetentionReport report = queries.retention(center, clock.instant(), UPCOMING_DAYS, COPY_LIMIT);
        audit.record(actor.username(), center, "REPORT_RETENTION_READ", null, null);
        return report;
    }

    public boolean handoversRecorded() {
        return queries.handoversRecorded();
    }

    private void requireKnown(String center) {
        if (center != null && !queries.knownCenter(center)) {
            throw new CertCopyException("UNKNOWN_CENTER", ErrorKind.NOT_FOUND);
        }
    }

    /** Who may read retention reports (also what the web workspace offers). */
    public static boolean mayRead(Actor actor) {
        return actor.has(Role.RECORDS_OFFICER) || actor.has(Role.SUPERVISOR) || actor.has(Role.ADMIN)
                || actor.has(Role.MINISTRY);
    }

    private static void requireReader(Actor actor) {
        if (!mayRead(actor)) {
            throw new CertCopyException("ACCESS_DENIED", ErrorKind.FORBIDDEN);
        }
    }
}
