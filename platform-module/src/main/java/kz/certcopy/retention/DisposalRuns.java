package kz.certcopy.retention;

import java.time.Instant;
import java.util.UUID;

/** The journal of disposal runs: who started each, when it ended and how (port). */
public interface DisposalRuns {

    void started(UUID runId, Instant at, String trigger, String actor);

    /** Ends the run; {@code disposed} is read from the tombstones the run wrote. Returns that count. */
    int finished(UUID runId, Instant at, DisposalRun.Status status);
}
