package kz.certcopy.storage;

import static kz.certcopy.storage.Sql.instant;
import static kz.certcopy.storage.Sql.ts;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import kz.certcopy.certification.CertificationRequestId;
import kz.certcopy.certification.CertifiedCopyId;
import kz.certcopy.copies.CertificationSignings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@link CertificationSignings} in {@code certification_signing} (V20); expired rows go on every save. */
@Repository
public class JdbcCertificationSignings implements CertificationSignings {

    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcCertificationSignings(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void save(Pending p) {
        jdbc.sql("DELETE FROM certification_signing WHERE expires_at <= ?").param(ts(clock.instant())).update();
        jdbc.sql("""
                INSERT INTO certification_signing (signing_id, stage, clerk_username, request_id, original_number,
                    copy_id, verification_code, certified_at, document, signed_pdf, certificate, pages, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(p.signingId(), p.stage().name(), p.clerk(), p.requestId().value(), p.originalNumber(),
                        p.copyId().value(), p.code(), ts(p.certifiedAt()), p.document(), p.signedPdf(),
                        p.certificate(), p.pages(), ts(p.expiresAt()))
                .update();
    }

    @Override
    public Optional<Pending> find(String signingId) {
        return jdbc.sql("SELECT * FROM certification_signing WHERE signing_id = ?").param(signingId)
                .query((rs, n) -> new Pending(rs.getString("signing_id"), Stage.valueOf(rs.getString("stage")),
                        rs.getString("clerk_username"),
                        new CertificationRequestId(rs.getObject("request_id", UUID.class)),
                        rs.getInt("original_number"), new CertifiedCopyId(rs.getObject("copy_id", UUID.class)),
                        rs.getString("verification_code"), instant(rs, "certified_at"), rs.getBytes("document"),
                        rs.getBytes("signed_pdf"), rs.getBytes("certificate"), rs.getString("pages"),
                        instant(rs, "expires_at")))
                .optional();
    }

    @Override
    public boolean remove(String signingId) {
        return jdbc.sql("DELETE FROM certification_signing WHERE signing_id = ?").param(signingId).update() > 0;
    }
}
