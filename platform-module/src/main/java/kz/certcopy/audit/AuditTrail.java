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

    /** One entry for {@link #recordAll}. */
    record Entry(String actor, String centerId, String action, String objectRef, String applicantRef) {
    }

    /**
     * Records several entries in this order, in the caller's transaction (e.g. one per copy of a disposal batch).
     * Adapters may append them in one round trip; the chain is the same as with one {@link #record} call each.
     */
    default void recordAll(java.util.List<Entry> entries) {
        for (Entry e : entries) {
            record(e.actor(), e.centerId(), e.action(), e.objectRef(), e.applicantRef());
        }
    }

    /** Recomputes the chain from the first entry and reports the first broken link, if any. */
    AuditVerification verify();
}
