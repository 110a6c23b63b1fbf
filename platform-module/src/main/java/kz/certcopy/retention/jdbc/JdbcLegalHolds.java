package kz.certcopy.retention.jdbc;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.certcopy.retention.HeldCopy;
import kz.certcopy.retention.LegalHold;
import kz.certcopy.retention.LegalHoldEvent;
import kz.certcopy.retention.LegalHolds;
import org.springframework.jdbc.core.simple.JdbcClient;

import static kz.certcopy.retention.jdbc.SqlTime.instant;
import static kz.certcopy.retention.jdbc.SqlTime.ts;

/**
 * {@link LegalHolds}: the standing hold is {@code certified_copy.legal_hold} / {@code hold_reason} (the copy's own
 * row, which the disposal query reads under its row lock); who placed it and when, and every change, are in
 * {@code legal_hold_event} (V50), never deleted.
 */
public class JdbcLegalHolds implements LegalHolds {

    private final JdbcClient jdbc;

    public JdbcLegalHolds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<HeldCopy> lockCopy(UUID copyId) {
        return jdbc.sql("SELECT id, center_id, retain_until, disposed_at FROM certified_copy WHERE id = ? FOR UPDATE")
                .param(copyId)
                .query((rs, n) -> new HeldCopy(rs.getObject(1, UUID.class), rs.getString(2), instant(rs, 3),
                        instant(rs, 4)))
                .optional();
    }

    @Override
    public Optional<LegalHold> active(UUID copyId) {
        return jdbc.sql("""
                SELECT c.id, c.hold_reason, e.actor, e.at FROM certified_copy c
                     LEFT JOIN LATERAL (SELECT actor, at FROM legal_hold_event WHERE copy_id = c.id AND kind = 'PLACED'
                                        ORDER BY id DESC LIMIT 1) e ON true
                WHERE c.id = ? AND c.legal_hold""")
                .param(copyId)
                .query((rs, n) -> new LegalHold(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        instant(rs, 4)))
                .optional();
    }

    @Override
    public void place(LegalHold hold) {
        jdbc.sql("UPDATE certified_copy SET legal_hold = true, hold_reason = ? WHERE id = ?")
                .params(hold.reason(), hold.copyId()).update();
    }

    @Override
    public void release(UUID copyId) {
        jdbc.sql("UPDATE certified_copy SET legal_hold = false, hold_reason = NULL WHERE id = ?").param(copyId).update();
    }

    @Override
    public void append(LegalHoldEvent e) {
        jdbc.sql("INSERT INTO legal_hold_event (copy_id, kind, reason, actor, at) VALUES (?, ?, ?, ?, ?)")
                .params(e.copyId(), e.kind().name(), e.reason(), e.actor(), ts(e.at())).update();
    }

    @Override
    public List<LegalHoldEvent> history(UUID copyId) {
        return jdbc.sql("SELECT copy_id, kind, reason, actor, at FROM legal_hold_event WHERE copy_id = ? ORDER BY id")
                .param(copyId)
                .query((rs, n) -> new LegalHoldEvent(rs.getObject(1, UUID.class),
                        LegalHoldEvent.Kind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                        instant(rs, 5)))
                .list();
    }

}
