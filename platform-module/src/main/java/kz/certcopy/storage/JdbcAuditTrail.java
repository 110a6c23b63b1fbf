package kz.certcopy.storage;

import static kz.certcopy.storage.Sql.instant;
import static kz.certcopy.storage.Sql.ts;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kz.certcopy.audit.AuditChain;
import kz.certcopy.audit.AuditEntry;
import kz.certcopy.audit.AuditTrail;
import kz.certcopy.audit.AuditVerification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail in PostgreSQL. Appends take a transaction-scoped advisory lock, so entries get gap-free sequence
 * numbers and each sees the hash of the one before. A database trigger rejects UPDATE and DELETE.
 */
@Repository
public class JdbcAuditTrail implements AuditTrail {

    private static final long APPEND_LOCK = 0x4365727443L; // "CertC"

    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcAuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String actor, String centerId, String action, String objectRef, String applicantRef) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(APPEND_LOCK).query((rs, n) -> 1).list();
        Head head = head();
        long seq = head.seq() + 1;
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS); // PostgreSQL keeps microseconds
        String hash = AuditChain.hash(seq, at, actor, centerId, action, objectRef, applicantRef, head.hash());
        jdbc.sql("""
                INSERT INTO audit_entry (seq, at, actor, center_id, action, object_ref, applicant_ref, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(seq, ts(at), actor, centerId, action, objectRef, applicantRef, head.hash(), hash)
                .update();
    }

    /** One advisory lock, one read of the head and one multi-row INSERT for the whole list. */
    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAll(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(APPEND_LOCK).query((rs, n) -> 1).list();
        Head head = head();
        long seq = head.seq();
        String prev = head.hash();
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        StringBuilder sql = new StringBuilder(
                "INSERT INTO audit_entry (seq, at, actor, center_id, action, object_ref, applicant_ref, prev_hash, hash) "
                        + "VALUES ");
        List<Object> params = new ArrayList<>();
        for (Entry e : entries) {
            seq++;
            String hash = AuditChain.hash(seq, at, e.actor(), e.centerId(), e.action(), e.objectRef(),
                    e.applicantRef(), prev);
            sql.append(params.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?)");
            params.addAll(Arrays.asList(seq, ts(at), e.actor(), e.centerId(), e.action(), e.objectRef(),
                    e.applicantRef(), prev, hash));
            prev = hash;
        }
        jdbc.sql(sql.toString()).params(params).update();
    }

    private record Head(long seq, String hash) {
    }

    private Head head() {
        return jdbc.sql("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).optional()
                .orElse(new Head(0, AuditChain.GENESIS));
    }

    @Override
    @Transactional(readOnly = true)
    public AuditVerification verify() {
        AuditChain.Walker walker = new AuditChain.Walker();
        jdbc.sql("SELECT * FROM audit_entry ORDER BY seq").withFetchSize(1000)
                .query(rs -> {
                    walker.accept(new AuditEntry(rs.getLong("seq"), instant(rs, "at"), rs.getString("actor"),
                            rs.getString("center_id"), rs.getString("action"), rs.getString("object_ref"),
                            rs.getString("applicant_ref"), rs.getString("prev_hash"), rs.getString("hash")));
                });
        return walker.result();
    }
}
