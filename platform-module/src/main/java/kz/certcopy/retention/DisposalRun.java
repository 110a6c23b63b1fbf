package kz.certcopy.retention;

import java.time.Instant;
import java.util.UUID;

/**
 * The outcome of asking for a disposal run. {@code BUSY}: another node (or thread) holds the disposal lock and is
 * doing the work; nothing was done here. {@code FAILED}: stopped by an error after {@code disposed} copies; the
 * batches done are committed and the next run continues with the rest.
 */
public record DisposalRun(UUID id, Status status, Instant startedAt, Instant finishedAt, int disposed, long held) {

    public enum Status { DONE, FAILED, BUSY }

    static DisposalRun busy(Instant at) {
        return new DisposalRun(null, Status.BUSY, at, at, 0, 0);
    }
}
