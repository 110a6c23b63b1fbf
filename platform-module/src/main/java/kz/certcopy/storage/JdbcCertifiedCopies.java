package kz.certcopy.storage;

import static kz.certcopy.storage.Sql.instant;
import static kz.certcopy.storage.Sql.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.certcopy.applicant.ApplicantKind;
import kz.certcopy.certification.CertificationRequestId;
import kz.certcopy.certification.CertifiedCopies;
import kz.certcopy.certification.CertifiedCopy;
import kz.certcopy.certification.CertifiedCopyId;
import kz.certcopy.certification.CopyStatus;
import kz.certcopy.certification.DocumentDigest;
import kz.certcopy.certification.SignerInfo;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** PostgreSQL adapter for {@link CertifiedCopies} ({@code certified_copy}, Flyway V40). */
@Repository
public class JdbcCertifiedCopies implements CertifiedCopies {

    private static final String COLUMNS = """
            id, request_id, original_number, applicant_kind, applicant_id, consent_id, center_id, clerk_username,
            clerk_iin, clerk_name, certified_at, retain_until, pdf_sha256, pdf_size, signature_sha256, signature_size,
            signature_algorithm, signer_serial, signer_issuer, verification_code, status, disposed_at, legal_hold,
            hold_reason""";

    private final JdbcClient jdbc;

    public JdbcCertifiedCopies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(CertifiedCopy c) {
        SignerInfo s = c.signer();
        try {
            jdbc.sql("INSERT INTO certified_copy (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                            + "?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, "
                            + "disposed_at = EXCLUDED.disposed_at, legal_hold = EXCLUDED.legal_hold, "
                            + "hold_reason = EXCLUDED.hold_reason")
                    .params(c.id().value(), c.requestId().value(), c.originalNumber(), c.applicantKind().name(),
                            c.applicantId(), c.consentId().value(), c.centerId(), s.clerkUsername(), s.clerkIin(),
                            s.clerkName(), ts(c.certifiedAt()), ts(c.retainUntil()), c.pdf().sha256(), c.pdf().size(),
                            c.signature().sha256(), c.signature().size(), s.signatureAlgorithm(),
                            s.certificateSerial(), s.certificateIssuer(), c.verificationCode(), c.status().name(),
                            ts(c.disposedAt()), c.legalHold(), c.holdReason())
                    .update();
        } catch (DuplicateKeyException e) {
            // the unique (request_id, original_number): another node certified the same original first
            throw new CertCopyException("ALREADY_CERTIFIED", ErrorKind.CONFLICT, e, c.originalNumber());
        }
    }

    @Override
    public Optional<CertifiedCopy> find(CertifiedCopyId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certified_copy WHERE id = ?").param(id.value())
                .query(JdbcCertifiedCopies::row).optional();
    }

    @Override
    public Optional<CertifiedCopy> findByOriginal(CertificationRequestId requestId, int originalNumber) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certified_copy WHERE request_id = ? AND original_number = ?")
                .params(requestId.value(), originalNumber).query(JdbcCertifiedCopies::row).optional();
    }

    @Override
    public List<CertifiedCopy> findActiveByApplicant(String applicantId, int offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certified_copy WHERE applicant_id = ? AND status = 'ACTIVE' "
                        + "ORDER BY certified_at DESC, id OFFSET ? LIMIT ?")
                .params(applicantId, Math.max(0, offset), Math.max(0, limit))
                .query(JdbcCertifiedCopies::row).list();
    }

    private static CertifiedCopy row(ResultSet rs, int n) throws SQLException {
        return new CertifiedCopy(new CertifiedCopyId(rs.getObject("id", UUID.class)),
                new CertificationRequestId(rs.getObject("request_id", UUID.class)), rs.getInt("original_number"),
                ApplicantKind.valueOf(rs.getString("applicant_kind")), rs.getString("applicant_id"),
                new CertificationRequestId(rs.getObject("consent_id", UUID.class)), rs.getString("center_id"),
                new SignerInfo(rs.getString("clerk_username"), rs.getString("clerk_iin"), rs.getString("clerk_name"),
                        rs.getString("signature_algorithm"), rs.getString("signer_serial"),
                        rs.getString("signer_issuer")),
                instant(rs, "certified_at"), instant(rs, "retain_until"),
                new DocumentDigest(rs.getString("pdf_sha256"), rs.getLong("pdf_size")),
                new DocumentDigest(rs.getString("signature_sha256"), rs.getLong("signature_size")),
                rs.getString("verification_code"), CopyStatus.valueOf(rs.getString("status")),
                instant(rs, "disposed_at"), rs.getBoolean("legal_hold"), rs.getString("hold_reason"));
    }
}
