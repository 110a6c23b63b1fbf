package kz.certcopy.retention;

import java.time.Instant;
import java.util.UUID;

/** What a hold needs to know of a copy: its center, and whether and when it was disposed of. */
public record HeldCopy(UUID copyId, String centerId, Instant retainUntil, Instant disposedAt) {

    public boolean disposed() {
        return disposedAt != null;
    }
}
