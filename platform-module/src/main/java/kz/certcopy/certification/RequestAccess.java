package kz.certcopy.certification;

import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import kz.certcopy.security.Actor;
import kz.certcopy.security.Role;

/**
 * Who may change a request, checked the same way by every change (workflow, scans, consent scan, certification,
 * NCALayer signing) and before anything else about it — keys, versions, states — so the answer depends only on
 * who asks: a user who is not a clerk is told {@code 403 ACCESS_DENIED}; a clerk of another center gets
 * {@code 404 NOT_FOUND}, as when reading the request, so a request's existence does not leak across centers; a
 * reader of every center who is also a clerk elsewhere sees the request and is told {@code 403 WRONG_CENTER}.
 */
public final class RequestAccess {

    private RequestAccess() {
    }

    /** Only clerks change requests; checked before the request is even looked up. */
    public static void requireClerk(Actor actor) {
        if (!actor.has(Role.CLERK)) {
            throw new CertCopyException("ACCESS_DENIED", ErrorKind.FORBIDDEN);
        }
    }

    /** {@link #requireClerk}, then the request's center. */
    public static void requireWork(Actor actor, CertificationRequest request) {
        requireClerk(actor);
        if (!actor.canRead(request.centerId())) {
            throw new CertCopyException("NOT_FOUND", ErrorKind.NOT_FOUND);
        }
        if (!actor.canWork(request.centerId())) {
            throw new CertCopyException("WRONG_CENTER", ErrorKind.FORBIDDEN);
        }
    }
}
