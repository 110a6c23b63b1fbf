package kz.certcopy.copies;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import kz.certcopy.certification.CertificationRequest;
import kz.certcopy.certification.CertificationRequestId;
import kz.certcopy.certification.CertificationRequests;
import kz.certcopy.certification.CertifiedCopy;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import kz.certcopy.security.Actor;
import kz.certcopy.signing.SigningErrors;
import kz.certcopy.signing.cades.CadesLevel;
import kz.certcopy.signing.external.ExternalSigning;
import kz.certcopy.signing.external.Preparation;
import kz.certcopy.signing.identity.CertificateIdentity;
import kz.certcopy.signing.pades.PadesOptions;
import kz.certcopy.signing.trust.Certificates;

/**
 * Certification with a key that stays with the clerk (NCALayer): two signatures, because the copy carries both
 * a PAdES signature and a detached CAdES over the final PDF. Step one (after {@link #start}) signs the PAdES
 * attributes; completing it prepares step two over the signed PDF; completing that stores the copy exactly as
 * {@link CopyCertification#store} does. Sessions live in the database, so each step may reach any node. An
 * expired or unknown session, another clerk's session, or scans changed in between → {@code SIGNING_EXPIRED}.
 */
public final class ExternalCertification {

    /** The next signature to make ({@code preparation}), or the finished {@code copy}. */
    public record Step(CertificationSignings.Stage stage, Preparation preparation, CertifiedCopy copy) {
    }

    private final CopyCertification certification;
    private final ExternalSigning external;
    private final CertificationSignings pending;
    private final CertificationRequests requests;
    private final Clock clock;
    private final CadesLevel level;

    public ExternalCertification(CopyCertification certification, ExternalSigning external,
                                 CertificationSignings pending, CertificationRequests requests, Clock clock,
                                 CadesLevel level) {
        this.certification = certification;
        this.external = external;
        this.pending = pending;
        this.requests = requests;
        this.clock = clock;
        this.level = level;
    }

    public Step start(Actor actor, CertificationRequestId id, int number, byte[] certificate) {
        X509Certificate cert = certificate(certificate);
        CertificateIdentity who = certification.requireOwnCertificate(actor, cert);
        String pages = certification.pagesFingerprint(id, number);
        CopyCertification.Draft d = certification.draft(actor, id, number, who);
        Preparation p = external.preparePades(d.pdf(), cert, PadesOptions.invisible(CopyCertification.PADES_REASON),
                level);
        pending.save(new CertificationSignings.Pending(p.sessionId(), CertificationSignings.Stage.PADES,
                actor.username(), id, number, d.copyId(), d.code(), d.certifiedAt(), d.pdf(), null, certificate,
                pages, p.expiresAt()));
        return new Step(CertificationSignings.Stage.PADES, p, null);
    }

    public Step complete(Actor actor, String signingId, byte[] signature) {
        CertificationSignings.Pending s = pending.find(signingId)
                .filter(p -> p.clerk().equals(actor.username()) && clock.instant().isBefore(p.expiresAt()))
                .orElseThrow(ExternalCertification::expired);
        if (!s.pages().equals(certification.pagesFingerprint(s.requestId(), s.originalNumber()))) {
            pending.remove(signingId);
            throw expired();
        }
        X509Certificate cert = certificate(s.certificate());
        if (s.stage() == CertificationSignings.Stage.PADES) {
            byte[] signedPdf = external.complete(signingId, s.document(), signature);
            Preparation p = external.prepareCades(signedPdf, cert, level);
            if (!pending.remove(signingId)) {
                throw expired();
            }
            pending.save(new CertificationSignings.Pending(p.sessionId(), CertificationSignings.Stage.CADES,
                    s.clerk(), s.requestId(), s.originalNumber(), s.copyId(), s.code(), s.certifiedAt(), signedPdf,
                    signedPdf, s.certificate(), s.pages(), p.expiresAt()));
            return new Step(CertificationSignings.Stage.CADES, p, null);
        }
        byte[] cms = external.complete(signingId, s.document(), signature);
        if (!pending.remove(signingId)) {
            throw expired();
        }
        CertificationRequest request = requests.find(s.requestId())
                .orElseThrow(() -> new CertCopyException("NOT_FOUND", ErrorKind.NOT_FOUND));
        CopyCertification.Draft draft = new CopyCertification.Draft(request, s.originalNumber(), s.copyId(),
                s.code(), s.certifiedAt(), s.signedPdf());
        return new Step(null, null, certification.store(actor, draft, s.signedPdf(), cms, cert));
    }

    private static X509Certificate certificate(byte[] der) {
        try {
            return Certificates.certificate(der);
        } catch (CertificateException | RuntimeException e) {
            throw new CertCopyException(SigningErrors.SIGNATURE_MALFORMED, ErrorKind.INVALID_INPUT, e);
        }
    }

    private static CertCopyException expired() {
        return SigningErrors.error(SigningErrors.SIGNING_EXPIRED, ErrorKind.GONE);
    }
}
