package kz.certcopy.storage;

import static kz.certcopy.storage.Sql.ts;

import java.time.Clock;
import java.util.Optional;
import kz.certcopy.copies.RememberedCertificates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@link RememberedCertificates} in {@code remembered_certificate} (V64), one row per clerk account. */
@Repository
public class JdbcRememberedCertificates implements RememberedCertificates {

    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcRememberedCertificates(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<byte[]> of(String clerk) {
        return jdbc.sql("SELECT certificate FROM remembered_certificate WHERE username = ?").param(clerk)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    @Override
    public void remember(String clerk, byte[] certificate) {
        jdbc.sql("""
                INSERT INTO remembered_certificate (username, certificate, remembered_at) VALUES (?, ?, ?)
                ON CONFLICT (username) DO UPDATE SET certificate = EXCLUDED.certificate,
                    remembered_at = EXCLUDED.remembered_at""")
                .params(clerk, certificate, ts(clock.instant())).update();
    }

    @Override
    public void forget(String clerk, byte[] certificate) {
        jdbc.sql("DELETE FROM remembered_certificate WHERE username = ? AND certificate = ?")
                .params(clerk, certificate).update();
    }
}
