package kz.certcopy.web;

import java.time.Clock;
import java.util.List;
import kz.certcopy.certification.RequestService;
import java.util.Locale;
import kz.certcopy.certification.CertifiedCopy;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.certification.CertifiedCopyId;
import kz.certcopy.copies.CopyReads;
import kz.certcopy.handover.Handover;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Finding an applicant's certified copies by IIN/BIN in every center (rule 8). The reason (for another center's
 * copies: the clerk's current request) is required by the platform and recorded in the audit trail with each read;
 * the links carry it so downloads are audited with it too. A clerk of any center can hand a found copy over again
 * on their center's removable medium.
 */
@Controller
public class CopySearch {

    private final CopyReads reads;
    private final Workspace workspace;
    private final MessageSource messages;
    private final RequestService requests;
    private final Clock clock;
    private final Handover handover;

    public CopySearch(CopyReads reads, Workspace workspace, MessageSource messages, RequestService requests,
                      Clock clock, Handover handover) {
        this.handover = handover;
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
            model.addAttribute("error", message(e, locale));
        }
        return "copies";
    }

    /**
     * Hands a found copy over again on the removable medium of the clerk's center (rule 8: any center), with the
     * search's reason; the result or the error is shown on that copy's row and the results stay on screen.
     */
    @PostMapping("/copies/{copyId}/media")
    String toMedia(@PathVariable String copyId, @RequestParam(required = false) String applicant,
                   @RequestParam(required = false) String reason, Model model, Locale locale) {
        model.addAttribute("mediaCopy", copyId);
        try {
            var file = handover.toMedia(workspace.actor(), CertifiedCopyId.parse(copyId), reason);
            model.addAttribute("mediaDone", messages.getMessage("web.copy.mediaDone",
                    new Object[]{file.getFileName().toString()}, locale));
        } catch (CertCopyException e) {
            model.addAttribute("mediaError", message(e, locale));
        }
        String view = search(applicant, reason, model, locale);
        // a copy disposed of meanwhile is no longer among the results: its error is shown above them
        Object found = model.getAttribute("found");
        model.addAttribute("mediaInRow", found instanceof List<?> l && l.stream()
                .anyMatch(f -> ((Found) f).id().equals(copyId)));
        return view;
    }

    /** The error in the page's language; a disposal date is shown as the local day it happened. */
    private String message(CertCopyException e, Locale locale) {
        Object[] args = e.args();
        if ("COPY_DISPOSED".equals(e.code()) && args.length > 0) {
            try {
                args = new Object[]{java.time.Instant.parse(String.valueOf(args[0])).atZone(clock.getZone())
                        .toLocalDate().toString()};
            } catch (java.time.format.DateTimeParseException ignored) {
                // shown as given
            }
        }
        return messages.getMessage("error." + e.code(), args, e.code(), locale);
    }

    /** One copy found, as listed. */
    public record Found(String id, String centerId, String center, int original, String certifiedOn, String signer,
                        boolean held) {
    }
}
