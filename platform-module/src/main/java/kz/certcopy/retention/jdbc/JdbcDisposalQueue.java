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
    public void tombstone(List<Tombstone> tombstones, String keyId, Instant disposedAt, UUID runId) {
        String[] ids = tombstones.stream().map(t -> t.copyId().toString()).toArray(String[]::new);
        String[] hashes = tombstones.stream().map(Tombstone::applicantHash).toArray(String[]::new);
        int n = jdbc.sql("""
                UPDATE certified_copy c SET status = 'DISPOSED', disposed_at = ?, disposal_run = ?,
                       applicant_hash = t.hash, applicant_hash_key = ?, applicant_id = '', clerk_iin = '',
                       clerk_name = ''
                FROM unnest(?::text[], ?::text[]) AS t(id, hash)
                WHERE c.id = t.id::uuid AND c.status = 'ACTIVE'""")
                .params(ts(disposedAt), runId, keyId, ids, hashes).update();
        if (n != tombstones.size()) {
            // the rows are locked by this transaction, so this is a bug, not a race: roll the batch back
            throw new IllegalStateException("copies to dispose of are no longer active");
        }
    }
}
