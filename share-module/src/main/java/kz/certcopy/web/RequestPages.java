package kz.certcopy.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.certcopy.applicant.Bin;
import kz.certcopy.applicant.Iin;
import kz.certcopy.certification.CertificationRequest;
import kz.certcopy.certification.CertificationRequestId;
import kz.certcopy.certification.CertifiedCopies;
import kz.certcopy.certification.CertifiedCopyId;
import kz.certcopy.copies.ClerkKeys;
import kz.certcopy.copies.CopyCertification;
import kz.certcopy.handover.Handover;
import kz.certcopy.certification.Original;
import kz.certcopy.certification.OriginalOutcome;
import kz.certcopy.certification.RefusalGround;
import kz.certcopy.certification.RefusalItem;
import kz.certcopy.certification.RequestService;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import kz.certcopy.intake.pages.OriginalRef;
import kz.certcopy.intake.pages.ScanPages;
import kz.certcopy.security.Actor;
import kz.certcopy.storage.ConsentScans;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** New-request wizard, the request page (originals, what is left) and refusal per original. */
@Controller
public class RequestPages {

    private final RequestService requests;
    private final ScanPages pages;
    private final Workspace workspace;
    private final MessageSource messages;
    private final Clock clock;
    private final CertifiedCopies copies;
    private final CopyCertification certification;
    private final Handover handover;
    private final ConsentScans consentScans;
    private final ClerkKeys clerkKeys;

    public RequestPages(RequestService requests, ScanPages pages, Workspace workspace, MessageSource messages,
                        Clock clock, CertifiedCopies copies, CopyCertification certification, Handover handover,
                        ConsentScans consentScans, ClerkKeys clerkKeys) {
        this.consentScans = consentScans;
        this.clerkKeys = clerkKeys;
        this.copies = copies;
        this.certification = certification;
        this.handover = handover;
        this.requests = requests;
        this.pages = pages;
        this.workspace = workspace;
        this.messages = messages;
        this.clock = clock;
    }

    /** An original on the request page: its outcome, how many pages are scanned, its certified copy if any. */
    public record OriginalView(int number, String description, OriginalOutcome outcome, int pageCount,
                               String copyId) {
    }

    /** The attached consent scan as the request page shows it: when, file type, size, by whom, replaced files. */
    public record ConsentScanInfo(String attachedAt, String type, String size, String attachedBy, int replaced) {
        static ConsentScanInfo of(ConsentScans.ConsentScan s, java.time.ZoneId zone) {
            String type = switch (s.mediaType()) {
                case "application/pdf" -> "PDF";
                case "image/jpeg" -> "JPEG";
                case "image/png" -> "PNG";
                default -> "TIFF";
            };
            String size = s.size() >= 1024 * 1024
                    ? String.format(Locale.ROOT, "%.1f MB", s.size() / (1024.0 * 1024))
                    : String.format(Locale.ROOT, "%d KB", Math.max(1, Math.round(s.size() / 1024.0)));
            return new ConsentScanInfo(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
                    .format(s.attachedAt().atZone(zone)), type, size, s.attachedBy(), s.replacedScans());
        }
    }

    /** Result of checking an IIN/BIN as it is typed. */
    public record IdCheck(boolean valid, String message) {
    }

    @GetMapping("/requests/new")
    String wizard(Model model) {
        workspace.clerk();
        model.addAttribute("form", Wizard.empty());
        return "wizard";
    }

    @PostMapping("/requests")
    String register(HttpServletRequest req, Model model, Locale locale) {
        Actor clerk = workspace.clerk();
        Wizard form = Wizard.from(req);
        try {
            CertificationRequest r = requests.register(clerk, form.toRegistration());
            return "redirect:/requests/" + r.id().value();
        } catch (Wizard.FieldError e) {
            return refused(model, form, e.field(), e.row(), e.error(), locale);
        } catch (CertCopyException e) {
            Wizard.FieldError at = form.locate(e);
            return refused(model, form, at.field(), at.row(), e, locale);
        }
    }

    /**
     * Checks an identifier as the clerk types it; the reason comes in the page's language. POST with the number in
     * the body: an IIN never appears in a URL (access logs, history).
     */
    @PostMapping("/requests/check-id")
    @ResponseBody
    IdCheck checkId(@RequestParam String kind, @RequestParam String value, Locale locale) {
        String v = value.strip();
        boolean legal = "LEGAL_ENTITY".equals(kind);
        boolean ok = legal ? validBin(v) : Iin.isValid(v);
        if (ok) {
            return new IdCheck(true, messages.getMessage("web.id.ok", null, locale));
        }
        String code = !v.matches("\\d*") ? "web.id.digitsOnly" : v.length() != 12 ? "web.id.length"
                : legal ? "error.INVALID_BIN" : "error.INVALID_IIN";
        return new IdCheck(false, messages.getMessage(code, new Object[]{v.length()}, locale));
    }

    @GetMapping("/requests/{id}")
    String request(@PathVariable String id, Model model) {
        show(model, requests.get(workspace.actor(), CertificationRequestId.parse(id)));
        return "request";
    }

    /**
     * Refuses the originals the clerk marked: for each, the grounds of rule item 9 ticked and the reason (fields
     * {@code refuse}, {@code grounds-N}, {@code details-N}). Errors come back next to the original they concern, with
     * everything the clerk typed and ticked still in the form.
     */
    @PostMapping("/requests/{id}/refusal")
    String refuse(@PathVariable String id, @RequestParam long version, HttpServletRequest req, Model model,
                  Locale locale) {
        CertificationRequestId rid = CertificationRequestId.parse(id);
        RefusalDraft draft = RefusalDraft.from(req);
        List<RefusalItem> items = draft.items();
        String general = null;
        if (draft.errors().isEmpty()) {
            try {
                if (!draft.anyMarked()) {
                    throw new CertCopyException("NO_REFUSAL_ITEMS", ErrorKind.INVALID_INPUT);
                }
                requests.refuse(workspace.actor(), rid, items, version);
                return "redirect:/requests/" + id + "#refusals";
            } catch (CertCopyException e) {
                if (!draft.attach(e)) {
                    general = message(e, locale);
                }
            }
        }
        // next to its original when the form still shows that original (pending), otherwise at the top
        CertificationRequest r = requests.get(workspace.actor(), rid);
        Map<Integer, String> errors = new LinkedHashMap<>();
        List<String> top = new ArrayList<>();
        draft.errors().forEach((n, e) -> {
            boolean shown = r.original(n).map(o -> o.outcome() == OriginalOutcome.PENDING).orElse(false);
            if (shown) {
                errors.put(n, message(e, locale));
            } else {
                top.add(message(e, locale));
            }
        });
        if (general != null) {
            top.add(0, general);
        } else if (!errors.isEmpty()) {
            top.add(0, messages.getMessage("web.refuse.fix", new Object[] {errors.size()}, locale));
        }
        model.addAttribute("refusalError", String.join(" ", top));
        model.addAttribute("refusalErrors", errors);
        model.addAttribute("draft", draft);
        show(model, r);
        return "request";
    }

    private String message(CertCopyException e, Locale locale) {
        return messages.getMessage("error." + e.code(), e.args(), e.code(), locale);
    }

    /** Certifies an original with the clerk's server-side key (the key configured for the clerk's account). */
    @PostMapping("/requests/{id}/originals/{n}/certify")
    String certify(@PathVariable String id, @PathVariable int n, Model model, Locale locale) {
        CertificationRequestId rid = CertificationRequestId.parse(id);
        try {
            certification.certify(workspace.actor(), rid, n);
            return "redirect:/requests/" + id + "?certified=" + n;
        } catch (CertCopyException e) {
            model.addAttribute("certifyError", messages.getMessage("error." + e.code(), e.args(), e.code(), locale));
            model.addAttribute("certifyOriginal", n);
            show(model, requests.get(workspace.actor(), rid));
            return "request";
        }
    }

    /** Writes a copy's hand-over package to the configured removable-media directory. */
    @PostMapping("/requests/{id}/copies/{copyId}/media")
    String toMedia(@PathVariable String id, @PathVariable String copyId, Model model, Locale locale) {
        try {
            var file = handover.toMedia(workspace.actor(), CertifiedCopyId.parse(copyId), null);
            return "redirect:/requests/" + id + "?media=" + java.net.URLEncoder.encode(file.getFileName().toString(),
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (CertCopyException e) {
            model.addAttribute("certifyError", messages.getMessage("error." + e.code(), e.args(), e.code(), locale));
            show(model, requests.get(workspace.actor(), CertificationRequestId.parse(id)));
            return "request";
        }
    }

    private void show(Model model, CertificationRequest r) {
        List<OriginalView> originals = r.originals().stream().map(o -> view(r, o)).toList();
        var scan = consentScans.current(r.id());
        model.addAttribute("r", r);
        model.addAttribute("row", RequestRow.of(r, scan.isPresent(), clock.instant(), clock.getZone()));
        model.addAttribute("consentScan", scan.map(s -> ConsentScanInfo.of(s, clock.getZone())).orElse(null));
        model.addAttribute("originals", originals);
        model.addAttribute("grounds", RefusalGround.values());
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", RefusalDraft.empty());
            model.addAttribute("refusalErrors", Map.of());
        }
        model.addAttribute("canWork", workspace.actor().canWork(r.centerId()));
        // "Certify" with the server's key only for a clerk who has one there; NCALayer is offered to every clerk
        model.addAttribute("serverKey", clerkKeys.forClerk(workspace.actor().username()).isPresent());
    }

    private OriginalView view(CertificationRequest r, Original o) {
        int count = pages.list(new OriginalRef(r.id().value(), o.number())).size();
        String copy = o.outcome() == OriginalOutcome.CERTIFIED
                ? copies.findByOriginal(r.id(), o.number()).map(c -> c.id().toString()).orElse(null) : null;
        return new OriginalView(o.number(), o.document().describe(), o.outcome(), count, copy);
    }

    /**
     * The wizard again as typed, with the error under its field: a field the error names by its API name is named
     * by its label on the page, and an error of the originals' table says which row.
     */
    private String refused(Model model, Wizard form, String field, int row, CertCopyException e, Locale locale) {
        Object[] args = e.args();
        for (int i = 0; i < args.length; i++) {
            String label = Wizard.labelKey(args[i]);
            if (label != null) {
                args[i] = messages.getMessage("web.field.named", new Object[] {messages.getMessage(label, null, locale)},
                        locale);
            }
        }
        String error = messages.getMessage("error." + e.code(), args, e.code(), locale);
        if (row > 0) {
            error = messages.getMessage("web.doc.rowError", new Object[] {row, error}, locale);
        }
        model.addAttribute("form", form);
        model.addAttribute("errorField", field);
        model.addAttribute("error", error);
        return "wizard";
    }

    private static boolean validBin(String v) {
        try {
            Bin.of(v);
            return true;
        } catch (CertCopyException e) {
            return false;
        }
    }
}
