package kz.certcopy.storage;

import static kz.certcopy.storage.Sql.date;
import static kz.certcopy.storage.Sql.instant;
import static kz.certcopy.storage.Sql.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.certcopy.applicant.Applicant;
import kz.certcopy.applicant.ApplicantId;
import kz.certcopy.applicant.ApplicantKind;
import kz.certcopy.applicant.Iin;
import kz.certcopy.applicant.Representative;
import kz.certcopy.certification.CertificationRequest;
import kz.certcopy.certification.CertificationRequestId;
import kz.certcopy.certification.CertificationRequests;
import kz.certcopy.certification.Consent;
import kz.certcopy.certification.Original;
import kz.certcopy.certification.OriginalDocument;
import kz.certcopy.certification.OriginalOutcome;
import kz.certcopy.certification.Refusal;
import kz.certcopy.certification.RefusalGround;
import kz.certcopy.certification.RefusalId;
import kz.certcopy.certification.RefusalItem;
import kz.certcopy.certification.RequestStatus;
import kz.certcopy.certification.ServiceClock;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** PostgreSQL adapter for {@link CertificationRequests}; the {@code version} column implements optimistic locking. */
@Repository
public class JdbcCertificationRequests implements CertificationRequests {

    private final JdbcClient jdbc;

    public JdbcCertificationRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(CertificationRequest r) {
        Consent c = r.consent();
        Representative rep = c.representative();
        jdbc.sql("""
                INSERT INTO certification_request (id, center_id, clerk, status, applicant_kind, applicant_id,
                    applicant_name, applicant_address, applicant_phone, representative_name, representative_iin,
                    representative_authority, representative_auth_date, consent_documents, electronic_media,
                    consent_date, registered_at, time_limit_seconds, finished_at, overrun_seconds, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.id().value(), c.centerId(), r.clerk(), r.status().name(), c.applicant().kind().name(),
                        c.applicant().id().value(), c.applicant().fullName(), c.applicant().address(),
                        c.applicant().phone(), rep == null ? null : rep.fullName(),
                        rep == null ? null : rep.iin().value(), rep == null ? null : rep.authorityDocument(),
                        rep == null ? null : rep.authorityDate(), c.documents().toArray(String[]::new),
                        c.electronicMedia(), c.date(), ts(r.clock().startedAt()), (int) r.clock().limit().toSeconds(),
                        ts(r.finishedAt().orElse(null)), overrunSeconds(r), r.version())
                .update();
        writeChildren(r);
    }

    @Override
    public long update(CertificationRequest r) {
        int n = jdbc.sql("""
                UPDATE certification_request SET status = ?, finished_at = ?, overrun_seconds = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(r.status().name(), ts(r.finishedAt().orElse(null)), overrunSeconds(r), r.id().value(),
                        r.version())
                .update();
        if (n != 1) {
            throw new CertCopyException("CONCURRENT_UPDATE", ErrorKind.CONFLICT);
        }
        writeChildren(r);
        return r.version() + 1;
    }

    private static Long overrunSeconds(CertificationRequest r) {
        return r.finishedAt().map(f -> r.clock().overrun(f).toSeconds()).orElse(null);
    }

    private void writeChildren(CertificationRequest r) {
        UUID id = r.id().value();
        for (Original o : r.originals()) {
            OriginalDocument d = o.document();
            jdbc.sql("""
                    INSERT INTO original (request_id, number, kind, doc_number, doc_date, issuer, outcome)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (request_id, number) DO UPDATE SET outcome = EXCLUDED.outcome""")
                    .params(id, o.number(), d.kind(), d.number(), d.date(), d.issuer(), o.outcome().name())
                    .update();
        }
        for (Refusal f : r.refusals()) {
            int inserted = jdbc.sql("""
                    INSERT INTO refusal (id, request_id, clerk, refused_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT (id) DO NOTHING""")
                    .params(f.id().value(), id, f.clerk(), ts(f.refusedAt())).update();
            if (inserted == 0) {
                continue;
            }
            for (RefusalItem i : f.items()) {
                jdbc.sql("""
                        INSERT INTO refusal_item (refusal_id, request_id, original_number, grounds, details)
                        VALUES (?, ?, ?, ?, ?)""")
                        .params(f.id().value(), id, i.originalNumber(),
                                i.grounds().stream().map(Enum::name).toArray(String[]::new), i.details())
                        .update();
            }
        }
    }

    @Override
    public Optional<CertificationRequest> find(CertificationRequestId id) {
        return jdbc.sql("SELECT * FROM certification_request WHERE id = ?").param(id.value())
                .query(this::mapRow).optional().map(this::withChildren);
    }

    @Override
    public List<CertificationRequest> findByCenter(String centerId, Instant from, Instant to, int limit) {
        return jdbc.sql("""
                SELECT * FROM certification_request
                WHERE center_id = ? AND registered_at >= ? AND registered_at < ?
                ORDER BY registered_at DESC LIMIT ?""")
                .params(centerId, ts(from), ts(to), limit)
                .query(this::mapRow).list().stream().map(this::withChildren).toList();
    }

    /** Request row read, children not yet: kept as a small holder until originals and refusals are loaded. */
    private record Row(CertificationRequestId id, String clerk, Consent consent, ServiceClock clock,
                       RequestStatus status, Instant finishedAt, long version) {
    }

    private Row mapRow(ResultSet rs, int n) throws SQLException {
        ApplicantId applicantId = ApplicantId.of(ApplicantKind.valueOf(rs.getString("applicant_kind")),
                rs.getString("applicant_id"));
        Applicant applicant = new Applicant(applicantId, rs.getString("applicant_name"),
                rs.getString("applicant_address"), rs.getString("applicant_phone"));
        Representative rep = rs.getString("representative_name") == null ? null
                : new Representative(rs.getString("representative_name"), Iin.of(rs.getString("representative_iin")),
                rs.getString("representative_authority"), date(rs, "representative_auth_date"));
        String[] docs = (String[]) rs.getArray("consent_documents").getArray();
        Consent consent = new Consent(rs.getString("center_id"), applicant, rep, Arrays.asList(docs),
                rs.getBoolean("electronic_media"), date(rs, "consent_date"));
        ServiceClock clock = new ServiceClock(instant(rs, "registered_at"),
                Duration.ofSeconds(rs.getInt("time_limit_seconds")));
        return new Row(new CertificationRequestId(rs.getObject("id", UUID.class)), rs.getString("clerk"), consent,
                clock, RequestStatus.valueOf(rs.getString("status")), instant(rs, "finished_at"),
                rs.getLong("version"));
    }

    private CertificationRequest withChildren(Row row) {
        UUID id = row.id().value();
        List<Original> originals = jdbc.sql("SELECT * FROM original WHERE request_id = ? ORDER BY number")
                .param(id)
                .query((rs, n) -> new Original(rs.getInt("number"),
                        new OriginalDocument(rs.getString("kind"), rs.getString("doc_number"), date(rs, "doc_date"),
                                rs.getString("issuer")),
                        OriginalOutcome.valueOf(rs.getString("outcome"))))
                .list();
        Map<UUID, List<RefusalItem>> items = new LinkedHashMap<>();
        Map<UUID, Object[]> heads = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT f.id, f.clerk, f.refused_at, i.original_number, i.grounds, i.details
                FROM refusal f JOIN refusal_item i ON i.refusal_id = f.id
                WHERE f.request_id = ? ORDER BY f.refused_at, i.original_number""")
                .param(id)
                .query(rs -> {
                    UUID rid = rs.getObject("id", UUID.class);
                    heads.putIfAbsent(rid, new Object[] {rs.getString("clerk"), instant(rs, "refused_at")});
                    List<RefusalGround> grounds = Arrays.stream((String[]) rs.getArray("grounds").getArray())
                            .map(RefusalGround::valueOf).toList();
                    items.computeIfAbsent(rid, k -> new ArrayList<>()).add(RefusalItem.of(
                            rs.getInt("original_number"), grounds, rs.getString("details")));
                });
        List<Refusal> refusals = new ArrayList<>();
        heads.forEach((rid, h) -> refusals.add(new Refusal(new RefusalId(rid), row.id(), (String) h[0],
                (Instant) h[1], items.get(rid))));
        return new CertificationRequest(row.id(), row.clerk(), row.consent(), row.clock(), originals, refusals,
                row.status(), row.finishedAt(), row.version());
    }
}
