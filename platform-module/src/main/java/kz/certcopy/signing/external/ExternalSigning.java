package kz.certcopy.signing.external;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import kz.certcopy.signing.SigningErrors;
import kz.certcopy.signing.cades.AttributeProfile;
import kz.certcopy.signing.cades.CadesLevel;
import kz.certcopy.signing.cades.CadesSigner;
import kz.certcopy.signing.cms.CmsAlgorithms;
import kz.certcopy.signing.identity.ClerkCertificatePolicy;
import kz.certcopy.signing.kz.KeyFamily;
import kz.certcopy.signing.pades.PadesOptions;
import kz.certcopy.signing.pades.PadesSigner;
import kz.certcopy.signing.pades.PreparedPdf;
import kz.certcopy.signing.trust.CertificateValidator;
import kz.certcopy.signing.trust.Certificates;
import kz.certcopy.signing.validation.ExternalCmsCheck;

/**
 * Two-step signing for keys that never leave the clerk (NCALayer): {@code prepare} checks the certificate and keeps
 * the state server-side; {@code complete} accepts a raw signature value over the prepared signed attributes or a
 * detached CMS over the content digest (createCAdESFromBase64Hash), checks it cryptographically against the
 * prepared certificate and digest, and returns the finished CAdES or PAdES. Expired, unknown or reused sessions and
 * a changed document give SIGNING_EXPIRED.
 */
public final class ExternalSigning {

    private final SigningSessions sessions;
    private final CadesSigner cades;
    private final PadesSigner pades;
    private final CertificateValidator validator;
    private final ClerkCertificatePolicy policy;
    private final Clock clock;
    private final Duration expiry;
    private final SecureRandom random = new SecureRandom();

    public ExternalSigning(SigningSessions sessions, CadesSigner cades, PadesSigner pades,
                           CertificateValidator validator, ClerkCertificatePolicy policy, Clock clock,
                           Duration expiry) {
        this.sessions = sessions;
        this.cades = cades;
        this.pades = pades;
        this.validator = validator;
        this.policy = policy;
        this.clock = clock;
        this.expiry = expiry;
    }

    /** Step one for a detached CAdES over {@code document}. */
    public Preparation prepareCades(byte[] document, X509Certificate certificate, CadesLevel level) {
        return prepare(SigningSession.Format.CADES, document, document, null, certificate, level);
    }

    /** Step one for a PAdES signature on {@code pdf}. */
    public Preparation preparePades(byte[] pdf, X509Certificate certificate, PadesOptions options, CadesLevel level) {
        Instant now = clock.instant();
        PreparedPdf prepared = pades.prepare(pdf, options, now);
        return prepare(SigningSession.Format.PADES, pdf, prepared.signedContent(), prepared.pdf(), certificate, level);
    }

    private Preparation prepare(SigningSession.Format format, byte[] document, byte[] signedContent,
                                byte[] preparedPdf, X509Certificate certificate, CadesLevel level) {
        Instant now = clock.instant();
        policy.check(certificate);
        validator.requireValid(certificate, List.of(), now);
        KeyFamily family = KeyFamily.of(certificate);
        byte[] digest = CadesSigner.contentDigest(family, signedContent);
        AttributeProfile profile = profile(format);
        byte[] dataToSign = cades.dataToSign(digest, certificate, family, profile, now);
        String id = newId();
        Instant expiresAt = now.plus(expiry);
        sessions.save(new SigningSession(id, format, encoded(certificate), family, now, digest, sha256(document),
                preparedPdf, level, expiresAt));
        return new Preparation(id, dataToSign, digest, family.signatureAlgorithm().getAlgorithm().getId(),
                family.digestAlgorithm().getAlgorithm().getId(), expiresAt);
    }

    /**
     * Step two. @param document the same document given to prepare (checked unchanged)
     * @param signatureOrCms raw signature value, or a detached CMS (DER, base64 or PEM) over the content digest
     * @return detached CAdES (CADES sessions) or the signed PDF (PADES sessions)
     */
    public byte[] complete(String sessionId, byte[] document, byte[] signatureOrCms) {
        SigningSession s = sessions.find(sessionId)
                .orElseThrow(() -> SigningErrors.error(SigningErrors.SIGNING_EXPIRED, ErrorKind.GONE));
        if (s.expiredAt(clock.instant())) {
            sessions.remove(sessionId);
            throw SigningErrors.error(SigningErrors.SIGNING_EXPIRED, ErrorKind.GONE);
        }
        if (!MessageDigest.isEqual(s.documentSha256(), sha256(document))) {
            throw SigningErrors.error(SigningErrors.SIGNING_EXPIRED, ErrorKind.CONFLICT, "document changed");
        }
        X509Certificate cert = certificate(s.certificate());
        byte[] cms = ExternalCmsCheck.looksLikeCms(signatureOrCms)
                ? ExternalCmsCheck.requireSignedBy(signatureOrCms, cert, s.contentDigest())
                : fromRawSignature(s, cert, signatureOrCms);
        if (s.level() == CadesLevel.B_T && !ExternalCmsCheck.hasSignatureTimestamp(cms)) {
            cms = cades.addSignatureTimestamps(cms);
        }
        if (!sessions.remove(sessionId)) {
            throw SigningErrors.error(SigningErrors.SIGNING_EXPIRED, ErrorKind.GONE);
        }
        return s.format() == SigningSession.Format.PADES ? PadesSigner.embed(s.preparedPdf(), cms) : cms;
    }

    private byte[] fromRawSignature(SigningSession s, X509Certificate cert, byte[] signatureValue) {
        byte[] cms = cades.sign(s.contentDigest(), cert, List.of(cert),
                CmsAlgorithms.presigned(s.family(), signatureValue), profile(s.format()), CadesLevel.B_B,
                s.signingTime());
        return ExternalCmsCheck.requireSignedBy(cms, cert, s.contentDigest());
    }

    private static AttributeProfile profile(SigningSession.Format format) {
        return format == SigningSession.Format.PADES ? AttributeProfile.PADES : AttributeProfile.CADES;
    }

    private String newId() {
        byte[] b = new byte[18];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] encoded(X509Certificate c) {
        try {
            return c.getEncoded();
        } catch (CertificateEncodingException e) {
            throw SigningErrors.error(SigningErrors.CERTIFICATE_MALFORMED, ErrorKind.INVALID_INPUT, e);
        }
    }

    private static X509Certificate certificate(byte[] der) {
        try {
            return Certificates.certificate(der);
        } catch (java.security.cert.CertificateException e) {
            throw new CertCopyException(SigningErrors.CERTIFICATE_MALFORMED, ErrorKind.INVALID_INPUT, e);
        }
    }
}
