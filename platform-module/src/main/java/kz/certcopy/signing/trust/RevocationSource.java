package kz.certcopy.signing.trust;

import java.security.cert.X509Certificate;
import java.time.Instant;

/** A source of revocation status (CRL, OCSP). Never throws for network trouble: returns UNKNOWN instead. */
public interface RevocationSource {
    RevocationStatus status(X509Certificate cert, X509Certificate issuer, Instant at);
}
