package kz.certcopy.audit;

import kz.certcopy.security.Actor;

/**
 * The append-only, hash-chained audit trail. Call {@link #record} inside the transaction of the action it records,
 * so the entry commits (or rolls back) with it. {@code applicantRef} (an IIN/BIN) is stored in the database only,
 * never logged.
 */
public interface AuditTrail {

    void record(String actor, String centerId, String action, String objectRef, String applicantRef);

    default void record(Actor actor, String action, String objectRef, String applicantRef) {
        record(actor.username(), actor.centerId(), action, objectRef, applicantRef);
    }

    /** Recomputes the chain from the first entry and reports the first broken link, if any. */
    AuditVerification verify();
}
