package kz.certcopy.signing.validation;

import java.time.Instant;
import java.util.List;

import kz.certcopy.signing.identity.CertificateIdentity;

/**
 * The result for one signature. {@code claimedSigningTime} is what the signer asserted; {@code timestampTime} is
 * proven by an RFC 3161 token ({@code timestampTrusted} when the TSA chains to a trust anchor).
 */
public record SignatureReport(int index, Indication indication, SubIndication subIndication,
                              CertificateIdentity signer, String signatureAlgorithm, String digestAlgorithm,
                              Instant claimedSigningTime, Instant timestampTime, boolean timestampTrusted,
                              boolean integrityValid, String chainStatus, String revocationStatus,
                              Instant validationTime, List<String> notes) {

    public SignatureReport {
        notes = List.copyOf(notes);
    }
}
