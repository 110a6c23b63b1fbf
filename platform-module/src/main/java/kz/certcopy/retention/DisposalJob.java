package kz.certcopy.retention;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import kz.certcopy.audit.AuditTrail;
import kz.certcopy.certification.UnitOfWork;

/**
 * Disposes of the certified copies whose retention term is over (rule item 8). One run at a time across all nodes
 * ({@link DisposalLock}); the expired copies are walked in keyset order in small batches, each batch one transaction
 * that destroys the content, writes the tombstones and one audit entry per copy. A crash loses at most the batch in
 * flight, which rolls back whole, so the next run disposes of it exactly once. Copies under a legal hold are passed
 * over until the hold is released; the run reports how many are held past their term.
 */
public final class DisposalJob {

    /** Called before each batch; lets tests stop a run at a real batch boundary. */
    @FunctionalInterface
    public interface BatchHook {
        BatchHook NONE = batch -> { };

        void beforeBatch(int batchNumber);
    }

    public static final String ACTION = "COPY_DISPOSED";

    private final DisposalQueue queue;
    private final CopyContent content;
    private final DisposalLock lock;
    private final DisposalRuns runs;
    private final ApplicantHasher hasher;
    private final AuditTrail audit;
    private final UnitOfWork tx;
    private final Clock clock;
    private final int batchSize;
    private final BatchHook hook;

    public DisposalJob(DisposalQueue queue, CopyContent content, DisposalLock lock, DisposalRuns runs,
                       ApplicantHasher hasher, AuditTrail audit, UnitOfWork tx, Clock clock, int batchSize,
                       BatchHook hook) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive");
        }
        this.queue = queue;
        this.content = content;
        this.lock = lock;
        this.runs = runs;
        this.hasher = hasher;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.batchSize = batchSize;
        this.hook = Objects.requireNonNull(hook, "hook");
    }

    /** Runs now unless another run holds the lock ({@link DisposalRun.Status#BUSY}). */
    public DisposalRun run(String trigger, String actor) {
        Instant start = clock.instant();
        Optional<DisposalLock.Held> acquired = lock.tryAcquire();
        if (acquired.isEmpty()) {
            return DisposalRun.busy(start);
        }
        try (DisposalLock.Held lease = acquired.get()) {
            UUID runId = UUID.randomUUID();
            tx.inTransaction(() -> {
                runs.started(runId, start, trigger, actor);
                return null;
            });
            try {
                DisposalCursor after = null;
                for (int batch = 1; ; batch++) {
                    hook.beforeBatch(batch);
                    DisposalCursor from = after;
                    after = tx.inTransaction(() -> disposeBatch(start, from, runId, actor));
                    if (after == null) {
                        break;
                    }
                }
            } catch (RuntimeException | Error e) {
                finish(runId, DisposalRun.Status.FAILED);
                throw e;
            }
            int disposed = finish(runId, DisposalRun.Status.DONE);
            long held = tx.inTransaction(() -> queue.heldPastTerm(start));
            return new DisposalRun(runId, DisposalRun.Status.DONE, start, clock.instant(), disposed, held);
        }
    }

    private DisposalCursor disposeBatch(Instant cutoff, DisposalCursor after, UUID runId, String actor) {
        List<ExpiredCopy> batch = queue.nextBatch(cutoff, after, batchSize);
        if (batch.isEmpty()) {
            return null;
        }
        content.destroy(batch);
        List<DisposalQueue.Tombstone> tombstones = new ArrayList<>(batch.size());
        List<AuditTrail.Entry> entries = new ArrayList<>(batch.size());
        for (ExpiredCopy copy : batch) {
            String hash = copy.applicantId() == null || copy.applicantId().isEmpty() ? null
                    : hasher.hash(copy.applicantId());
            tombstones.add(new DisposalQueue.Tombstone(copy.copyId(), hash));
            entries.add(new AuditTrail.Entry(actor, copy.centerId(), ACTION, "copy:" + copy.copyId(), null));
        }
        queue.tombstone(tombstones, hasher.keyId(), clock.instant(), runId);
        audit.recordAll(entries);
        return batch.get(batch.size() - 1).cursor();
    }

    private int finish(UUID runId, DisposalRun.Status status) {
        return tx.inTransaction(() -> runs.finished(runId, clock.instant(), status));
    }
}
