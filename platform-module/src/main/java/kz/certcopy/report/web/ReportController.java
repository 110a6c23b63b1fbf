package kz.certcopy.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import kz.certcopy.center.ServiceCenter;
import kz.certcopy.center.ServiceCenters;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import kz.certcopy.report.ReportService;
import kz.certcopy.report.RetentionReport;
import kz.certcopy.report.ServiceReport;
import kz.certcopy.report.render.CsvReports;
import kz.certcopy.report.render.PdfReports;
import kz.certcopy.report.render.ReportTexts;
import kz.certcopy.retention.config.RetentionProperties;
import kz.certcopy.security.CurrentActor;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports for records officers, supervisors, admins and the ministry (read only): JSON (default), CSV or PDF, chosen
 * by {@code format=} or else by the {@code Accept} header. PDF headings follow {@code Accept-Language} (kk, ru, en).
 */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports")
public class ReportController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ReportService reports;
    private final ServiceCenters centers;
    private final CurrentActor actor;
    private final MessageSource messages;
    private final ZoneId zone;

    public ReportController(ReportService reports, ServiceCenters centers, CurrentActor actor,
                            MessageSource messages, RetentionProperties properties) {
        this.reports = reports;
        this.centers = centers;
        this.actor = actor;
        this.messages = messages;
        this.zone = properties.zone();
    }

    enum Format { JSON, CSV, PDF }

    @GetMapping("/service")
    @Operation(summary = "Requests, copies, refusals by ground, hand-overs, disposals, holds, 30-minute breaches and "
            + "service time (median, 95th percentile) per center for the days from..to (default: this month)")
    public ResponseEntity<?> service(@RequestParam(required = false) String center,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                     LocalDate from,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                     LocalDate to,
                                     @RequestParam(required = false) String format,
                                     @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                     Locale locale) {
        Format f = format(format, accept);
        ServiceReport report = reports.service(actor.get(), blankToNull(center), from, to);
        String name = "service-report-" + report.period().from() + "_" + report.period().to();
        return switch (f) {
            case JSON -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
            case CSV -> file(CSV, name + ".csv", CsvReports.service(report).getBytes(StandardCharsets.UTF_8));
            case PDF -> file(MediaType.APPLICATION_PDF, name + ".pdf", PdfReports.service(report, texts(locale),
                    centerNames(locale), reports.handoversRecorded(), zone));
        };
    }

    @GetMapping("/retention")
    @Operation(summary = "Copies kept, held, overdue and disposed of; disposals due in the next 30 days; last run")
    public ResponseEntity<?> retention(@RequestParam(required = false) String center,
                                       @RequestParam(required = false) String format,
                                       @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                       Locale locale) {
        Format f = format(format, accept);
        RetentionReport report = reports.retention(actor.get(), blankToNull(center));
        String name = "retention-report-" + LocalDate.ofInstant(report.generatedAt(), zone);
        return switch (f) {
            case JSON -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
            case CSV -> file(CSV, name + ".csv", CsvReports.retention(report).getBytes(StandardCharsets.UTF_8));
            case PDF -> file(MediaType.APPLICATION_PDF, name + ".pdf",
                    PdfReports.retention(report, texts(locale), centerNames(locale), zone));
        };
    }

    static Format format(String format, String accept) {
        if (format != null && !format.isBlank()) {
            try {
                return Format.valueOf(format.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CertCopyException("UNSUPPORTED_FORMAT", ErrorKind.INVALID_INPUT);
            }
        }
        if (accept != null) {
            for (MediaType type : MediaType.parseMediaTypes(accept)) {
                if (type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType()) {
                    return Format.JSON;
                }
                if (type.getType().equals("text") && type.getSubtype().equals("csv")) {
                    return Format.CSV;
                }
                if (type.equalsTypeAndSubtype(MediaType.APPLICATION_PDF)) {
                    return Format.PDF;
                }
            }
        }
        return Format.JSON;
    }

    private static ResponseEntity<byte[]> file(MediaType type, String name, byte[] body) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(body);
    }

    private ReportTexts texts(Locale locale) {
        return (key, args) -> messages.getMessage(key, args, locale);
    }

    private Map<String, String> centerNames(Locale locale) {
        Map<String, String> names = new HashMap<>();
        boolean kazakh = "kk".equals(locale.getLanguage());
        for (ServiceCenter c : centers.all()) {
            names.put(c.id(), kazakh ? c.nameKk() : c.nameRu());
        }
        return names;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
