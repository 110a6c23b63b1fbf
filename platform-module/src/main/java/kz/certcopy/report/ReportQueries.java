package kz.certcopy.report;

import java.time.Instant;
import java.util.List;

/** The figures behind the reports, computed by the database (port; JDBC adapter). */
public interface ReportQueries {

    /** Per-center rows (centers with any activity, or just {@code center}) and the total row (centerId null). */
    List<ServiceFigures> service(Period period, String center, Instant now);

    /** Whether hand-overs are recorded at all (the hand-over figure is otherwise meaningless). */
    boolean handoversRecorded();

    RetentionReport retention(String center, Instant now, int days, int copyLimit);

    boolean knownCenter(String center);
}
