package kz.certcopy.signing.trust;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * RFC 6960 OCSP at a configured responder URL. The response must be signed by the issuing CA or by a responder
 * certificate the CA issued for OCSP signing; anything else (unreachable, timeout, bad signature) is UNKNOWN.
 */
public final class OcspRevocationSource implements RevocationSource {

    private final String url;
    private final Duration timeout;

    public OcspRevocationSource(String url, Duration timeout) {
        this.url = url;
        this.timeout = timeout;
    }

    @Override
    public RevocationStatus status(X509Certificate cert, X509Certificate issuer, Instant at) {
        if (issuer == null) {
            return RevocationStatus.unknown("issuer unknown");
        }
        try {
            DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder()
                    .setProvider(kz.certcopy.signing.kz.KzGostProvider.bouncyCastle()).build();
            CertificateID id = new CertificateID(digests.get(CertificateID.HASH_SHA1),
                    new JcaX509CertificateHolder(issuer), cert.getSerialNumber());
            byte[] request = new OCSPReqBuilder().addRequest(id).build().getEncoded();
            OCSPResp resp = new OCSPResp(HttpFetch.post(url, "application/ocsp-request", request, timeout));
            if (resp.getStatus() != OCSPResp.SUCCESSFUL || !(resp.getResponseObject() instanceof BasicOCSPResp basic)) {
                return RevocationStatus.unknown("OCSP responder status " + resp.getStatus());
            }
            if (!signedByIssuerOrDelegate(basic, issuer)) {
                return RevocationStatus.unknown("OCSP response signature not trusted");
            }
            for (SingleResp single : basic.getResponses()) {
                if (!single.getCertID().matchesIssuer(new JcaX509CertificateHolder(issuer), digests)
                        || !single.getCertID().getSerialNumber().equals(cert.getSerialNumber())) {
                    continue;
                }
                Instant produced = basic.getProducedAt().toInstant();
                CertificateStatus st = single.getCertStatus();
                if (st == CertificateStatus.GOOD) {
                    return new RevocationStatus(RevocationStatus.State.GOOD, null, null, "OCSP", produced);
                }
                if (st instanceof RevokedStatus revoked) {
                    String reason = revoked.hasRevocationReason() ? "reason " + revoked.getRevocationReason()
                            : "unspecified";
                    return new RevocationStatus(RevocationStatus.State.REVOKED,
                            revoked.getRevocationTime().toInstant(), reason, "OCSP", produced);
                }
                return RevocationStatus.unknown("OCSP status unknown");
            }
            return RevocationStatus.unknown("OCSP response does not cover the certificate");
        } catch (IOException e) {
            return RevocationStatus.unknown("OCSP responder unreachable");
        } catch (Exception e) {
            return RevocationStatus.unknown("OCSP response unreadable");
        }
    }

    private static boolean signedByIssuerOrDelegate(BasicOCSPResp basic, X509Certificate issuer) throws Exception {
        if (verifies(basic, issuer)) {
            return true;
        }
        for (X509CertificateHolder holder : basic.getCerts()) {
            X509Certificate responder = Certificates.certificate(holder.getEncoded());
            List<String> eku = responder.getExtendedKeyUsage();
            if (eku != null && eku.contains(KeyPurposeId.id_kp_OCSPSigning.getId())
                    && Certificates.issued(issuer, responder) && verifies(basic, responder)) {
                return true;
            }
        }
        return false;
    }

    private static boolean verifies(BasicOCSPResp basic, X509Certificate signer) {
        try {
            return basic.isSignatureValid(kz.certcopy.signing.cms.CmsAlgorithms.verifierProvider(signer.getPublicKey()));
        } catch (Exception e) {
            return false;
        }
    }
}
