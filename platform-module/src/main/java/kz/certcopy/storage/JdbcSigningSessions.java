package kz.certcopy.storage;

import static kz.certcopy.storage.Sql.instant;
import static kz.certcopy.storage.Sql.ts;

import java.time.Clock;
import java.util.Optional;
import kz.certcopy.signing.cades.CadesLevel;
import kz.certcopy.signing.external.SigningSession;
import kz.certcopy.signing.external.SigningSessions;
import kz.certcopy.signing.kz.KeyFamily;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@link SigningSessions} in PostgreSQL (V20), so step two of NCALayer signing may reach any node. Replaces the
 * engine's in-memory store (its bean is conditional on a missing one). Expired rows go whenever one is saved.
 */
@Repository
public class JdbcSigningSessions implements SigningSessions {

    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcSigningSessions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void save(SigningSession s) {
        jdbc.sql("DELETE FROM signing_session WHERE expires_at <= ?").param(ts(clock.instant())).update();
        jdbc.sql("""
                INSERT INTO signing_session (id, format, certificate, family, signing_time, content_digest,
                    document_sha256, prepared_pdf, level, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.id(), s.format().name(), s.certificate(), s.family().name(), ts(s.signingTime()),
                        s.contentDigest(), s.documentSha256(), s.preparedPdf(), s.level().name(),
                        ts(s.expiresAt()))
                .update();
    }

    @Override
    public Optional<SigningSession> find(String id) {
        return jdbc.sql("SELECT * FROM signing_session WHERE id = ?").param(id)
                .query((rs, n) -> new SigningSession(rs.getString("id"),
                        SigningSession.Format.valueOf(rs.getString("format")), rs.getBytes("certificate"),
                        KeyFamily.valueOf(rs.getString("family")), instant(rs, "signing_time"),
                        rs.getBytes("content_digest"), rs.getBytes("document_sha256"), rs.getBytes("prepared_pdf"),
                        CadesLevel.valueOf(rs.getString("level")), instant(rs, "expires_at")))
                .optional();
    }

    /** Deleting the row is the "use once" guard: of two nodes completing the same session, one wins. */
    @Override
    public boolean remove(String id) {
        return jdbc.sql("DELETE FROM signing_session WHERE id = ?").param(id).update() > 0;
    }
}
