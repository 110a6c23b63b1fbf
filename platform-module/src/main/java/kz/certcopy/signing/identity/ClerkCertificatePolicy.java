package kz.certcopy.signing.identity;

import java.security.cert.X509Certificate;
import java.util.Set;

import kz.certcopy.common.ErrorKind;
import kz.certcopy.signing.SigningErrors;
import kz.certcopy.signing.kz.KzOids;

/**
 * Whether a certificate may certify copies: a signing (not AUTH-only) key with the emailProtection purpose, and
 * (when roles are configured) one of the accepted NCA roles — by default employee or person with signing right of
 * a legal entity; information-system and Treasury-Client certificates are never accepted. An information-system
 * certificate is an organisation's seal: it names no person, and the rule (item 2.2) wants the clerk's own EDS, so it
 * gets its own refusal (CERT_ORGANISATION_SEAL) rather than the generic one.
 */
public final class ClerkCertificatePolicy {

    /** The roles a PSC clerk's legal-entity certificate carries. */
    public static final Set<String> DEFAULT_ROLES = Set.of(KzOids.ROLE_EMPLOYEE, KzOids.ROLE_SIGN_RIGHT,
            KzOids.ROLE_CEO);

    private final Set<String> acceptedRoles;

    /** @param acceptedRoles role OIDs of which one must be present; empty = any signing certificate */
    public ClerkCertificatePolicy(Set<String> acceptedRoles) {
        this.acceptedRoles = Set.copyOf(acceptedRoles);
    }

    /** @throws kz.certcopy.common.CertCopyException CERT_WRONG_USAGE, CERT_ORGANISATION_SEAL */
    public CertificateIdentity check(X509Certificate cert) {
        CertificateIdentity id = IdentityReader.read(cert);
        // first: whatever its usages, a seal is not a person's key
        if (id.kind() == SubjectKind.LEGAL_ENTITY_INFO_SYSTEM) {
            throw SigningErrors.error(SigningErrors.CERT_ORGANISATION_SEAL, ErrorKind.FORBIDDEN);
        }
        if (!id.purpose().mayCertify()) {
            throw SigningErrors.error(SigningErrors.CERT_WRONG_USAGE, ErrorKind.FORBIDDEN, "keyUsage");
        }
        if (!id.extendedKeyUsages().isEmpty() && !id.extendedKeyUsages().contains(KzOids.EKU_EMAIL_PROTECTION)
                && !id.extendedKeyUsages().contains("2.5.29.37.0")) {
            throw SigningErrors.error(SigningErrors.CERT_WRONG_USAGE, ErrorKind.FORBIDDEN, "extendedKeyUsage");
        }
        if (id.kind() == SubjectKind.TREASURY_K2) {
            throw SigningErrors.error(SigningErrors.CERT_WRONG_USAGE, ErrorKind.FORBIDDEN, "role");
        }
        if (!acceptedRoles.isEmpty() && acceptedRoles.stream().noneMatch(id.extendedKeyUsages()::contains)) {
            throw SigningErrors.error(SigningErrors.CERT_WRONG_USAGE, ErrorKind.FORBIDDEN, "role");
        }
        return id;
    }
}
