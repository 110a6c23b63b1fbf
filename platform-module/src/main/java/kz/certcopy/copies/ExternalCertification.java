package kz.certcopy.copies;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import kz.certcopy.certification.CertificationRequest;
import kz.certcopy.certification.CertificationRequestId;
import kz.certcopy.certification.CertificationRequests;
import kz.certcopy.certification.RequestAccess;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Certification with a key that stays with the clerk (NCALayer): two signatures, because the copy carries both
 * a PAdES signature and a detached CAdES over the final PDF. Step one (after {@link #start}) signs the PAdES
 * attributes; completing it prepares step two over the signed PDF; completing that stores the copy exactly as
 * {@link CopyCertification#store} does. Sessions live in the database, so each step may reach any node. An
 * expired or unknown session, another clerk's session, or scans changed in between → {@code SIGNING_EXPIRED}.
 *
 * <p>The certificate of a finished certification is remembered for the clerk's account, so the next one can start
 * without it ({@link #startWithRememberedCertificate}): the page then need not ask NCALayer for the key, which
 * costs the clerk a password dialog of its own.
 */
public final class ExternalCertification {

    /**
     * Refusals of a certificate that no later attempt can overcome. A remembered certificate refused so is dropped:
     * the clerk's key has changed (renewed, revoked, another IIN on the account), and only NCALayer knows the new one.
     * Not among them: {@code REVOCATION_UNKNOWN} (the revocation service may answer next time).
     */
    private static final Set<String> REFUSED_FOR_GOOD = Set.of(SigningErrors.CERT_EXPIRED,
            SigningErrors.CERT_NOT_YET_VALID, SigningErrors.CERT_REVOKED, SigningErrors.CERT_UNTRUSTED,
            SigningErrors.CERT_WRONG_USAGE, SigningErrors.CERT_ORGANISATION_SEAL, SigningErrors.UNSUPPORTED_ALGORITHM,
            SigningErrors.SIGNATURE_MALFORMED, SigningErrors.CERTIFICATE_MALFORMED, "CERT_IIN_MISMATCH");

    private static final Logger log = LoggerFactory.getLogger(ExternalCertification.class);

    /**
     * The next signature to make ({@code preparation}) with the certificate of serial {@code certificateSerialNumber}
     * (lower-case hex, as NCALayer's getKeyInfo reports it), or the finished {@code copy}.
     */
    public record Step(CertificationSignings.Stage stage, Preparation preparation, CertifiedCopy copy,
                       String certificateSerialNumber) {
    }

    private final CopyCertification certification;
    private final ExternalSigning external;
    private final CertificationSignings pending;
    private final CertificationRequests requests;
    private final RememberedCertificates remembered;
    private final Clock clock;
    private final CadesLevel level;

    public ExternalCertification(CopyCertification certification, ExternalSigning external,
                                 CertificationSignings pending, CertificationRequests requests,
                                 RememberedCertificates remembered, Clock clock, CadesLevel level) {
        this.certification = certification;
        this.external = external;
        this.pending = pending;
        this.requests = requests;
        this.remembered = remembered;
        this.clock = clock;
        this.level = level;
    }

    /** Role, center and the original's state, checked before any certificate is read (see {@link RequestAccess}). */
    public void requireStartable(Actor actor, CertificationRequestId id, int number) {
        certification.requireCertifiable(actor, id, number);
    }

    /**
     * Step one with the certificate of the clerk's last NCALayer certification. None, or one expired by now →
     * {@code NCALAYER_KEY_UNKNOWN}. Otherwise it passes every check a sent certificate passes (the clerk's IIN, role,
     * chain, revocation); refused for good, it is forgotten and the answer is {@code NCALAYER_KEY_UNKNOWN} as well,
     * so the page asks NCALayer for the key — and a certificate sent from there is told its refusal as always.
     */
    public Step startWithRememberedCertificate(Actor actor, CertificationRequestId id, int number) {
        certification.requireCertifiable(actor, id, number); // role and center before "no key remembered"
        byte[] der = remembered.of(actor.username()).orElseThrow(ExternalCertification::keyUnknown);
        try {
            if (clock.instant().isAfter(certificate(der).getNotAfter().toInstant())) {
                throw SigningErrors.error(SigningErrors.CERT_EXPIRED, ErrorKind.FORBIDDEN);
            }
            return start(actor, id, number, der);
        } catch (CertCopyException e) {
            if (!REFUSED_FOR_GOOD.contains(e.code())) {
                throw e;
            }
            remembered.forget(actor.username(), der);
            log.info("A remembered NCALayer certificate was refused ({}) and forgotten; NCALayer is asked for the key",
                    e.code());
            throw keyUnknown();
        }
    }

    public Step start(Actor actor, CertificationRequestId id, int number, byte[] certificate) {
        certification.requireCertifiable(actor, id, number); // role and center before the certificate
        X509Certificate cert = certificate(certificate);
        CertificateIdentity who = certification.requireOwnCertificate(actor, cert);
        String pages = certification.pagesFingerprint(id, number);
        CopyCertification.Draft d = certification.draft(actor, id, number, who);
        Preparation p = external.preparePades(d.pdf(), cert, PadesOptions.invisible(CopyCertification.PADES_REASON),
                level);
        pending.save(new CertificationSignings.Pending(p.sessionId(), CertificationSignings.Stage.PADES,
                actor.username(), id, number, d.copyId(), d.code(), d.certifiedAt(), d.pdf(), null, certificate,
                pages, p.expiresAt()));
        return new Step(CertificationSignings.Stage.PADES, p, null, serialNumber(cert));
    }

    /**
     * The next step. Not a clerk → {@code ACCESS_DENIED}; a session of another center's request → {@code NOT_FOUND}
     * (as the request itself would answer); another clerk's, expired or unknown → {@code SIGNING_EXPIRED}.
     */
    public Step complete(Actor actor, String signingId, byte[] signature) {
        RequestAccess.requireClerk(actor);
        Optional<CertificationSignings.Pending> found = pending.find(signingId);
        if (found.isPresent()) {
            requests.find(found.get().requestId()).ifPresent(r -> RequestAccess.requireWork(actor, r));
        }
        CertificationSignings.Pending s = found
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
            return new Step(CertificationSignings.Stage.CADES, p, null, serialNumber(cert));
        }
        byte[] cms = external.complete(signingId, s.document(), signature);
        if (!pending.remove(signingId)) {
            throw expired();
        }
        CertificationRequest request = requests.find(s.requestId())
                .orElseThrow(() -> new CertCopyException("NOT_FOUND", ErrorKind.NOT_FOUND));
        CopyCertification.Draft draft = new CopyCertification.Draft(request, s.originalNumber(), s.copyId(),
                s.code(), s.certifiedAt(), s.signedPdf());
        CertifiedCopy copy = certification.store(actor, draft, s.signedPdf(), cms, cert);
        remember(actor, cert);
        return new Step(null, null, copy, serialNumber(cert));
    }

    /** A convenience for the next certification: failing to keep it must not fail the certified copy. */
    private void remember(Actor actor, X509Certificate cert) {
        try {
            remembered.remember(actor.username(), cert.getEncoded());
        } catch (CertificateException | RuntimeException e) {
            // the exception's class only: a database message could quote the account's values
            log.warn("The certificate of an NCALayer certification could not be remembered ({}); the next one asks "
                    + "NCALayer for the key", e.getClass().getName());
        }
    }

    /** The form NCALayer's getKeyInfo reports and {@code signerParams.serialNumber} is given in. */
    static String serialNumber(X509Certificate cert) {
        return cert.getSerialNumber().toString(16);
    }

    private static X509Certificate certificate(byte[] der) {
        try {
            return Certificates.certificate(der);
        } catch (CertificateException | RuntimeException e) {
            throw new CertCopyException(SigningErrors.CERTIFICATE_MALFORMED, ErrorKind.INVALID_INPUT, e);
        }
    }

    private static CertCopyException keyUnknown() {
        return new CertCopyException("NCALAYER_KEY_UNKNOWN", ErrorKind.CONFLICT);
    }

    private static CertCopyException expired() {
        return SigningErrors.error(SigningErrors.SIGNING_EXPIRED, ErrorKind.GONE);
    }
}
