package kz.certcopy.retention.jdbc;

import static kz.certcopy.retention.jdbc.SqlTime.instant;
import static kz.certcopy.retention.jdbc.SqlTime.ts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.certcopy.retention.DisposalCursor;
import kz.certcopy.retention.DisposalQueue;
import kz.certcopy.retention.ExpiredCopy;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link DisposalQueue} over {@code certified_copy}: keyset pages on the partial index
 * {@code (retain_until, id) WHERE status = 'ACTIVE'}, rows locked {@code FOR UPDATE SKIP LOCKED}.
 */
public class JdbcDisposalQueue implements DisposalQueue {

    private static final String SELECT = """
            SELECT id, center_id, request_id, original_number, applicant_id, retain_until FROM certified_copy
            WHERE status = 'ACTIVE' AND NOT legal_hold AND retain_until < ?""";
    private static final String ORDER = " ORDER BY retain_until, id LIMIT ? FOR UPDATE SKIP LOCKED";

    private final JdbcClient jdbc;

    public JdbcDisposalQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ExpiredCopy> nextBatch(Instant cutoff, DisposalCursor after, int limit) {
        var statement = after == null
                ? jdbc.sql(SELECT + ORDER).params(ts(cutoff), limit)
                : jdbc.sql(SELECT + " AND (retain_until, id) > (?, ?)" + ORDER)
                        .params(ts(cutoff), ts(after.retainUntil()), after.copyId(), limit);
        return statement.query((rs, n) -> new ExpiredCopy(rs.getObject(1, UUID.class), rs.getString(2),
                rs.getObject(3, UUID.class), rs.getInt(4), rs.getString(5), instant(rs, 6))).list();
    }

    @Override
    public long heldPastTerm(Instant cutoff) {
        return jdbc.sql("SELECT count(*) FROM certified_copy WHERE status = 'ACTIVE' AND legal_hold AND retain_until < ?")
                .param(ts(cutoff)).query(Long.class).single();
    }

    @Override
    public void tombstone(ExpiredCopy copy, String applicantHash, String keyId, Instant disposedAt, UUID runId) {
        int n = jdbc.sql("""
                UPDATE certified_copy SET status = 'DISPOSED', disposed_at = ?, disposal_run = ?,
                       applicant_hash = ?, applicant_hash_key = ?, applicant_id = '', clerk_iin = '', clerk_name = ''
                WHERE id = ? AND status = 'ACTIVE'""")
                .params(ts(disposedAt), runId, applicantHash, keyId, copy.copyId()).update();
        if (n != 1) {
            // the row is locked by this transaction, so this means a bug, not a race: roll the batch back
            throw new IllegalStateException("copy to dispose of is no longer active");
        }
    }
}
