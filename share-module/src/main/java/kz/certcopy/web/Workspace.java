package kz.certcopy.web;

import java.util.Locale;
import java.util.Optional;
import kz.certcopy.center.ServiceCenter;
import kz.certcopy.center.ServiceCenters;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import kz.certcopy.security.Actor;
import kz.certcopy.security.CurrentActor;
import kz.certcopy.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who is at the desk: the signed-in user with their full name and their center's name in the page's language. */
@Component
public class Workspace {

    /** What the header shows and what the pages check (roles). */
    public record Desk(Actor actor, String fullName, String centerName) {
        public boolean clerk() {
            return actor.has(Role.CLERK);
        }

        public boolean supervisor() {
            return actor.has(Role.SUPERVISOR) || actor.has(Role.ADMIN);
        }

        public boolean records() {
            return actor.has(Role.RECORDS_OFFICER) || actor.has(Role.ADMIN);
        }
    }

    private final CurrentActor current;
    private final ServiceCenters centers;
    private final JdbcClient jdbc;

    public Workspace(CurrentActor current, ServiceCenters centers, JdbcClient jdbc) {
        this.current = current;
        this.centers = centers;
        this.jdbc = jdbc;
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
        return new Desk(a, name, center);
    }

    /** Kazakh name for kk, Russian otherwise (centers are registered with these two names). */
    public String centerName(String centerId, Locale locale) {
        Optional<ServiceCenter> c = centers.find(centerId);
        return c.map(x -> "kk".equals(locale.getLanguage()) ? x.nameKk() : x.nameRu()).orElse(centerId);
    }
}
