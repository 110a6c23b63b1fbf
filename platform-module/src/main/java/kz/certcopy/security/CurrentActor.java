package kz.certcopy.security;

import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The {@link Actor} behind the current request: username, certificate IIN, center and roles. */
@Component
public class CurrentActor {

    public Actor get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CertCopyUser user) {
            return user.actor();
        }
        throw new CertCopyException("UNAUTHENTICATED", ErrorKind.FORBIDDEN);
    }
}
