package kz.certcopy.signing.cades;

/**
 * Which signed attributes go into the CMS. {@code CADES}: contentType, signingTime, messageDigest,
 * signingCertificateV2 (CAdES-B-B). {@code KALKAN}: the three attributes Kalkan/NCANode write, nothing else.
 * {@code PADES}: contentType, messageDigest, signingCertificateV2 (signing time lives in the PDF /M entry).
 */
public enum AttributeProfile { CADES, KALKAN, PADES }
