package kz.certcopy.web;

import java.time.Clock;
import java.util.List;
import kz.certcopy.certification.RequestService;
import java.util.Locale;
import kz.certcopy.certification.CertifiedCopy;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.copies.CopyReads;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Finding an applicant's certified copies by IIN/BIN in every center (rule 8). The reason (for another center's
 * copies: the clerk's current request) is required by the platform and recorded in the audit trail with each read;
 * the links carry it so downloads are audited with it too.
 */
@Controller
public class CopySearch {

    private final CopyReads reads;
    private final Workspace workspace;
    private final MessageSource messages;
    private final RequestService requests;
    private final Clock clock;

    public CopySearch(CopyReads reads, Workspace workspace, MessageSource messages, RequestService requests,
                      Clock clock) {
        this.requests = requests;
        this.clock = clock;
        this.reads = reads;
        this.workspace = workspace;
        this.messages = messages;
    }

    @GetMapping("/copies")
    String form(Model model, Locale locale) {
        return search(null, null, model, locale);
    }

    /** POST, so the applicant's number never appears in a URL (history, proxies, access logs). */
    @PostMapping("/copies")
    String search(@RequestParam(required = false) String applicant, @RequestParam(required = false) String reason,
                  Model model, Locale locale) {
        model.addAttribute("applicant", applicant == null ? "" : applicant);
        model.addAttribute("reason", reason == null ? "" : reason);
        var actor = workspace.actor();
        if (actor.centerId() != null) { // a clerk's reason is one of their center's requests of today
            model.addAttribute("reasons", requests.list(actor, null, null).stream()
                    .map(r -> RequestRow.of(r, clock.instant(), clock.getZone())).toList());
        }
        if (applicant == null || applicant.isBlank()) {
            return "copies";
        }
        try {
            List<CertifiedCopy> found = reads.byApplicant(workspace.actor(), applicant.strip(), reason, 0, 50);
            model.addAttribute("found", found.stream().map(c -> new Found(c.id().toString(), c.centerId(),
                    workspace.centerName(c.centerId(), locale), c.originalNumber(),
                    c.certifiedAt().atZone(clock.getZone()).toLocalDate().toString(),
                    c.signer().clerkName(), c.legalHold())).toList());
        } catch (CertCopyException e) {
            model.addAttribute("error", messages.getMessage("error." + e.code(), e.args(), e.code(), locale));
        }
        return "copies";
    }

    /** One copy found, as listed. */
    public record Found(String id, String centerId, String center, int original, String certifiedOn, String signer,
                        boolean held) {
    }
}
