package kz.certcopy.signing.tsp;

import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Duration;

import kz.certcopy.common.ErrorKind;
import kz.certcopy.signing.SigningErrors;
import kz.certcopy.signing.trust.HttpFetch;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * RFC 3161 client (HTTP POST {@code application/timestamp-query}) with a hard timeout. The response is checked
 * against the request (imprint, nonce, policy); errors become TSA_UNAVAILABLE / TSA_BAD_RESPONSE.
 */
public final class TsaClient {

    private final String url;
    private final Duration timeout;
    private final ASN1ObjectIdentifier policy;
    private final SecureRandom random = new SecureRandom();

    /** @param policy requested TSA policy OID, or null for the TSA's default */
    public TsaClient(String url, Duration timeout, String policy) {
        this.url = url;
        this.timeout = timeout;
        this.policy = policy == null || policy.isBlank() ? null : new ASN1ObjectIdentifier(policy);
    }

    /** Time-stamps a digest computed with {@code digestAlgorithm}. */
    public TimeStampToken timestamp(ASN1ObjectIdentifier digestAlgorithm, byte[] digest) {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        if (policy != null) {
            generator.setReqPolicy(policy);
        }
        // fixed-size nonce (always 8 DER bytes) keeps the token length stable, so PAdES can size /Contents exactly
        TimeStampRequest request = generator.generate(digestAlgorithm, digest, new BigInteger(63, random).setBit(62));
        byte[] answer;
        try {
            answer = HttpFetch.post(url, "application/timestamp-query", request.getEncoded(), timeout);
        } catch (IOException | IllegalArgumentException e) {
            throw SigningErrors.error(SigningErrors.TSA_UNAVAILABLE, ErrorKind.UNAVAILABLE, e);
        }
        try {
            TimeStampResponse response = new TimeStampResponse(answer);
            response.validate(request);
            TimeStampToken token = response.getTimeStampToken();
            if (token == null) {
                throw SigningErrors.error(SigningErrors.TSA_BAD_RESPONSE, ErrorKind.UNAVAILABLE);
            }
            return token;
        } catch (TSPException | IOException | RuntimeException e) {
            if (e instanceof kz.certcopy.common.CertCopyException cce) {
                throw cce;
            }
            throw SigningErrors.error(SigningErrors.TSA_BAD_RESPONSE, ErrorKind.UNAVAILABLE, e);
        }
    }
}
