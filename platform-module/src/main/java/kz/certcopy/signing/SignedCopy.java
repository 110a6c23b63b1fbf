package kz.certcopy.signing;

import java.time.Instant;

import kz.certcopy.signing.identity.CertificateIdentity;

/** A certified copy as signed by the server key: the PAdES PDF and a detached CAdES over exactly those bytes. */
public record SignedCopy(byte[] signedPdf, byte[] detachedCades, CertificateIdentity signer, Instant signingTime) {
}
