package kz.certcopy.retention;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A certified copy whose retention term is over, as the disposal job needs it: where it came from (request and
 * original, for its scans), whom it belongs to (hashed into the tombstone, then forgotten) and its place in the
 * disposal order ({@code retainUntil}, {@code copyId}).
 */
public record ExpiredCopy(UUID copyId, String centerId, UUID requestId, int originalNumber, String applicantId,
                          Instant retainUntil) {

    public ExpiredCopy {
        Objects.requireNonNull(copyId, "copyId");
        Objects.requireNonNull(retainUntil, "retainUntil");
    }

    /** The keyset position just after this copy. */
    public DisposalCursor cursor() {
        return new DisposalCursor(retainUntil, copyId);
    }
}
