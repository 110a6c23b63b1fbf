package kz.certcopy.retention;

import java.time.Instant;
import java.util.UUID;

/** A legal hold on a certified copy: while it stands the copy is not disposed of, whatever its retention term. */
public record LegalHold(UUID copyId, String reason, String placedBy, Instant placedAt) {
}
