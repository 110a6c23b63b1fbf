package kz.certcopy.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.certcopy.certification.CertificationRequest;
import kz.certcopy.storage.ConsentScans;
import kz.certcopy.certification.RequestService;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Today: the open requests of the clerk's center with their service clocks, then those finished today. */
@Controller
public class TodayController {

    private final RequestService requests;
    private final Workspace workspace;
    private final Clock clock;
    private final ConsentScans consentScans;

    public TodayController(RequestService requests, Workspace workspace, Clock clock, ConsentScans consentScans) {
        this.consentScans = consentScans;
        this.requests = requests;
        this.workspace = workspace;
        this.clock = clock;
    }

    @GetMapping("/")
    String today(Model model) {
        String home = Workspace.Desk.home(workspace.actor());
        if (home == null) {
            throw new CertCopyException("ACCESS_DENIED", ErrorKind.FORBIDDEN);
        }
        if (!home.equals("/")) { // the start page of a supervisor, records officer or ministry account
            return "redirect:" + home;
        }
        rows(model);
        return "today";
    }

    /** The table alone, refreshed by the page every 30 seconds. */
    @GetMapping("/today/rows")
    String rowsOnly(Model model) {
        rows(model);
        return "today :: rows";
    }

    private void rows(Model model) {
        Instant now = clock.instant();
        List<CertificationRequest> found = requests.list(workspace.actor(), null, null);
        Set<UUID> scanned = consentScans.current(found.stream().map(r -> r.id().value()).toList()).keySet();
        List<RequestRow> all = found.stream()
                .map(r -> RequestRow.of(r, scanned.contains(r.id().value()), now, clock.getZone())).toList();
        model.addAttribute("open", all.stream().filter(RequestRow::open).toList());
        model.addAttribute("finished", all.stream().filter(r -> !r.open()).toList());
    }
}
