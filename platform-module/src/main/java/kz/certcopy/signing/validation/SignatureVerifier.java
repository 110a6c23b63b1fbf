package kz.certcopy.signing.validation;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import kz.certcopy.signing.SigningErrors;
import kz.certcopy.signing.kz.KzGostProvider;
import kz.certcopy.signing.trust.CertificateValidator;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;

/**
 * Verifies a CMS (attached, or detached with its content) or a signed PDF and returns a report per signature.
 * Hostile input is parsed under a size cap and a wall-clock limit; unreadable input is SIGNATURE_MALFORMED or
 * PDF_MALFORMED (never a stack trace), a lone file that is neither a PDF nor a CMS is SIGNATURE_MISSING (its
 * detached signature was not given), and nothing passes unless every check passed.
 */
public final class SignatureVerifier {

    public static final int MAX_INPUT_BYTES = 200 * 1024 * 1024;

    private final CmsSignatureValidator cms;
    private final PdfSignatureValidator pdf;
    private final Duration parseLimit;

    public SignatureVerifier(CertificateValidator certificates, Clock clock, Duration parseLimit) {
        KzGostProvider.install();
        this.cms = new CmsSignatureValidator(certificates, clock);
        this.pdf = new PdfSignatureValidator(cms);
        this.parseLimit = parseLimit;
    }

    /** @param detachedContent the signed document when {@code signature} is a detached CMS, else null */
    public VerificationReport verify(byte[] signature, byte[] detachedContent) {
        if (signature == null || signature.length == 0 || signature.length > MAX_INPUT_BYTES) {
            throw SigningErrors.error(SigningErrors.SIGNATURE_MALFORMED, ErrorKind.INVALID_INPUT);
        }
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "signature-verifier");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<VerificationReport> f = worker.submit(() -> verifyNow(signature, detachedContent));
            return f.get(parseLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw SigningErrors.error(SigningErrors.SIGNATURE_MALFORMED, ErrorKind.UNPROCESSABLE, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CertCopyException cce) {
                throw cce;
            }
            throw SigningErrors.error(SigningErrors.SIGNATURE_MALFORMED, ErrorKind.INVALID_INPUT, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SigningErrors.error(SigningErrors.SIGNATURE_MALFORMED, ErrorKind.UNAVAILABLE, e);
        } finally {
            worker.shutdownNow();
        }
    }

    private VerificationReport verifyNow(byte[] signature, byte[] detachedContent) {
        if (SignatureInput.isPdf(signature) && detachedContent == null) {
            return pdf.validate(signature);
        }
        byte[] der = SignatureInput.cmsDer(signature);
        if (der == null && detachedContent == null) {
            // e.g. an XML or a scan sent alone: the signature it needs is missing, not unreadable
            throw SigningErrors.error(SigningErrors.SIGNATURE_MISSING, ErrorKind.INVALID_INPUT);
        }
        if (der == null) {
            throw SigningErrors.error(SigningErrors.SIGNATURE_MALFORMED, ErrorKind.INVALID_INPUT);
        }
        CMSSignedData data;
        try {
            data = detachedContent == null ? new CMSSignedData(der)
                    : new CMSSignedData(new CMSProcessableByteArray(detachedContent), der);
        } catch (Exception e) {
            throw SigningErrors.error(SigningErrors.SIGNATURE_MALFORMED, ErrorKind.INVALID_INPUT, e);
        }
        boolean attached = data.getSignedContent() != null && detachedContent == null;
        boolean contentPresent = detachedContent != null || attached;
        if (detachedContent != null && !data.isDetachedSignature()) {
            // an attached CMS given with a separate file: verify the embedded content, say so
            try {
                data = new CMSSignedData(der);
            } catch (Exception e) {
                throw SigningErrors.error(SigningErrors.SIGNATURE_MALFORMED, ErrorKind.INVALID_INPUT, e);
            }
        }
        List<SignatureReport> reports = cms.validate(data, contentPresent);
        return VerificationReport.of("CMS", reports, detachedContent != null && !data.isDetachedSignature()
                ? List.of("CMS carries its own content; the separate file was not used") : List.of());
    }
}
