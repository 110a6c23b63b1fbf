package kz.certcopy.intake.mark;

import java.time.Instant;
import java.util.Objects;

/**
 * What the certification sheet states (rule, item 7.2: the copy matches the original). Rendered into the
 * copy before signing, so it is covered by the clerk's signature.
 *
 * @param centerName      the Public Service Center, as it should read on the sheet
 * @param clerkName       the certifying clerk (full name as on the signing certificate)
 * @param certifiedAt     moment of certification; printed in Asia/Almaty time
 * @param copyId          identifier of the copy
 * @param verificationUrl full URL encoded in the QR code and printed under it
 * @param originalPages   number of pages of the original in the copy
 */
public record CertificationMark(String centerName, String clerkName, Instant certifiedAt, String copyId,
                                String verificationUrl, int originalPages) {

    public CertificationMark {
        Objects.requireNonNull(centerName, "centerName");
        Objects.requireNonNull(clerkName, "clerkName");
        Objects.requireNonNull(certifiedAt, "certifiedAt");
        Objects.requireNonNull(copyId, "copyId");
        Objects.requireNonNull(verificationUrl, "verificationUrl");
    }
}
