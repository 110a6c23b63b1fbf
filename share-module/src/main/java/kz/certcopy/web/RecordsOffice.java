package kz.certcopy.web;

import java.util.Locale;
import java.util.UUID;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import kz.certcopy.report.ReportService;
import kz.certcopy.retention.LegalHoldService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Records officer: the retention report (kept, held, overdue, disposed; disposals of the next 30 days copy by
 * copy) and legal holds placed or released on a copy with the reason. The report's PDF/CSV come from the report
 * API with the same session.
 */
@Controller
public class RecordsOffice {

    private final ReportService reports;
    private final LegalHoldService holds;
    private final Workspace workspace;
    private final MessageSource messages;

    public RecordsOffice(ReportService reports, LegalHoldService holds, Workspace workspace, MessageSource messages) {
        this.reports = reports;
        this.holds = holds;
        this.workspace = workspace;
        this.messages = messages;
    }

    @GetMapping("/records")
    String records(@RequestParam(required = false) String center, Model model, Locale locale) {
        String c = center == null || center.isBlank() ? null : center;
        model.addAttribute("report", reports.retention(workspace.actor(), c));
        model.addAttribute("center", c);
        return "records";
    }

    /**
     * Places ({@code action=place}) or releases a legal hold on one copy; the reason is required either way. The form
     * is checked here, not by the browser ({@code novalidate}): every message in the page's language, and an error
     * brings the form back with both fields as typed.
     */
    @PostMapping("/records/holds")
    String hold(@RequestParam(defaultValue = "") String copyId, @RequestParam(defaultValue = "place") String action,
                @RequestParam(defaultValue = "") String reason, Model model, Locale locale) {
        try {
            UUID id = parse(copyId);
            if ("release".equals(action)) {
                holds.release(workspace.actor(), id, reason);
            } else {
                holds.place(workspace.actor(), id, reason);
            }
            return "redirect:/records?done=" + ("release".equals(action) ? "released" : "placed");
        } catch (CertCopyException e) {
            model.addAttribute("holdError", messages.getMessage("error." + e.code(), e.args(), e.code(), locale));
            model.addAttribute("holdCopy", copyId);
            model.addAttribute("holdReason", reason);
            model.addAttribute("report", reports.retention(workspace.actor(), null));
            return "records";
        }
    }

    /** A copy id as typed; empty or not a UUID at all says so (a well-formed unknown id is NOT_FOUND later). */
    private static UUID parse(String id) {
        if (id.isBlank()) {
            throw new CertCopyException("WEB_HOLD_COPY_REQUIRED", ErrorKind.INVALID_INPUT);
        }
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            throw new CertCopyException("WEB_NOT_A_COPY_ID", ErrorKind.INVALID_INPUT);
        }
    }
}
