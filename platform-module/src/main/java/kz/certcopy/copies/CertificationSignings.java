package kz.certcopy.copies;

import java.time.Instant;
import java.util.Optional;
import kz.certcopy.certification.CertificationRequestId;
import kz.certcopy.certification.CertifiedCopyId;

/**
 * What the two-step certification keeps between the clerk's signatures (port; JDBC adapter in {@code storage}):
 * which original, the copy's id, code and time printed on its mark, the bytes being signed and, after the PAdES
 * step, the signed PDF over which the detached CAdES is made.
 */
public interface CertificationSignings {

    enum Stage { PADES, CADES }

    record Pending(String signingId, Stage stage, String clerk, CertificationRequestId requestId, int originalNumber,
                   CertifiedCopyId copyId, String code, Instant certifiedAt, byte[] document, byte[] signedPdf,
                   byte[] certificate, String pages, Instant expiresAt) {
    }

    void save(Pending pending);

    Optional<Pending> find(String signingId);

    /** Returns whether it existed: a step is completed once. */
    boolean remove(String signingId);
}
