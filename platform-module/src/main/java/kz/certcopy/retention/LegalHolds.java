package kz.certcopy.retention;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Legal holds and their history (port; JDBC adapter). */
public interface LegalHolds {

    /** The copy, locked until the end of the transaction so a disposal batch and a hold never cross. */
    Optional<HeldCopy> lockCopy(UUID copyId);

    Optional<LegalHold> active(UUID copyId);

    void place(LegalHold hold);

    void release(UUID copyId);

    void append(LegalHoldEvent event);

    List<LegalHoldEvent> history(UUID copyId);
}
