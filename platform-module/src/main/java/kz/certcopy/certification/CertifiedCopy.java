package kz.certcopy.certification;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import kz.certcopy.applicant.ApplicantKind;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;

/**
 * A certified electronic copy (ҚЭК / ЭКД, rule 2.1 and 7.2): the assembled PDF/A with the certification mark,
 * signed PAdES by the clerk, plus a detached CAdES over the same final PDF bytes. Bound to the applicant's IIN/BIN,
 * the consent (registered with the request, so the consent id is the request id), the center and the clerk. Kept
 * until {@code retainUntil} (rule 8), then DISPOSED: the content is destroyed and the record becomes a tombstone.
 * A legal hold stops disposal. {@code verificationCode} is a random, unguessable code printed in the QR URL, so
 * only holders of the copy can look it up publicly.
 */
public record CertifiedCopy(CertifiedCopyId id, CertificationRequestId requestId, int originalNumber,
                            ApplicantKind applicantKind, String applicantId, CertificationRequestId consentId,
                            String centerId, SignerInfo signer, Instant certifiedAt, Instant retainUntil,
                            DocumentDigest pdf, DocumentDigest signature, String verificationCode,
                            CopyStatus status, Instant disposedAt, boolean legalHold, String holdReason) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public CertifiedCopy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(applicantKind, "applicantKind");
        Objects.requireNonNull(applicantId, "applicantId");
        Objects.requireNonNull(consentId, "consentId");
        Objects.requireNonNull(centerId, "centerId");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(certifiedAt, "certifiedAt");
        Objects.requireNonNull(retainUntil, "retainUntil");
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(verificationCode, "verificationCode");
        Objects.requireNonNull(status, "status");
        if (originalNumber < 1) {
            throw new IllegalArgumentException("original numbers start at 1");
        }
        if ((status == CopyStatus.DISPOSED) != (disposedAt != null)) {
            throw new IllegalArgumentException("disposedAt is set exactly when the copy is disposed");
        }
    }

    /** A new, active copy without a hold. */
    public static CertifiedCopy certified(CertifiedCopyId id, CertificationRequest request, int originalNumber,
                                          SignerInfo signer, Instant certifiedAt, Instant retainUntil,
                                          DocumentDigest pdf, DocumentDigest signature, String verificationCode) {
        return new CertifiedCopy(id, request.id(), originalNumber, request.consent().applicant().id().kind(),
                request.consent().applicant().id().value(), request.id(), request.centerId(), signer, certifiedAt,
                retainUntil, pdf, signature, verificationCode, CopyStatus.ACTIVE, null, false, null);
    }

    /** 24 random bytes, URL-safe: 192 bits, not guessable, short enough for a QR code. */
    public static String newVerificationCode() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** Compares in constant time, so the code cannot be found byte by byte. */
    public boolean codeMatches(String code) {
        return code != null && java.security.MessageDigest.isEqual(
                verificationCode.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                code.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    public boolean active() {
        return status == CopyStatus.ACTIVE;
    }

    /** Fails with 410 Gone (and the disposal date) when the content has been disposed of. */
    public CertifiedCopy requireActive() {
        if (!active()) {
            throw new CertCopyException("COPY_DISPOSED", ErrorKind.GONE, disposedAt.toString());
        }
        return this;
    }

    public CertifiedCopy disposed(Instant at) {
        if (legalHold) {
            throw new CertCopyException("LEGAL_HOLD", ErrorKind.CONFLICT);
        }
        return new CertifiedCopy(id, requestId, originalNumber, applicantKind, applicantId, consentId, centerId,
                signer, certifiedAt, retainUntil, pdf, signature, verificationCode, CopyStatus.DISPOSED,
                Objects.requireNonNull(at, "at"), false, null);
    }

    public CertifiedCopy held(String reason) {
        return new CertifiedCopy(id, requestId, originalNumber, applicantKind, applicantId, consentId, centerId,
                signer, certifiedAt, retainUntil, pdf, signature, verificationCode, status, disposedAt, true,
                Objects.requireNonNull(reason, "reason"));
    }

    public CertifiedCopy released() {
        return new CertifiedCopy(id, requestId, originalNumber, applicantKind, applicantId, consentId, centerId,
                signer, certifiedAt, retainUntil, pdf, signature, verificationCode, status, disposedAt, false, null);
    }

    @Override
    public String toString() {
        return "CertifiedCopy[" + id + ", " + status + "]";
    }
}
