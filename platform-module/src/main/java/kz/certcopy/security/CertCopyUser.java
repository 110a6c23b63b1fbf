package kz.certcopy.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in user as Spring Security sees it, carrying what {@link Actor} needs. */
public class CertCopyUser extends User {

    private final Actor actor;

    public CertCopyUser(String username, String passwordHash, boolean enabled, String iin, String centerId,
                        Set<Role> roles) {
        super(username, passwordHash, enabled, true, true, true, authorities(roles));
        this.actor = new Actor(username, iin, centerId, roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles));
    }

    public Actor actor() {
        return actor;
    }

    private static Collection<? extends GrantedAuthority> authorities(Set<Role> roles) {
        return roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }
}
