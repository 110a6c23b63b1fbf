package kz.certcopy.certification;

import java.util.Objects;

/**
 * Who signed a copy, as read from the signing certificate: the clerk's account, IIN and name, the signature
 * algorithm (OID) and the certificate's serial number (hex) and issuer DN.
 */
public record SignerInfo(String clerkUsername, String clerkIin, String clerkName, String signatureAlgorithm,
                         String certificateSerial, String certificateIssuer) {

    public SignerInfo {
        Objects.requireNonNull(clerkUsername, "clerkUsername");
        Objects.requireNonNull(clerkIin, "clerkIin");
        Objects.requireNonNull(clerkName, "clerkName");
        Objects.requireNonNull(signatureAlgorithm, "signatureAlgorithm");
        Objects.requireNonNull(certificateSerial, "certificateSerial");
        Objects.requireNonNull(certificateIssuer, "certificateIssuer");
    }
}
