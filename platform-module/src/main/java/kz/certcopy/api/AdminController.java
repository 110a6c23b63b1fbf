package kz.certcopy.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kz.certcopy.audit.AuditTrail;
import kz.certcopy.center.Clerk;
import kz.certcopy.center.ServiceCenter;
import kz.certcopy.center.ServiceCenters;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import kz.certcopy.common.Texts;
import kz.certcopy.security.CurrentActor;
import kz.certcopy.security.Role;
import kz.certcopy.security.UserAccounts;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Centers and accounts, for ADMIN (enforced in the security configuration). */
@RestController
@RequestMapping("/api/v1/admin")
@Tag(name = "Administration")
public class AdminController {

    static final int MIN_PASSWORD = 12;

    private final ServiceCenters centers;
    private final UserAccounts accounts;
    private final AuditTrail audit;
    private final CurrentActor actor;

    public AdminController(ServiceCenters centers, UserAccounts accounts, AuditTrail audit, CurrentActor actor) {
        this.centers = centers;
        this.accounts = accounts;
        this.audit = audit;
        this.actor = actor;
    }

    public record CenterBody(String nameKk, String nameRu, String region, String city, String district) {
    }

    /** {@code iin} and {@code centerId} are required for clerks: the IIN is the one in the clerk's certificate. */
    public record UserBody(String fullName, String password, String iin, String centerId, List<Role> roles) {
    }

    public record UserView(String username, String fullName, String centerId, Set<Role> roles) {
    }

    @PutMapping("/centers/{id}")
    @Operation(summary = "Create or update a Public Service Center")
    @Transactional
    public ServiceCenter putCenter(@PathVariable String id, @RequestBody CenterBody body) {
        if (body == null) {
            throw new CertCopyException("CENTER_NAME_REQUIRED", ErrorKind.INVALID_INPUT);
        }
        ServiceCenter c = new ServiceCenter(id, body.nameKk(), body.nameRu(), body.region(), body.city(),
                body.district());
        centers.save(c);
        audit.record(actor.get(), "CENTER_SAVED", "center:" + c.id(), null);
        return c;
    }

    @PutMapping("/users/{username}")
    @Operation(summary = "Create or update an account (password stored as a bcrypt hash)")
    @Transactional
    public UserView putUser(@PathVariable String username, @RequestBody UserBody body) {
        if (body == null || body.roles() == null || body.roles().isEmpty() || body.roles().contains(null)) {
            throw new CertCopyException("ROLES_REQUIRED", ErrorKind.INVALID_INPUT);
        }
        if (body.password() == null || body.password().length() < MIN_PASSWORD) {
            throw new CertCopyException("PASSWORD_TOO_SHORT", ErrorKind.INVALID_INPUT, MIN_PASSWORD);
        }
        Set<Role> roles = EnumSet.copyOf(body.roles());
        String fullName = Texts.required(body.fullName(), "fullName", "FULL_NAME_REQUIRED", 300);
        String center = null;
        String iin = null;
        if (roles.contains(Role.CLERK)) {
            if (body.centerId() == null || centers.find(Texts.plain(body.centerId(), "centerId")).isEmpty()) {
                throw new CertCopyException("UNKNOWN_CENTER", ErrorKind.UNPROCESSABLE);
            }
            Clerk clerk = new Clerk(username, fullName, body.iin(), body.centerId());
            center = clerk.centerId();
            iin = clerk.certificateIin();
        }
        keepAnAdmin(username, roles);
        String name = Texts.required(username, "username", "USERNAME_REQUIRED", 100);
        accounts.save(name, body.password(), fullName, iin, center, roles);
        audit.record(actor.get(), "USER_SAVED", "user:" + username, null);
        return new UserView(username, fullName, center, roles);
    }

    /** Taking ADMIN away from the last administrator would lock everyone out of administration: 409 LAST_ADMIN. */
    private void keepAnAdmin(String username, Set<Role> newRoles) {
        if (newRoles.contains(Role.ADMIN) || !accounts.roles(username).contains(Role.ADMIN)) {
            return;
        }
        if (accounts.othersWithRoleLocked(Role.ADMIN, username) == 0) {
            throw new CertCopyException("LAST_ADMIN", ErrorKind.CONFLICT);
        }
    }
}
