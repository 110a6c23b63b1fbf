package kz.certcopy.retention;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.certcopy.audit.AuditTrail;
import kz.certcopy.certification.UnitOfWork;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import kz.certcopy.common.Texts;
import kz.certcopy.security.Actor;
import kz.certcopy.security.Role;

/**
 * Places and releases legal holds. Only a records officer may; a reason is required both ways, and every change
 * stays in the history and the audit trail. A disposed copy cannot be held any more ({@code COPY_DISPOSED}, 410).
 */
public final class LegalHoldService {

    public static final int MAX_REASON = 1000;

    private final LegalHolds holds;
    private final AuditTrail audit;
    private final UnitOfWork tx;
    private final Clock clock;

    public LegalHoldService(LegalHolds holds, AuditTrail audit, UnitOfWork tx, Clock clock) {
        this.holds = holds;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    public LegalHold place(Actor actor, UUID copyId, String reason) {
        requireRecordsOfficer(actor);
        String why = reason(reason);
        return tx.inTransaction(() -> {
            HeldCopy copy = liveCopy(copyId);
            if (holds.active(copyId).isPresent()) {
                throw new CertCopyException("LEGAL_HOLD_EXISTS", ErrorKind.CONFLICT);
            }
            Instant now = clock.instant();
            LegalHold hold = new LegalHold(copyId, why, actor.username(), now);
            holds.place(hold);
            holds.append(new LegalHoldEvent(copyId, LegalHoldEvent.Kind.PLACED, why, actor.username(), now));
            audit.record(actor.username(), copy.centerId(), "LEGAL_HOLD_PLACED", "copy:" + copyId, null);
            return hold;
        });
    }

    public void release(Actor actor, UUID copyId, String reason) {
        requireRecordsOfficer(actor);
        String why = reason(reason);
        tx.inTransaction(() -> {
            HeldCopy copy = liveCopy(copyId);
            if (holds.active(copyId).isEmpty()) {
                throw new CertCopyException("NO_LEGAL_HOLD", ErrorKind.CONFLICT);
            }
            holds.release(copyId);
            holds.append(new LegalHoldEvent(copyId, LegalHoldEvent.Kind.RELEASED, why, actor.username(),
                    clock.instant()));
            audit.record(actor.username(), copy.centerId(), "LEGAL_HOLD_RELEASED", "copy:" + copyId, null);
            return null;
        });
    }

    /** The active hold (if any) and the whole history, newest last. Records officers, supervisors, admins. */
    public Status status(Actor actor, UUID copyId) {
        if (!(actor.has(Role.RECORDS_OFFICER) || actor.has(Role.SUPERVISOR) || actor.has(Role.ADMIN))) {
            throw new CertCopyException("ACCESS_DENIED", ErrorKind.FORBIDDEN);
        }
        return tx.inTransaction(() -> {
            HeldCopy copy = holds.lockCopy(copyId)
                    .orElseThrow(() -> new CertCopyException("NOT_FOUND", ErrorKind.NOT_FOUND));
            return new Status(copy, holds.active(copyId), holds.history(copyId));
        });
    }

    public record Status(HeldCopy copy, Optional<LegalHold> active, List<LegalHoldEvent> history) {
    }

    private HeldCopy liveCopy(UUID copyId) {
        HeldCopy copy = holds.lockCopy(copyId)
                .orElseThrow(() -> new CertCopyException("NOT_FOUND", ErrorKind.NOT_FOUND));
        if (copy.disposed()) {
            throw new CertCopyException("COPY_DISPOSED", ErrorKind.GONE, copy.disposedAt().toString());
        }
        return copy;
    }

    /** Who may place and release legal holds (also what the web workspace offers). */
    public static boolean mayHold(Actor actor) {
        return actor.has(Role.RECORDS_OFFICER);
    }

    private static void requireRecordsOfficer(Actor actor) {
        if (!mayHold(actor)) {
            throw new CertCopyException("ACCESS_DENIED", ErrorKind.FORBIDDEN);
        }
    }

    private static String reason(String reason) {
        // checked as every free text is (control characters, direction overrides, length); line breaks allowed
        String trimmed = Texts.multiline(reason, "reason", MAX_REASON);
        if (trimmed == null) {
            throw new CertCopyException("HOLD_REASON_REQUIRED", ErrorKind.INVALID_INPUT);
        }
        return trimmed;
    }
}
