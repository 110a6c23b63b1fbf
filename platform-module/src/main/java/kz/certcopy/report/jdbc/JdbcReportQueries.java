package kz.certcopy.report.jdbc;

import static kz.certcopy.retention.jdbc.SqlTime.instant;
import static kz.certcopy.retention.jdbc.SqlTime.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import kz.certcopy.certification.RefusalGround;
import kz.certcopy.report.Period;
import kz.certcopy.report.ReportQueries;
import kz.certcopy.report.RetentionReport;
import kz.certcopy.report.ServiceFigures;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The report figures as a handful of grouped queries (one row per center plus the {@code GROUPING SETS} total, so
 * percentiles of the total are computed over all requests, not averaged over centers). Nothing is loaded row by
 * row except the capped list of upcoming copies.
 */
public class JdbcReportQueries implements ReportQueries {

    private static final String TOTAL = "\u0000total";

    private final JdbcClient jdbc;
    private final ZoneId zone;

    public JdbcReportQueries(JdbcClient jdbc, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    /** Mutable per-center accumulator while the queries fill in their parts. */
    private static final class Row {
        long requests, completed, copies, refused, disposals, placed, released, active, breaches;
        Long handovers;
        Double median, p95;
        final Map<String, Long> grounds = new LinkedHashMap<>();

        Row() {
            for (RefusalGround g : RefusalGround.values()) {
                grounds.put(g.name(), 0L);
            }
        }
    }

    @Override
    public List<ServiceFigures> service(Period p, String center, Instant now) {
        Map<String, Row> rows = new TreeMap<>();
        rows.put(TOTAL, new Row());
        String byCenter = center == null ? "" : " AND center_id = :center";
        Map<String, Object> params = new HashMap<>();
        params.put("start", ts(p.start()));
        params.put("end", ts(p.end()));
        params.put("now", ts(now));
        if (center != null) {
            params.put("center", center);
        }
        jdbc.sql("""
                SELECT center_id, grouping(center_id) AS total, count(*) AS requests,
                       count(*) FILTER (WHERE status = 'COMPLETED') AS completed,
                       count(*) FILTER (WHERE overrun_seconds > 0 OR (finished_at IS NULL
                             AND registered_at + time_limit_seconds * interval '1 second' < :now)) AS breaches,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM finished_at - registered_at))
                             FILTER (WHERE status = 'COMPLETED') AS median,
                       percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM finished_at - registered_at))
                             FILTER (WHERE status = 'COMPLETED') AS p95
                FROM certification_request
                WHERE registered_at >= :start AND registered_at < :end""" + byCenter + """

                GROUP BY GROUPING SETS ((center_id), ())""")
                .params(params).query(rs -> {
                    Row r = row(rows, rs);
                    r.requests = rs.getLong("requests");
                    r.completed = rs.getLong("completed");
                    r.breaches = rs.getLong("breaches");
                    r.median = (Double) rs.getObject("median");
                    r.p95 = (Double) rs.getObject("p95");
                });
        jdbc.sql("""
                SELECT r.center_id, grouping(r.center_id) AS total, g.ground, count(*) AS n
                FROM refusal_item i JOIN refusal f ON f.id = i.refusal_id
                     JOIN certification_request r ON r.id = f.request_id
                     CROSS JOIN LATERAL unnest(i.grounds) AS g (ground)
                WHERE f.refused_at >= :start AND f.refused_at < :end""" + byCenter.replace("center_id", "r.center_id")
                + """

                GROUP BY GROUPING SETS ((r.center_id, g.ground), (g.ground))""")
                .params(params).query(rs -> {
                    row(rows, rs).grounds.merge(rs.getString("ground"), rs.getLong("n"), Long::sum);
                });
        // an original refused on several grounds counts once here and once under each of its grounds above
        jdbc.sql("""
                SELECT r.center_id, grouping(r.center_id) AS total, count(*) AS n
                FROM refusal_item i JOIN refusal f ON f.id = i.refusal_id
                     JOIN certification_request r ON r.id = f.request_id
                WHERE f.refused_at >= :start AND f.refused_at < :end""" + byCenter.replace("center_id", "r.center_id")
                + """

                GROUP BY GROUPING SETS ((r.center_id), ())""")
                .params(params).query(rs -> {
                    row(rows, rs).refused = rs.getLong("n");
                });
        jdbc.sql("""
                SELECT center_id, grouping(center_id) AS total,
                       count(*) FILTER (WHERE certified_at >= :start AND certified_at < :end) AS copies,
                       count(*) FILTER (WHERE disposed_at >= :start AND disposed_at < :end) AS disposals
                FROM certified_copy
                WHERE ((certified_at >= :start AND certified_at < :end)
                       OR (disposed_at >= :start AND disposed_at < :end))""" + byCenter + """

                GROUP BY GROUPING SETS ((center_id), ())""")
                .params(params).query(rs -> {
                    Row r = row(rows, rs);
                    r.copies = rs.getLong("copies");
                    r.disposals = rs.getLong("disposals");
                });
        jdbc.sql("""
                SELECT c.center_id, grouping(c.center_id) AS total,
                       count(*) FILTER (WHERE e.kind = 'PLACED') AS placed,
                       count(*) FILTER (WHERE e.kind = 'RELEASED') AS released
                FROM legal_hold_event e JOIN certified_copy c ON c.id = e.copy_id
                WHERE e.at >= :start AND e.at < :end""" + byCenter.replace("center_id", "c.center_id") + """

                GROUP BY GROUPING SETS ((c.center_id), ())""")
                .params(params).query(rs -> {
                    Row r = row(rows, rs);
                    r.placed = rs.getLong("placed");
                    r.released = rs.getLong("released");
                });
        jdbc.sql("""
                SELECT c.center_id, grouping(c.center_id) AS total, count(*) AS active
                FROM (SELECT DISTINCT ON (copy_id) copy_id, kind FROM legal_hold_event
                      WHERE at < :end ORDER BY copy_id, id DESC) last
                     JOIN certified_copy c ON c.id = last.copy_id
                WHERE last.kind = 'PLACED'""" + byCenter.replace("center_id", "c.center_id") + """

                GROUP BY GROUPING SETS ((c.center_id), ())""")
                .params(params).query(rs -> {
                    row(rows, rs).active = rs.getLong("active");
                });
        Handovers.count(jdbc, params, byCenter.replace("center_id", "c.center_id")).ifPresent(counts -> rows.forEach((id, r) ->
                r.handovers = counts.getOrDefault(id.equals(TOTAL) ? null : id, 0L)));
        List<ServiceFigures> out = new ArrayList<>();
        rows.forEach((id, r) -> out.add(new ServiceFigures(id.equals(TOTAL) ? null : id, r.requests, r.completed,
                r.copies, Map.copyOf(r.grounds), r.refused, r.handovers, r.disposals, r.placed, r.released, r.active,
                r.breaches, r.median, r.p95)));
        return out;
    }

    private static Row row(Map<String, Row> rows, ResultSet rs) throws SQLException {
        String id = rs.getInt("total") == 1 ? TOTAL : rs.getString("center_id");
        return rows.computeIfAbsent(id, k -> new Row());
    }

    @Override
    public boolean handoversRecorded() {
        return Handovers.recorded(jdbc);
    }

    @Override
    public RetentionReport retention(String center, Instant now, int days, int copyLimit) {
        String byCenter = center == null ? "" : " AND c.center_id = :center";
        Map<String, Object> params = new HashMap<>();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant horizon = today.plusDays(days + 1L).atStartOfDay(zone).toInstant();
        params.put("now", ts(now));
        params.put("horizon", ts(horizon));
        if (center != null) {
            params.put("center", center);
        }
        record Totals(long kept, long held, long overdue, long disposed) {
        }
        Totals totals = jdbc.sql("""
                SELECT count(*) FILTER (WHERE c.disposed_at IS NULL) AS kept,
                       count(*) FILTER (WHERE c.disposed_at IS NULL AND c.legal_hold) AS held,
                       count(*) FILTER (WHERE c.disposed_at IS NULL AND c.retain_until < :now) AS overdue,
                       count(*) FILTER (WHERE c.disposed_at IS NOT NULL) AS disposed
                FROM certified_copy c
                WHERE true""" + byCenter)
                .params(params).query((rs, n) -> new Totals(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4))).single();
        String upcoming = """
                FROM certified_copy c
                WHERE c.disposed_at IS NULL AND c.retain_until >= :now AND c.retain_until < :horizon""" + byCenter;
        params.put("zone", zone.getId());
        List<RetentionReport.Day> perDay = jdbc.sql("""
                SELECT (c.retain_until AT TIME ZONE :zone)::date AS day, count(*) AS n,
                       count(*) FILTER (WHERE c.legal_hold) AS held
                """ + upcoming + " GROUP BY 1 ORDER BY 1")
                .params(params).query((rs, n) -> new RetentionReport.Day(rs.getObject(1, LocalDate.class),
                        rs.getLong(2), rs.getLong(3))).list();
        params.put("limit", copyLimit);
        List<RetentionReport.Copy> copies = jdbc.sql("SELECT c.id, c.center_id, c.retain_until, c.legal_hold "
                        + upcoming + " ORDER BY c.retain_until, c.id LIMIT :limit")
                .params(params).query((rs, n) -> new RetentionReport.Copy(rs.getObject(1, UUID.class),
                        rs.getString(2), instant(rs, 3), rs.getBoolean(4))).list();
        RetentionReport.LastRun last = jdbc.sql("""
                SELECT id, status, started_at, finished_at, disposed FROM disposal_run
                ORDER BY started_at DESC LIMIT 1""")
                .query((rs, n) -> new RetentionReport.LastRun(rs.getObject(1, UUID.class), rs.getString(2),
                        instant(rs, 3), instant(rs, 4), (Integer) rs.getObject(5))).optional().orElse(null);
        return new RetentionReport(center, now, days, totals.kept(), totals.held(), totals.overdue(),
                totals.disposed(), perDay, copies, last);
    }

    @Override
    public boolean knownCenter(String center) {
        return jdbc.sql("SELECT count(*) FROM service_center WHERE id = ?").param(center).query(Long.class)
                .single() > 0;
    }

    /**
     * Hand-overs are what certification writes to the audit trail: the package written to removable media
     * ({@code COPY_HANDED_OVER}) or downloaded ({@code COPY_PACKAGE_DOWNLOADED}); a copy handed over twice in the
     * period counts once.
     */
    static final class Handovers {
        static final String ACTIONS = "('COPY_HANDED_OVER', 'COPY_PACKAGE_DOWNLOADED')";

        private Handovers() {
        }

        static boolean recorded(JdbcClient jdbc) {
            return true;
        }

        static Optional<Map<String, Long>> count(JdbcClient jdbc, Map<String, Object> params, String byCenter) {
            Map<String, Long> counts = new HashMap<>();
            jdbc.sql("""
                    SELECT c.center_id, grouping(c.center_id) AS total, count(DISTINCT c.id) AS n
                    FROM audit_entry a JOIN certified_copy c ON a.object_ref = 'copy:' || c.id::text
                    WHERE a.action IN """ + ACTIONS + " AND a.at >= :start AND a.at < :end" + byCenter + """

                    GROUP BY GROUPING SETS ((c.center_id), ())""")
                    .params(params).query(rs -> {
                        counts.put(rs.getInt("total") == 1 ? null : rs.getString("center_id"), rs.getLong("n"));
                    });
            return Optional.of(counts);
        }
    }
}
