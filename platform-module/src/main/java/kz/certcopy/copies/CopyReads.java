package kz.certcopy.copies;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.certcopy.audit.AuditTrail;
import kz.certcopy.certification.CertificationRequest;
import kz.certcopy.certification.CertificationRequestId;
import kz.certcopy.certification.CertificationRequests;
import kz.certcopy.certification.CertifiedCopies;
import kz.certcopy.certification.CertifiedCopy;
import kz.certcopy.certification.CertifiedCopyId;
import kz.certcopy.certification.UnitOfWork;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import kz.certcopy.common.Texts;
import kz.certcopy.security.Actor;
import kz.certcopy.security.Role;
import kz.certcopy.storage.CopyDocumentKind;
import kz.certcopy.storage.CopyDocumentRef;
import kz.certcopy.storage.CopyDocuments;

/**
 * Reads of certified copies, each written to the audit trail with its reason in the same transaction.
 * Rule 8: a copy is usable at any center, so clerks, supervisors and the ministry may read another center's copy,
 * but only with a reason; a clerk's reason is one of their own center's requests for the same applicant.
 * Disposed copies answer 410 Gone with their disposal date.
 */
public final class CopyReads {

    public static final int MAX_PAGE = 100;

    private final CertifiedCopies copies;
    private final CopyDocuments documents;
    private final CertificationRequests requests;
    private final AuditTrail audit;
    private final UnitOfWork tx;

    public CopyReads(CertifiedCopies copies, CopyDocuments documents, CertificationRequests requests, AuditTrail audit,
                     UnitOfWork tx) {
        this.copies = copies;
        this.documents = documents;
        this.requests = requests;
        this.audit = audit;
        this.tx = tx;
    }

    /** The copy's record, for an authorized reader; disposed → 410. */
    public CertifiedCopy get(Actor actor, CertifiedCopyId id, String reason, String what) {
        return tx.inTransaction(() -> {
            CertifiedCopy copy = copies.find(id).orElseThrow(CopyReads::notFound);
            String why = authorize(actor, copy.centerId(), copy.applicantId(), reason);
            audit.record(actor, what, "copy:" + id + reasonSuffix(why), copy.applicantId());
            return copy.requireActive();
        });
    }

    /** Opens one of the copy's documents (audited as a download). The caller closes the stream. */
    public InputStream open(Actor actor, CertifiedCopyId id, CopyDocumentKind kind, String reason) {
        get(actor, id, reason, "COPY_DOWNLOADED");
        return documents.open(document(id, kind));
    }

    public CopyDocumentRef document(CertifiedCopyId id, CopyDocumentKind kind) {
        return documents.list(id).stream().filter(d -> d.kind() == kind).findFirst()
                .orElseThrow(() -> new CertCopyException("CONTENT_MISSING", ErrorKind.UNAVAILABLE));
    }

    /** Who may search an applicant's copies across centers (also what the web workspace offers). */
    public static boolean maySearch(Actor actor) {
        return actor.has(Role.CLERK) || actor.has(Role.SUPERVISOR) || actor.has(Role.MINISTRY);
    }

    /** Active copies of an applicant from every center (rule 8), newest first; each copy read is audited. */
    public List<CertifiedCopy> byApplicant(Actor actor, String applicantId, String reason, int offset, int limit) {
        if (!maySearch(actor)) {
            throw new CertCopyException("ACCESS_DENIED", ErrorKind.FORBIDDEN);
        }
        if (applicantId == null || !applicantId.matches("\\d{12}")) {
            throw new CertCopyException("INVALID_APPLICANT_ID", ErrorKind.INVALID_INPUT);
        }
        return tx.inTransaction(() -> {
            String why = requireReason(actor, applicantId, reason);
            List<CertifiedCopy> found = copies.findActiveByApplicant(applicantId, Math.max(0, offset),
                    Math.min(Math.max(1, limit), MAX_PAGE));
            audit.record(actor, "COPIES_SEARCHED", "applicant-search" + reasonSuffix(why), applicantId);
            found.forEach(c -> audit.record(actor, "COPY_READ", "copy:" + c.id() + reasonSuffix(why), applicantId));
            return found;
        });
    }

    /** Public lookup by id and code: empty when either is wrong, so the answer reveals nothing without the code. */
    public Optional<CertifiedCopy> publicLookup(CertifiedCopyId id, String code) {
        return tx.inTransaction(() -> {
            Optional<CertifiedCopy> copy = copies.find(id).filter(c -> c.codeMatches(code));
            copy.ifPresent(c -> audit.record("public", null, "COPY_VERIFIED_PUBLICLY", "copy:" + c.id(),
                    c.applicantId()));
            return copy;
        });
    }

    private String authorize(Actor actor, String centerId, String applicantId, String reason) {
        if (actor.canWork(centerId) || actor.has(Role.RECORDS_OFFICER) || actor.has(Role.ADMIN)) {
            return reason == null || reason.isBlank() ? null : clean(reason);
        }
        if (actor.has(Role.CLERK) || actor.has(Role.SUPERVISOR) || actor.has(Role.MINISTRY)) {
            return requireReason(actor, applicantId, reason);
        }
        throw notFound();
    }

    /**
     * A reason is required for reading across centers. A clerk's reason must be a request id of their own center
     * for the same applicant; supervisors and the ministry give a short free-text reason (a case or letter number).
     */
    private String requireReason(Actor actor, String applicantId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new CertCopyException("REASON_REQUIRED", ErrorKind.INVALID_INPUT);
        }
        String why = clean(reason);
        if (actor.has(Role.CLERK) && !actor.has(Role.SUPERVISOR) && !actor.has(Role.MINISTRY)) {
            CertificationRequest r = parseRequest(why).flatMap(requests::find)
                    .orElseThrow(() -> new CertCopyException("REASON_INVALID", ErrorKind.UNPROCESSABLE));
            if (!actor.canWork(r.centerId()) || !r.consent().applicant().id().value().equals(applicantId)) {
                throw new CertCopyException("REASON_INVALID", ErrorKind.UNPROCESSABLE);
            }
        }
        return why;
    }

    private static Optional<CertificationRequestId> parseRequest(String s) {
        try {
            return Optional.of(new CertificationRequestId(UUID.fromString(s)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String clean(String reason) {
        String r = reason.strip();
        if (r.length() > 120 || !Texts.isPlainLine(r)) {
            throw new CertCopyException("REASON_INVALID", ErrorKind.INVALID_INPUT);
        }
        return r;
    }

    private static String reasonSuffix(String why) {
        return why == null ? "" : " reason:" + why;
    }

    private static CertCopyException notFound() {
        return new CertCopyException("NOT_FOUND", ErrorKind.NOT_FOUND);
    }
}
