package kz.certcopy.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import kz.certcopy.center.ServiceCenter;
import kz.certcopy.center.ServiceCenters;
import kz.certcopy.certification.RequestService;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Supervisor board: open requests that are past or near the 30-minute limit, in every center, and per clerk today
 * how many requests they took and how many originals they certified or refused.
 */
@Controller
public class SupervisorBoard {

    private final RequestService requests;
    private final ServiceCenters centers;
    private final Workspace workspace;
    private final Clock clock;

    public SupervisorBoard(RequestService requests, ServiceCenters centers, Workspace workspace, Clock clock) {
        this.requests = requests;
        this.centers = centers;
        this.workspace = workspace;
        this.clock = clock;
    }

    /** A late or nearly late request with the center it is in. */
    public record Late(String center, RequestRow row) {
    }

    /** What one clerk did today. */
    public record Throughput(String clerk, String center, int requests, int completed, int certified, int refused) {
    }

    @GetMapping("/board")
    String board(Model model, Locale locale) {
        var actor = workspace.actor();
        if (!workspace.desk(locale).supervisor()) {
            throw new CertCopyException("ACCESS_DENIED", ErrorKind.FORBIDDEN);
        }
        Instant now = clock.instant();
        List<Late> late = new ArrayList<>();
        Map<String, Throughput> perClerk = new TreeMap<>();
        for (ServiceCenter c : centers.all()) {
            String name = workspace.centerName(c.id(), locale);
            for (var r : requests.list(actor, c.id(), null)) {
                RequestRow row = RequestRow.of(r, now, clock.getZone());
                if (row.open() && !"ok".equals(row.clockLevel())) {
                    late.add(new Late(name, row));
                }
                perClerk.merge(row.clerk(), new Throughput(row.clerk(), name, 1, row.open() ? 0 : 1,
                        row.certified(), row.refused()), SupervisorBoard::sum);
            }
        }
        late.sort(Comparator.comparingLong(l -> l.row().minutesLeft()));
        model.addAttribute("late", late);
        model.addAttribute("clerks", List.copyOf(perClerk.values()));
        return "board";
    }

    private static Throughput sum(Throughput a, Throughput b) {
        return new Throughput(a.clerk(), a.center(), a.requests() + b.requests(), a.completed() + b.completed(),
                a.certified() + b.certified(), a.refused() + b.refused());
    }
}
