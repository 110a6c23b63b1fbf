package kz.certcopy.storage;

import static kz.certcopy.storage.Sql.ts;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import kz.certcopy.audit.AuditTrail;
import kz.certcopy.certification.CertificationRequest;
import kz.certcopy.certification.CertificationRequestId;
import kz.certcopy.certification.CertificationRequests;
import kz.certcopy.certification.UnitOfWork;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import kz.certcopy.security.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The scan of the consent the applicant signed by hand (Annex 1), attached to its request by a clerk of the
 * request's center: content in the {@link ContentStore}, the link in {@code consent_scan}, the audit entry — one
 * transaction.
 */
@Component
public class ConsentScans {

    private final CertificationRequests requests;
    private final ContentStore store;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final UnitOfWork tx;
    private final Clock clock;

    public ConsentScans(CertificationRequests requests, ContentStore store, JdbcClient jdbc, AuditTrail audit,
                        UnitOfWork tx, Clock clock) {
        this.requests = requests;
        this.store = store;
        this.jdbc = jdbc;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    public ContentRef attach(Actor actor, CertificationRequestId id, InputStream scan, String mediaType) {
        return tx.inTransaction(() -> {
            CertificationRequest r = requests.find(id)
                    .orElseThrow(() -> new CertCopyException("NOT_FOUND", ErrorKind.NOT_FOUND));
            if (!actor.canRead(r.centerId())) {
                throw new CertCopyException("NOT_FOUND", ErrorKind.NOT_FOUND);
            }
            if (!actor.canWork(r.centerId())) {
                throw new CertCopyException("WRONG_CENTER", ErrorKind.FORBIDDEN);
            }
            ContentRef ref;
            try {
                ref = store.put(scan);
            } catch (IOException e) {
                throw new CertCopyException("STORAGE_FAILED", ErrorKind.UNAVAILABLE, e);
            }
            jdbc.sql("INSERT INTO consent_scan (request_id, sha256, size, media_type, attached_by, attached_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(id.value(), ref.sha256(), ref.size(), mediaType, actor.username(), ts(clock.instant()))
                    .update();
            audit.record(actor, "CONSENT_SCAN_ATTACHED", "request:" + id, r.consent().applicant().id().value());
            return ref;
        });
    }
}
