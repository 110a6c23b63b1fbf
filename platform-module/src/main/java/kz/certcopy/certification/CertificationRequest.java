package kz.certcopy.certification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;

/**
 * One visit of an applicant (өтініш / заявка): the registered consent, the originals brought, the service clock,
 * and the outcome of each original. State machine: REGISTERED → SCANNING → COMPLETED once every original is certified
 * or refused; REGISTERED or SCANNING → CANCELLED. A refusal made before scanning (e.g. 9.1) passes through SCANNING,
 * since examining the originals is part of that stage. {@code version} guards against lost updates.
 */
public final class CertificationRequest {

    public static final int MAX_ORIGINALS = 100;

    private final CertificationRequestId id;
    private final String clerk;
    private final Consent consent;
    private final ServiceClock clock;
    private final List<Original> originals;
    private final List<Refusal> refusals;
    private RequestStatus status;
    private Instant finishedAt;
    private long version;

    public CertificationRequest(CertificationRequestId id, String clerk, Consent consent, ServiceClock clock,
                                List<Original> originals, List<Refusal> refusals, RequestStatus status,
                                Instant finishedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.clerk = Objects.requireNonNull(clerk, "clerk");
        this.consent = Objects.requireNonNull(consent, "consent");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.originals = new ArrayList<>(originals);
        this.refusals = new ArrayList<>(refusals);
        this.status = Objects.requireNonNull(status, "status");
        this.finishedAt = finishedAt;
        this.version = version;
    }

    /** Registers the consent (rule 7.1) with the originals it lists; the service clock starts now. */
    public static CertificationRequest register(CertificationRequestId id, String clerk, Consent consent,
                                                List<OriginalDocument> documents, Instant now) {
        if (documents.isEmpty()) {
            throw new CertCopyException("NO_DOCUMENTS", ErrorKind.INVALID_INPUT);
        }
        CertificationRequest r = new CertificationRequest(id, clerk, consent, ServiceClock.startedAt(now), List.of(),
                List.of(), RequestStatus.REGISTERED, null, 0);
        documents.forEach(r::addOriginal);
        return r;
    }

    public Original addOriginal(OriginalDocument document) {
        requireOpen();
        if (originals.size() >= MAX_ORIGINALS) {
            throw new CertCopyException("TOO_MANY_ORIGINALS", ErrorKind.INVALID_INPUT, MAX_ORIGINALS);
        }
        Original o = new Original(originals.size() + 1, document, OriginalOutcome.PENDING);
        originals.add(o);
        return o;
    }

    public void startScanning() {
        if (status != RequestStatus.REGISTERED) {
            throw invalidState();
        }
        status = RequestStatus.SCANNING;
    }

    /** Records that a certified copy of the original now exists (rule 7.2); only while scanning. */
    public void certify(int originalNumber, Instant now) {
        if (status != RequestStatus.SCANNING) {
            throw invalidState();
        }
        pending(originalNumber).resolve(OriginalOutcome.CERTIFIED);
        completeIfDone(now);
    }

    /** Refuses one or more pending originals with grounds of rule item 9 (Annex 2). */
    public Refusal refuse(RefusalId refusalId, String byClerk, List<RefusalItem> items, Instant now) {
        requireOpen();
        if (items.isEmpty()) {
            throw new CertCopyException("NO_REFUSAL_ITEMS", ErrorKind.INVALID_INPUT);
        }
        Set<Integer> seen = new HashSet<>();
        List<Original> targets = new ArrayList<>();
        for (RefusalItem item : items) {
            if (!seen.add(item.originalNumber())) {
                throw new CertCopyException("DUPLICATE_ORIGINAL", ErrorKind.INVALID_INPUT, item.originalNumber());
            }
            targets.add(pending(item.originalNumber()));
        }
        items.forEach(RefusalItem::requireReasons);
        targets.forEach(o -> o.resolve(OriginalOutcome.REFUSED));
        if (status == RequestStatus.REGISTERED) {
            status = RequestStatus.SCANNING;
        }
        Refusal refusal = new Refusal(refusalId, id, byClerk, now, items);
        refusals.add(refusal);
        completeIfDone(now);
        return refusal;
    }

    public void cancel(Instant now) {
        requireOpen();
        status = RequestStatus.CANCELLED;
        finishedAt = now;
    }

    private void completeIfDone(Instant now) {
        if (originals.stream().allMatch(Original::resolved)) {
            status = RequestStatus.COMPLETED;
            finishedAt = now;
        }
    }

    private Original pending(int number) {
        Original o = original(number)
                .orElseThrow(() -> new CertCopyException("ORIGINAL_NOT_FOUND", ErrorKind.INVALID_INPUT, number));
        if (o.resolved()) {
            throw new CertCopyException("ORIGINAL_ALREADY_RESOLVED", ErrorKind.CONFLICT, number);
        }
        return o;
    }

    private void requireOpen() {
        if (status.terminal()) {
            throw invalidState();
        }
    }

    private CertCopyException invalidState() {
        return new CertCopyException("INVALID_STATE", ErrorKind.CONFLICT, status);
    }

    public Optional<Original> original(int number) {
        return number >= 1 && number <= originals.size() ? Optional.of(originals.get(number - 1)) : Optional.empty();
    }

    /** Time past the 30-minute limit when the request finished (or at {@code now} while open); zero if within it. */
    public Duration overrun(Instant now) {
        return clock.overrun(finishedAt != null ? finishedAt : now);
    }

    public CertificationRequestId id() {
        return id;
    }

    public String centerId() {
        return consent.centerId();
    }

    public String clerk() {
        return clerk;
    }

    public Consent consent() {
        return consent;
    }

    public ServiceClock clock() {
        return clock;
    }

    public List<Original> originals() {
        return List.copyOf(originals);
    }

    public List<Refusal> refusals() {
        return List.copyOf(refusals);
    }

    public RequestStatus status() {
        return status;
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    public long version() {
        return version;
    }

    /** Called by the repository after a successful write, so the caller sees the stored version. */
    public void stored(long newVersion) {
        this.version = newVersion;
    }

    @Override
    public String toString() {
        return "CertificationRequest[" + id + ", " + status + "]";
    }
}
