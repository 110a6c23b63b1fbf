package kz.certcopy.certification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import kz.certcopy.audit.AuditTrail;
import kz.certcopy.center.ServiceCenters;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import kz.certcopy.common.Texts;
import kz.certcopy.security.Actor;
import kz.certcopy.security.Role;

/**
 * The certification workflow: register a consent, add originals, record certified copies and refusals, cancel.
 * Every change and every read of an applicant's data is written to the audit trail in the same transaction.
 * {@code expectedVersion} (nullable) lets a client say which version it edited; a mismatch is {@code CONCURRENT_UPDATE}.
 */
public final class RequestService {

    public static final int LIST_LIMIT = 500;

    private final CertificationRequests requests;
    private final ServiceCenters centers;
    private final AuditTrail audit;
    private final UnitOfWork tx;
    private final Clock clock;

    public RequestService(CertificationRequests requests, ServiceCenters centers, AuditTrail audit, UnitOfWork tx,
                          Clock clock) {
        this.requests = requests;
        this.centers = centers;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    public CertificationRequest register(Actor actor, RegistrationForm form) {
        if (!actor.has(Role.CLERK)) {
            // a supervisor or records officer has no center to register at: told so, not "no such center"
            throw new CertCopyException("ACCESS_DENIED", ErrorKind.FORBIDDEN);
        }
        String center = form.centerId() != null ? Texts.plain(form.centerId(), "centerId") : actor.centerId();
        if (center == null || centers.find(center).isEmpty()) {
            throw new CertCopyException("UNKNOWN_CENTER", ErrorKind.UNPROCESSABLE);
        }
        if (!actor.canWork(center)) {
            throw new CertCopyException("WRONG_CENTER", ErrorKind.FORBIDDEN);
        }
        if (form.applicant() == null) {
            throw new CertCopyException("APPLICANT_REQUIRED", ErrorKind.INVALID_INPUT);
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        checkDates(form, today);
        LocalDate date = form.consentDate() != null ? form.consentDate() : today;
        List<String> documents = form.originals().stream().map(OriginalDocument::describe).toList();
        if (documents.isEmpty()) {
            throw new CertCopyException("NO_DOCUMENTS", ErrorKind.INVALID_INPUT);
        }
        Consent consent = new Consent(center, form.applicant(), form.representative(), documents,
                form.electronicMedia(), date);
        CertificationRequest request = CertificationRequest.register(CertificationRequestId.random(),
                actor.username(), consent, form.originals(), now);
        return tx.inTransaction(() -> {
            requests.add(request);
            audit.record(actor, "REQUEST_REGISTERED", ref(request), applicantRef(request));
            return request;
        });
    }

    public CertificationRequest get(Actor actor, CertificationRequestId id) {
        return tx.inTransaction(() -> {
            CertificationRequest r = load(id);
            if (!actor.canRead(r.centerId())) {
                throw new CertCopyException("NOT_FOUND", ErrorKind.NOT_FOUND);
            }
            audit.record(actor, "REQUEST_READ", ref(r), applicantRef(r));
            return r;
        });
    }

    /** Requests of a center registered on {@code date} (in the service's time zone), newest first. */
    public List<CertificationRequest> list(Actor actor, String centerId, LocalDate date) {
        String center = centerId != null ? Texts.plain(centerId, "center") : actor.centerId();
        if (center == null) {
            throw new CertCopyException("CENTER_REQUIRED", ErrorKind.INVALID_INPUT);
        }
        if (!actor.canRead(center)) {
            throw new CertCopyException("WRONG_CENTER", ErrorKind.FORBIDDEN);
        }
        ZoneId zone = clock.getZone();
        LocalDate day = date != null ? date : LocalDate.now(clock);
        PlausibleDates.listable(day);
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        return tx.inTransaction(() -> {
            List<CertificationRequest> found = requests.findByCenter(center, from, to, LIST_LIMIT);
            found.forEach(r -> audit.record(actor, "REQUEST_READ", ref(r), applicantRef(r)));
            return found;
        });
    }

    public Original addOriginal(Actor actor, CertificationRequestId id, OriginalDocument document,
                                Long expectedVersion) {
        PlausibleDates.check(document.date(), "date", LocalDate.now(clock));
        return change(actor, id, expectedVersion, "ORIGINAL_ADDED", r -> r.addOriginal(document));
    }

    public CertificationRequest startScanning(Actor actor, CertificationRequestId id, Long expectedVersion) {
        return change(actor, id, expectedVersion, "SCANNING_STARTED", doing(CertificationRequest::startScanning));
    }

    /** Called once the certified copy of original {@code number} is stored and signed. */
    public CertificationRequest certify(Actor actor, CertificationRequestId id, int number, Long expectedVersion) {
        return change(actor, id, expectedVersion, "ORIGINAL_CERTIFIED", doing(r -> r.certify(number, clock.instant())));
    }

    public Refusal refuse(Actor actor, CertificationRequestId id, List<RefusalItem> items, Long expectedVersion) {
        return change(actor, id, expectedVersion, "ORIGINALS_REFUSED",
                r -> r.refuse(RefusalId.random(), actor.username(), items, clock.instant()));
    }

    public CertificationRequest cancel(Actor actor, CertificationRequestId id, Long expectedVersion) {
        return change(actor, id, expectedVersion, "REQUEST_CANCELLED", doing(r -> r.cancel(clock.instant())));
    }

    private <T> T change(Actor actor, CertificationRequestId id, Long expectedVersion, String action,
                         Function<CertificationRequest, T> edit) {
        RequestAccess.requireClerk(actor);
        return tx.inTransaction(() -> {
            CertificationRequest r = load(id);
            RequestAccess.requireWork(actor, r);
            if (expectedVersion != null && expectedVersion != r.version()) {
                throw new CertCopyException("CONCURRENT_UPDATE", ErrorKind.CONFLICT);
            }
            T result = edit.apply(r);
            r.stored(requests.update(r));
            audit.record(actor, action, ref(r), applicantRef(r));
            return result;
        });
    }

    private static void checkDates(RegistrationForm form, LocalDate today) {
        PlausibleDates.born(form.applicant().id(), "applicant.iin", today);
        PlausibleDates.check(form.consentDate(), "consentDate", today);
        if (form.representative() != null) {
            PlausibleDates.born(form.representative().iin(), "representative.iin", today);
            PlausibleDates.check(form.representative().authorityDate(), "representative.authorityDate", today);
        }
        for (int i = 0; i < form.originals().size(); i++) {
            PlausibleDates.check(form.originals().get(i).date(), "originals[" + i + "].date", today);
        }
    }

    private CertificationRequest load(CertificationRequestId id) {
        return requests.find(id).orElseThrow(() -> new CertCopyException("NOT_FOUND", ErrorKind.NOT_FOUND));
    }

    private static String ref(CertificationRequest r) {
        return "request:" + r.id();
    }

    private static String applicantRef(CertificationRequest r) {
        return r.consent().applicant().id().value();
    }

    private static Function<CertificationRequest, CertificationRequest> doing(Consumer<CertificationRequest> c) {
        return r -> {
            c.accept(r);
            return r;
        };
    }
}
