package kz.certcopy.retention.jdbc;

import static kz.certcopy.retention.jdbc.SqlTime.ts;

import java.time.Instant;
import java.util.UUID;
import kz.certcopy.retention.DisposalRun;
import kz.certcopy.retention.DisposalRuns;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link DisposalRuns} in {@code disposal_run}; the count is taken from the tombstones carrying the run's id. */
public class JdbcDisposalRuns implements DisposalRuns {

    private final JdbcClient jdbc;

    public JdbcDisposalRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void started(UUID runId, Instant at, String trigger, String actor) {
        jdbc.sql("INSERT INTO disposal_run (id, trigger, actor, started_at, status) VALUES (?, ?, ?, ?, 'RUNNING')")
                .params(runId, trigger, actor, ts(at)).update();
    }

    @Override
    public int finished(UUID runId, Instant at, DisposalRun.Status status) {
        return jdbc.sql("""
                UPDATE disposal_run SET finished_at = ?, status = ?,
                       disposed = (SELECT count(*) FROM certified_copy WHERE disposal_run = ?)
                WHERE id = ? RETURNING disposed""")
                .params(ts(at), status.name(), runId, runId).query(Integer.class).single();
    }
}
