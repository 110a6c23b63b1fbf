package kz.certcopy.security;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who is acting: the signed-in user's name, the IIN of their signing certificate (clerks only), their center
 * (clerks only) and roles. Plain value so domain services can take it without knowing about Spring Security.
 */
public record Actor(String username, String iin, String centerId, Set<Role> roles) {

    public Actor {
        Objects.requireNonNull(username, "username");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** The actor for work the system does on its own (migrations, seeding, sweeps). */
    public static Actor system() {
        return new Actor("system", null, null, Set.of(Role.ADMIN));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Clerks act only for their own center; supervisors, records officers, ministry and admins see every center. */
    public boolean canRead(String center) {
        return has(Role.SUPERVISOR) || has(Role.RECORDS_OFFICER) || has(Role.MINISTRY) || has(Role.ADMIN)
                || (has(Role.CLERK) && Objects.equals(centerId, center));
    }

    public boolean canWork(String center) {
        return has(Role.CLERK) && Objects.equals(centerId, center);
    }

    @Override
    public String toString() {
        return "Actor[" + username + ", " + centerId + ", " + roles + "]";
    }
}
