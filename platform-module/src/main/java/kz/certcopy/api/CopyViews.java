package kz.certcopy.api;

import java.time.Instant;
import kz.certcopy.certification.CertifiedCopy;
import kz.certcopy.copies.CopyLinks;

/** JSON shapes of certified copies. */
public final class CopyViews {

    private CopyViews() {
    }

    public record Digest(String sha256, long size) {
    }

    public record Signer(String username, String name, String iin, String algorithm, String certificateSerial,
                         String certificateIssuer) {
    }

    public record CopyView(String id, String requestId, int originalNumber, String applicantKind, String applicantId,
                           String consentId, String centerId, Signer signer, Instant certifiedAt,
                           Instant retainUntil, Digest pdf, Digest signature, String status, boolean legalHold,
                           String verificationUrl, String document, String detachedSignature, String handoverPackage) {
    }

    public static CopyView of(CertifiedCopy c, CopyLinks links) {
        String base = "/api/v1/copies/" + c.id();
        return new CopyView(c.id().toString(), c.requestId().toString(), c.originalNumber(), c.applicantKind().name(),
                c.applicantId(), c.consentId().toString(), c.centerId(),
                new Signer(c.signer().clerkUsername(), c.signer().clerkName(), c.signer().clerkIin(),
                        c.signer().signatureAlgorithm(), c.signer().certificateSerial(),
                        c.signer().certificateIssuer()),
                c.certifiedAt(), c.retainUntil(), new Digest(c.pdf().sha256(), c.pdf().size()),
                new Digest(c.signature().sha256(), c.signature().size()), c.status().name(), c.legalHold(),
                links.verificationUrl(c.id(), c.verificationCode()), base + "/document.pdf", base + "/signature.p7s",
                base + "/package.zip");
    }
}
