package kz.certcopy.report.render;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.certcopy.certification.RefusalGround;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import kz.certcopy.report.RetentionReport;
import kz.certcopy.report.ServiceFigures;
import kz.certcopy.report.ServiceReport;

/** The printable reports: headings in the reader's language (kk, ru, en), figures per center, the total. */
public final class PdfReports {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private PdfReports() {
    }

    /** {@code centerNames}: center id → name in the reader's language. */
    public static byte[] service(ServiceReport report, ReportTexts t, Map<String, String> centerNames,
                                 boolean handoversRecorded, ZoneId zone) {
        return render(t, pdf -> {
            pdf.heading(t.get("report.service.title"));
            pdf.line(t.get("report.center"), report.center() == null ? t.get("report.allCenters")
                    : centerNames.getOrDefault(report.center(), report.center()));
            pdf.line(t.get("report.period"), DAY.format(report.period().from()) + " – "
                    + DAY.format(report.period().to()));
            pdf.line(t.get("report.generated"), time(report.generatedAt(), zone));
            for (ServiceFigures f : report.centers()) {
                pdf.subheading(centerNames.getOrDefault(f.centerId(), f.centerId()));
                figures(pdf, f, t, handoversRecorded);
            }
            pdf.subheading(t.get("report.total"));
            figures(pdf, report.total(), t, handoversRecorded);
        });
    }

    public static byte[] retention(RetentionReport report, ReportTexts t, Map<String, String> centerNames,
                                   ZoneId zone) {
        return render(t, pdf -> {
            pdf.heading(t.get("report.retention.title"));
            pdf.line(t.get("report.center"), report.center() == null ? t.get("report.allCenters")
                    : centerNames.getOrDefault(report.center(), report.center()));
            pdf.line(t.get("report.generated"), time(report.generatedAt(), zone));
            pdf.line(t.get("retention.kept"), Long.toString(report.kept()));
            pdf.line(t.get("retention.held"), Long.toString(report.held()));
            pdf.line(t.get("retention.overdue"), Long.toString(report.overdue()));
            pdf.line(t.get("retention.disposed"), Long.toString(report.disposed()));
            RetentionReport.LastRun last = report.lastRun();
            pdf.line(t.get("retention.lastRun"), last == null ? t.get("retention.lastRunNone")
                    : t.get("retention.lastRunText", last.status(), time(last.startedAt(), zone),
                            last.disposed() == null ? t.get("report.none") : last.disposed()));
            pdf.subheading(t.get("retention.upcoming", report.days()));
            List<List<String>> days = new ArrayList<>();
            for (RetentionReport.Day d : report.upcoming()) {
                days.add(List.of(DAY.format(d.date()), Long.toString(d.copies()), Long.toString(d.held())));
            }
            pdf.table(List.of(t.get("retention.date"), t.get("retention.copies"), t.get("retention.heldColumn")),
                    new float[] {2, 1, 1}, days);
            List<List<String>> copies = new ArrayList<>();
            for (RetentionReport.Copy c : report.copies()) {
                copies.add(List.of(c.copyId().toString(), centerNames.getOrDefault(c.centerId(), c.centerId()),
                        time(c.retainUntil(), zone), t.get(c.held() ? "report.yes" : "report.no")));
            }
            pdf.table(List.of(t.get("retention.copy"), t.get("report.center"), t.get("retention.retainUntil"),
                    t.get("retention.heldColumn")), new float[] {4.2f, 3, 2.2f, 1.2f}, copies);
        });
    }

    private static void figures(PdfSheet pdf, ServiceFigures f, ReportTexts t, boolean handoversRecorded)
            throws IOException {
        pdf.line(t.get("metric.requests"), Long.toString(f.requests()));
        pdf.line(t.get("metric.completed"), Long.toString(f.completed()));
        pdf.line(t.get("metric.copiesCertified"), Long.toString(f.copiesCertified()));
        pdf.line(t.get("metric.refusals"), Long.toString(f.refusals()));
        for (RefusalGround g : RefusalGround.values()) {
            long n = f.refusalsByGround().getOrDefault(g.name(), 0L);
            if (n > 0) {
                pdf.line(t.get("metric.refusal", t.get("refusal.ground." + g.name())), Long.toString(n));
            }
        }
        pdf.line(t.get("metric.handovers"), handoversRecorded && f.handovers() != null
                ? Long.toString(f.handovers()) : t.get("metric.handoversNotRecorded"));
        pdf.line(t.get("metric.disposals"), Long.toString(f.disposals()));
        pdf.line(t.get("metric.holdsPlaced"), Long.toString(f.holdsPlaced()));
        pdf.line(t.get("metric.holdsReleased"), Long.toString(f.holdsReleased()));
        pdf.line(t.get("metric.holdsActive"), Long.toString(f.holdsActive()));
        pdf.line(t.get("metric.breaches"), Long.toString(f.breaches()));
        pdf.line(t.get("metric.median"), duration(f.medianServiceSeconds(), t));
        pdf.line(t.get("metric.p95"), duration(f.p95ServiceSeconds(), t));
    }

    private static String duration(Double seconds, ReportTexts t) {
        if (seconds == null) {
            return t.get("report.none");
        }
        long s = Math.round(seconds);
        return t.get("report.duration", s / 60, String.format("%02d", s % 60));
    }

    private static String time(Instant at, ZoneId zone) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    @FunctionalInterface
    private interface Body {
        void write(PdfSheet pdf) throws IOException;
    }

    private static byte[] render(ReportTexts t, Body body) {
        try (PdfSheet pdf = new PdfSheet()) {
            body.write(pdf);
            return pdf.finish((page, total) -> t.get("report.page", page, total));
        } catch (IOException e) {
            throw new CertCopyException("REPORT_RENDERING_FAILED", ErrorKind.UNAVAILABLE, e);
        }
    }
}
