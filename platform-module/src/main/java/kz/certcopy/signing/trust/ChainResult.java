package kz.certcopy.signing.trust;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Outcome of checking one signer certificate at one instant. {@code code} is null when everything passed, else one
 * of CERT_EXPIRED, CERT_NOT_YET_VALID, CERT_UNTRUSTED, CERT_REVOKED, REVOCATION_UNKNOWN.
 */
public record ChainResult(String code, List<X509Certificate> chain, RevocationStatus revocation, String detail) {

    public ChainResult {
        chain = List.copyOf(chain);
    }

    public boolean passed() {
        return code == null;
    }
}
