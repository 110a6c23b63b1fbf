package kz.certcopy.retention;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The copies due for disposal and their reduction to tombstones (port; JDBC adapter over the copies table). */
public interface DisposalQueue {

    /**
     * Up to {@code limit} active copies without a legal hold whose {@code retainUntil} is before {@code cutoff},
     * after {@code after} (null: from the start), in disposal order, locked for this transaction. Copies locked by
     * someone else (a hold being placed) are skipped; the next run takes them. The hold is a column of the copy's
     * own row, so a hold committed while the batch waits is seen when the row is re-checked under its lock.
     */
    List<ExpiredCopy> nextBatch(Instant cutoff, DisposalCursor after, int limit);

    /** Copies past their term that a legal hold keeps. */
    long heldPastTerm(Instant cutoff);

    /**
     * Reduces the records to tombstones: status DISPOSED, {@code disposedAt}, the applicant only as its keyed hash
     * (key {@code keyId}), the applicant's and clerk's identifiers and names blanked; the run that did it is recorded
     * so counts come from the rows, never from a counter.
     */
    void tombstone(List<Tombstone> tombstones, String keyId, Instant disposedAt, UUID runId);

    /** A copy and the keyed hash of its applicant (null if the record had none). */
    record Tombstone(UUID copyId, String applicantHash) {
    }
}
