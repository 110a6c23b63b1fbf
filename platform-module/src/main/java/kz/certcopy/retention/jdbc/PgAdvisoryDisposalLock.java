package kz.certcopy.retention.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;
import kz.certcopy.retention.DisposalLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link DisposalLock} as a PostgreSQL transaction-scoped advisory lock held on a connection of its own for the
 * whole run. Every node shares the database, so at most one holds it; if the holder's process or connection dies,
 * PostgreSQL ends the transaction and the lock is free again — no lease to expire, no stale row to clean up.
 * The batches run on other connections, each in its own transaction.
 */
public class PgAdvisoryDisposalLock implements DisposalLock {

    private static final Logger log = LoggerFactory.getLogger(PgAdvisoryDisposalLock.class);
    /** "CCdisp" — distinct from the audit trail's append lock. */
    static final long KEY = 0x434344697370L;

    private final DataSource dataSource;

    public PgAdvisoryDisposalLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<Held> tryAcquire() {
        Connection c = null;
        try {
            c = dataSource.getConnection();
            c.setAutoCommit(false);
            boolean got;
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT pg_try_advisory_xact_lock(" + KEY + ")")) {
                rs.next();
                got = rs.getBoolean(1);
            }
            if (!got) {
                release(c);
                return Optional.empty();
            }
            Connection held = c;
            return Optional.of(() -> release(held));
        } catch (SQLException e) {
            if (c != null) {
                release(c);
            }
            throw new IllegalStateException("disposal lock unavailable", e);
        }
    }

    /** Ending the transaction releases the lock; the connection goes back to the pool clean. */
    private static void release(Connection c) {
        try (c) {
            c.rollback();
            c.setAutoCommit(true);
        } catch (SQLException e) {
            log.warn("Releasing the disposal lock failed; PostgreSQL frees it when the connection closes", e);
        }
    }
}
