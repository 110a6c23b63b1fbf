package kz.certcopy.web;

import java.util.Locale;
import java.util.Optional;
import kz.certcopy.center.ServiceCenter;
import kz.certcopy.center.ServiceCenters;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import kz.certcopy.copies.CopyReads;
import kz.certcopy.handover.Handover;
import kz.certcopy.report.ReportService;
import kz.certcopy.retention.LegalHoldService;
import kz.certcopy.security.Actor;
import kz.certcopy.security.CurrentActor;
import kz.certcopy.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who is at the desk: the signed-in user with their full name and their center's name in the page's language. */
@Component
public class Workspace {

    /**
     * What the header shows and what the pages check: which pages the account's roles may open — as the platform's
     * services allow them — and whether the clerk's center has a removable medium for hand-over packages.
     */
    public record Desk(Actor actor, String fullName, String centerName, boolean medium) {
        public boolean clerk() {
            return actor.has(Role.CLERK);
        }

        /** The board (this page's own check). */
        public boolean supervisor() {
            return actor.has(Role.SUPERVISOR) || actor.has(Role.ADMIN);
        }

        /** The copy search. */
        public boolean copies() {
            return CopyReads.maySearch(actor);
        }

        /** The records page's retention report. */
        public boolean reports() {
            return ReportService.mayRead(actor);
        }

        /** Placing and releasing legal holds on the records page. */
        public boolean holds() {
            return LegalHoldService.mayHold(actor);
        }

        /** The page to start on after sign-in; null when the account may open none. */
        public String home() {
            return home(actor);
        }

        /** The title (message key) of {@link #home()}, for links back to it. */
        public String homeTitle() {
            return switch (String.valueOf(home())) {
                case "/board" -> "web.board.title";
                case "/records" -> "web.records.title";
                case "/copies" -> "web.copies.title";
                default -> "web.today.title";
            };
        }

        static String home(Actor a) {
            Desk d = new Desk(a, null, null, false);
            if (d.clerk() && a.centerId() != null) {
                return "/";
            } else if (d.supervisor()) {
                return "/board";
            } else if (a.has(Role.RECORDS_OFFICER)) {
                return "/records";
            } else if (d.copies()) {
                return "/copies"; // the ministry: reads copies across centers
            }
            return d.reports() ? "/records" : null;
        }
    }

    private final CurrentActor current;
    private final ServiceCenters centers;
    private final JdbcClient jdbc;
    private final Handover handover;

    public Workspace(CurrentActor current, ServiceCenters centers, JdbcClient jdbc, Handover handover) {
        this.current = current;
        this.centers = centers;
        this.jdbc = jdbc;
        this.handover = handover;
    }

    public Actor actor() {
        return current.get();
    }

    /**
     * The signed-in clerk, for pages only a clerk uses (the wizard): a supervisor or records officer who opens one
     * by its address is told they lack the right, not a confusing error of the form ("no such center").
     */
    public Actor clerk() {
        Actor a = current.get();
        if (!a.has(Role.CLERK)) {
            throw new CertCopyException("ACCESS_DENIED", ErrorKind.FORBIDDEN);
        }
        return a;
    }

    public Desk desk(Locale locale) {
        Actor a = current.get();
        String name = jdbc.sql("SELECT full_name FROM app_user WHERE username = ?").param(a.username())
                .query(String.class).optional().orElse(a.username());
        String center = a.centerId() == null ? null : centerName(a.centerId(), locale);
        return new Desk(a, name, center, a.has(Role.CLERK) && handover.offersMedia(a.centerId()));
    }

    /** Kazakh name for kk, Russian otherwise (centers are registered with these two names). */
    public String centerName(String centerId, Locale locale) {
        Optional<ServiceCenter> c = centers.find(centerId);
        return c.map(x -> "kk".equals(locale.getLanguage()) ? x.nameKk() : x.nameRu()).orElse(centerId);
    }
}
