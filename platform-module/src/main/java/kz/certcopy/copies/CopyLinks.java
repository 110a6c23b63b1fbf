package kz.certcopy.copies;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import kz.certcopy.certification.CertifiedCopyId;
import kz.certcopy.intake.mark.VerificationUrls;

/**
 * The public verification URL of a copy: {@code <certcopy.intake.verification-base-url>/<copy id>?code=<code>}.
 * The base must point at this service's {@code /verify} page; the code keeps the lookup to holders of the copy.
 */
public final class CopyLinks {

    private final VerificationUrls urls;

    public CopyLinks(VerificationUrls urls) {
        this.urls = urls;
    }

    public String verificationUrl(CertifiedCopyId id, String code) {
        return urls.forCopy(id.toString()) + "?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }
}
