package kz.certcopy.signing.trust;

import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import kz.certcopy.common.ErrorKind;
import kz.certcopy.signing.SigningErrors;
import kz.certcopy.signing.kz.KzGostProvider;

/**
 * Checks a signer certificate at an instant: validity, a PKIX path to a configured anchor (JDK PKIX; GOST
 * signatures resolve through our provider), and end-entity revocation from the configured sources (OCSP first when
 * configured, then CRLs). Intermediate CA revocation is not checked (NCA root CRLs are rarely reachable).
 */
public final class CertificateValidator {

    private final TrustAnchors trust;
    private final List<RevocationSource> revocation;
    private final boolean revocationRequired;

    /**
     * @param revocationRequired when true a certificate without a definite GOOD status fails with
     *                           REVOCATION_UNKNOWN; when false that is only reported
     */
    public CertificateValidator(TrustAnchors trust, List<RevocationSource> revocation, boolean revocationRequired) {
        this.trust = trust;
        this.revocation = List.copyOf(revocation);
        this.revocationRequired = revocationRequired;
    }

    public TrustAnchors trust() {
        return trust;
    }

    public ChainResult validate(X509Certificate leaf, Collection<X509Certificate> extra, Instant at) {
        KzGostProvider.install();
        Date date = Date.from(at);
        if (date.before(leaf.getNotBefore())) {
            return new ChainResult(SigningErrors.CERT_NOT_YET_VALID, List.of(leaf), null, "notBefore");
        }
        if (date.after(leaf.getNotAfter())) {
            return new ChainResult(SigningErrors.CERT_EXPIRED, List.of(leaf), null, "notAfter");
        }
        List<X509Certificate> path;
        try {
            path = buildPath(leaf, extra, date);
        } catch (CertPathBuilderException e) {
            return new ChainResult(SigningErrors.CERT_UNTRUSTED, List.of(leaf), null, "no path to a trust anchor");
        } catch (java.security.GeneralSecurityException e) {
            return new ChainResult(SigningErrors.CERT_UNTRUSTED, List.of(leaf), null, "path building failed");
        }
        // a leaf that is itself an anchor (self-signed) yields a path of one certificate
        X509Certificate issuer = path.size() > 1 ? path.get(1) : Certificates.isSelfIssued(leaf) ? leaf : null;
        RevocationStatus status = revocationStatus(leaf, issuer, at);
        if (status.state() == RevocationStatus.State.REVOKED) {
            return new ChainResult(SigningErrors.CERT_REVOKED, path, status, status.reason());
        }
        if (status.state() == RevocationStatus.State.UNKNOWN && revocationRequired) {
            return new ChainResult(SigningErrors.REVOCATION_UNKNOWN, path, status, status.reason());
        }
        return new ChainResult(null, path, status, null);
    }

    /** Signing-time check: throws the matching error code unless the certificate passes. */
    public List<X509Certificate> requireValid(X509Certificate leaf, Collection<X509Certificate> extra, Instant at) {
        ChainResult result = validate(leaf, extra, at);
        if (!result.passed()) {
            ErrorKind kind = SigningErrors.REVOCATION_UNKNOWN.equals(result.code()) ? ErrorKind.UNAVAILABLE
                    : ErrorKind.FORBIDDEN;
            throw SigningErrors.error(result.code(), kind);
        }
        return result.chain();
    }

    public RevocationStatus revocationStatus(X509Certificate cert, X509Certificate issuer, Instant at) {
        RevocationStatus last = RevocationStatus.unknown("no revocation source configured");
        for (RevocationSource source : revocation) {
            RevocationStatus s = source.status(cert, issuer, at);
            if (s.state() != RevocationStatus.State.UNKNOWN) {
                return s;
            }
            last = s;
        }
        return last;
    }

    private List<X509Certificate> buildPath(X509Certificate leaf, Collection<X509Certificate> extra, Date date)
            throws java.security.GeneralSecurityException {
        if (trust.isEmpty()) {
            throw new CertPathBuilderException("no trust anchors configured");
        }
        X509CertSelector target = new X509CertSelector();
        target.setCertificate(leaf);
        PKIXBuilderParameters params = new PKIXBuilderParameters(trust.anchors(), target);
        List<X509Certificate> pool = new ArrayList<>(trust.intermediates());
        pool.addAll(extra);
        pool.add(leaf);
        params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(pool)));
        params.setRevocationEnabled(false);
        params.setDate(date);
        PKIXCertPathBuilderResult result = (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX")
                .build(params);
        List<X509Certificate> path = new ArrayList<>();
        result.getCertPath().getCertificates().forEach(c -> path.add((X509Certificate) c));
        path.add(result.getTrustAnchor().getTrustedCert());
        return path;
    }
}
