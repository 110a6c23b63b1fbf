package kz.certcopy.signing.pades;

/**
 * A PDF with an incremental update holding an empty signature (zeros in /Contents) and the bytes its ByteRange
 * covers, which are what the CMS signs.
 */
public record PreparedPdf(byte[] pdf, byte[] signedContent) {
}
