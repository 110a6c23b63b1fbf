package kz.certcopy.signing.external;

import java.time.Instant;

/**
 * What the browser needs for step two. Either sign {@code dataToSign} raw with {@code signatureAlgorithmOid}
 * (the DER of the signed attributes), or pass {@code contentDigest} (digest {@code digestAlgorithmOid}) to NCALayer's
 * {@code createCAdESFromBase64Hash} and send back the CMS it returns.
 */
public record Preparation(String sessionId, byte[] dataToSign, byte[] contentDigest, String signatureAlgorithmOid,
                          String digestAlgorithmOid, Instant expiresAt) {
}
