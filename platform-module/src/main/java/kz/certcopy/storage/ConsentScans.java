package kz.certcopy.storage;

import static kz.certcopy.storage.Sql.ts;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.certcopy.audit.AuditTrail;
import kz.certcopy.certification.CertificationRequest;
import kz.certcopy.certification.CertificationRequestId;
import kz.certcopy.certification.CertificationRequests;
import kz.certcopy.certification.RequestAccess;
import kz.certcopy.certification.RequestStatus;
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
 *
 * <p>One scan per request is current. A clerk who attached the wrong file may replace it, but only explicitly
 * ({@code replace}) and only while the request is open — the applicant is still at the desk to sign again; once
 * the request is completed or cancelled the consent on record is what the copies were made under. The replaced
 * file is kept (marked replaced, when and by whom) and both steps are in the audit trail.
 */
@Component
public class ConsentScans {

    /** The current consent scan of a request, as the request page and the API describe it. */
    public record ConsentScan(UUID requestId, String sha256, long size, String mediaType, String attachedBy,
                              Instant attachedAt, int replacedScans) {
        public ContentRef content() {
            return new ContentRef(sha256, size);
        }
    }

    /** A consent scan opened for reading; the caller closes the stream. */
    public record Opened(ConsentScan scan, InputStream content) {
    }

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

    /** Who may attach ({@link RequestAccess}), for checking before an upload is read and analysed. */
    public void requireAttachable(Actor actor, CertificationRequestId id) {
        RequestAccess.requireClerk(actor);
        RequestAccess.requireWork(actor, requests.find(id)
                .orElseThrow(() -> new CertCopyException("NOT_FOUND", ErrorKind.NOT_FOUND)));
    }

    /** Attaches the first scan; with one already attached, {@code 409 CONSENT_SCAN_ATTACHED} unless replacing. */
    public ConsentScan attach(Actor actor, CertificationRequestId id, InputStream scan, String mediaType,
                              boolean replace) {
        RequestAccess.requireClerk(actor);
        return tx.inTransaction(() -> {
            CertificationRequest r = readable(actor, id);
            RequestAccess.requireWork(actor, r);
            // two clerks' (or two tabs') attaches of one request take turns: the second sees the first's scan
            jdbc.sql("SELECT id FROM certification_request WHERE id = ? FOR UPDATE").param(id.value())
                    .query(UUID.class).single();
            Optional<ConsentScan> current = find(id.value());
            if (current.isPresent() && !replace) {
                throw new CertCopyException("CONSENT_SCAN_ATTACHED", ErrorKind.CONFLICT);
            }
            if (current.isPresent() && !open(r)) {
                throw new CertCopyException("CONSENT_SCAN_LOCKED", ErrorKind.CONFLICT);
            }
            ContentRef ref;
            try {
                ref = store.put(scan);
            } catch (IOException e) {
                throw new CertCopyException("STORAGE_FAILED", ErrorKind.UNAVAILABLE, e);
            }
            String applicant = r.consent().applicant().id().value();
            if (current.isPresent() && current.get().sha256().equals(ref.sha256())) {
                return current.get(); // the same file again: nothing to replace
            }
            Instant now = clock.instant();
            current.ifPresent(old -> {
                jdbc.sql("UPDATE consent_scan SET replaced_at = ?, replaced_by = ? "
                                + "WHERE request_id = ? AND replaced_at IS NULL")
                        .params(ts(now), actor.username(), id.value()).update();
                audit.record(actor, "CONSENT_SCAN_REPLACED", "request:" + id + " scan:" + old.sha256()
                        + " by:" + ref.sha256(), applicant);
            });
            // a file replaced earlier and attached again becomes current again (one row per file and request)
            jdbc.sql("INSERT INTO consent_scan (request_id, sha256, size, media_type, attached_by, attached_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (request_id, sha256) DO UPDATE SET "
                            + "replaced_at = NULL, replaced_by = NULL, attached_by = EXCLUDED.attached_by, "
                            + "attached_at = EXCLUDED.attached_at")
                    .params(id.value(), ref.sha256(), ref.size(), mediaType, actor.username(), ts(now))
                    .update();
            audit.record(actor, "CONSENT_SCAN_ATTACHED", "request:" + id + " scan:" + ref.sha256(), applicant);
            return find(id.value()).orElseThrow();
        });
    }

    /** The current scan's facts for someone who may read the request (no audit entry: the request read has one). */
    public Optional<ConsentScan> current(CertificationRequestId id) {
        return find(id.value());
    }

    /** The current scans of several requests (lists), by request id. */
    public Map<UUID, ConsentScan> current(Collection<UUID> requestIds) {
        Map<UUID, ConsentScan> found = new HashMap<>();
        if (requestIds.isEmpty()) {
            return found;
        }
        query("s.request_id = ANY(?)").param(requestIds.toArray(UUID[]::new)).query(ConsentScans::row).list()
                .forEach(s -> found.put(s.requestId(), s));
        return found;
    }

    /** Opens the current scan for a reader of the request, audited as a read of the applicant's data. */
    public Opened open(Actor actor, CertificationRequestId id) {
        return tx.inTransaction(() -> {
            CertificationRequest r = readable(actor, id);
            ConsentScan scan = find(id.value())
                    .orElseThrow(() -> new CertCopyException("CONSENT_SCAN_MISSING", ErrorKind.NOT_FOUND));
            audit.record(actor, "CONSENT_SCAN_READ", "request:" + id + " scan:" + scan.sha256(),
                    r.consent().applicant().id().value());
            try {
                return new Opened(scan, store.open(scan.content()));
            } catch (IOException e) {
                throw new CertCopyException("CONTENT_MISSING", ErrorKind.UNAVAILABLE, e);
            }
        });
    }

    private CertificationRequest readable(Actor actor, CertificationRequestId id) {
        CertificationRequest r = requests.find(id)
                .orElseThrow(() -> new CertCopyException("NOT_FOUND", ErrorKind.NOT_FOUND));
        if (!actor.canRead(r.centerId())) {
            throw new CertCopyException("NOT_FOUND", ErrorKind.NOT_FOUND);
        }
        return r;
    }

    private static boolean open(CertificationRequest r) {
        return r.status() == RequestStatus.REGISTERED || r.status() == RequestStatus.SCANNING;
    }

    private Optional<ConsentScan> find(UUID requestId) {
        return query("s.request_id = ?").param(requestId).query(ConsentScans::row).optional();
    }

    private JdbcClient.StatementSpec query(String where) {
        return jdbc.sql("SELECT s.request_id, s.sha256, s.size, s.media_type, s.attached_by, s.attached_at, "
                + "(SELECT count(*) FROM consent_scan o WHERE o.request_id = s.request_id "
                + "AND o.replaced_at IS NOT NULL) AS replaced FROM consent_scan s WHERE " + where
                + " AND s.replaced_at IS NULL");
    }

    private static ConsentScan row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ConsentScan(rs.getObject("request_id", UUID.class), rs.getString("sha256").strip(),
                rs.getLong("size"), rs.getString("media_type"), rs.getString("attached_by"),
                Sql.instant(rs, "attached_at"), rs.getInt("replaced"));
    }
}
