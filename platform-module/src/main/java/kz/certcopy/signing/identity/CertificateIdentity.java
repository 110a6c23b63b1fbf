package kz.certcopy.signing.identity;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Who a certificate names, as the CA asserts it: IIN and BIN are taken as written (test certificates carry
 * identifiers that fail the check digit, real ones pass it; matching against the clerk record is exact).
 * {@code givenName} holds the SN/G attribute, which in NCA certificates is the patronymic.
 */
public record CertificateIdentity(String commonName, String surname, String givenName, String iin, String bin,
                                  String organisation, String email, KeyPurpose purpose, SubjectKind kind,
                                  Set<String> extendedKeyUsages, List<String> policies, String serialNumberHex,
                                  String issuerCommonName, Instant notBefore, Instant notAfter) {

    public CertificateIdentity {
        extendedKeyUsages = Set.copyOf(extendedKeyUsages);
        policies = List.copyOf(policies);
    }

    public boolean isLegalEntity() {
        return bin != null;
    }

    @Override
    public String toString() {
        // no personal data in logs
        return "CertificateIdentity[" + kind + ", " + purpose + ", serial " + serialNumberHex + "]";
    }
}
