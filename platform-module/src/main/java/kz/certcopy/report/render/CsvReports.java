package kz.certcopy.report.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.certcopy.certification.RefusalGround;
import kz.certcopy.report.RetentionReport;
import kz.certcopy.report.ServiceFigures;
import kz.certcopy.report.ServiceReport;

/**
 * The reports as RFC 4180 CSV (comma, CRLF, fields quoted when needed), with stable English column names for
 * spreadsheets and scripts. The service report has one line per center and a last line {@code ALL}; the retention
 * report one line per copy due in the coming days.
 */
public final class CsvReports {

    private CsvReports() {
    }

    public static String service(ServiceReport report) {
        List<String> header = new ArrayList<>(List.of("center", "from", "to", "requests", "completed",
                "copies_certified", "refusals"));
        for (RefusalGround g : RefusalGround.values()) {
            header.add("refused_" + g.name().toLowerCase(Locale.ROOT));
        }
        header.addAll(List.of("handovers", "disposals", "holds_placed", "holds_released", "holds_active",
                "breaches", "median_service_seconds", "p95_service_seconds"));
        StringBuilder out = new StringBuilder();
        line(out, header);
        List<ServiceFigures> rows = new ArrayList<>(report.centers());
        rows.add(report.total());
        for (ServiceFigures f : rows) {
            List<String> cells = new ArrayList<>(List.of(f.centerId() == null ? "ALL" : f.centerId(),
                    report.period().from().toString(), report.period().to().toString(), n(f.requests()),
                    n(f.completed()), n(f.copiesCertified()), n(f.refusals())));
            for (RefusalGround g : RefusalGround.values()) {
                cells.add(n(f.refusalsByGround().getOrDefault(g.name(), 0L)));
            }
            cells.addAll(List.of(f.handovers() == null ? "" : n(f.handovers()), n(f.disposals()),
                    n(f.holdsPlaced()), n(f.holdsReleased()), n(f.holdsActive()), n(f.breaches()),
                    seconds(f.medianServiceSeconds()), seconds(f.p95ServiceSeconds())));
            line(out, cells);
        }
        return out.toString();
    }

    public static String retention(RetentionReport report) {
        StringBuilder out = new StringBuilder();
        line(out, List.of("copy_id", "center", "retain_until", "held"));
        for (RetentionReport.Copy c : report.copies()) {
            line(out, List.of(c.copyId().toString(), c.centerId(), c.retainUntil().toString(),
                    Boolean.toString(c.held())));
        }
        return out.toString();
    }

    private static String n(long value) {
        return Long.toString(value);
    }

    private static String seconds(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** Quotes a field with a comma, quote or line break; a leading = + - @ is prefixed so no sheet runs it. */
    static String quote(String cell) {
        String s = cell == null ? "" : cell;
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("-?\\d+(\\.\\d+)?")) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
