package kz.certcopy.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import kz.certcopy.certification.CertificationRequestId;
import kz.certcopy.certification.RequestAccess;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import kz.certcopy.copies.CopyLinks;
import kz.certcopy.copies.ExternalCertification;
import kz.certcopy.security.Actor;
import kz.certcopy.security.CurrentActor;
import kz.certcopy.signing.SigningErrors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Certification with the clerk's own key through NCALayer, in two signatures (PAdES, then the detached CAdES over
 * the signed PDF). Each step gives {@code dataToSign} (sign raw with {@code signatureAlgorithm}) and
 * {@code contentDigest} (for {@code createCAdESFromBase64Hash}); send back either result, base64. Started without
 * a certificate, the clerk's last NCALayer certificate is used ({@code 409 NCALAYER_KEY_UNKNOWN} if none is usable).
 */
@RestController
@Tag(name = "Two-step signing (NCALayer)")
public class SigningController {

    private final ExternalCertification external;
    private final CopyLinks links;
    private final CurrentActor actor;

    public SigningController(ExternalCertification external, CopyLinks links, CurrentActor actor) {
        this.external = external;
        this.links = links;
        this.actor = actor;
    }

    public record StartBody(String certificate) {
    }

    public record SignatureBody(String signature) {
    }

    /** {@code certificateSerialNumber}: the key to sign with (lower-case hex, NCALayer's signerParams form). */
    public record StepView(String signingId, String stage, String dataToSign, String contentDigest,
                           String signatureAlgorithm, String digestAlgorithm, String certificateSerialNumber,
                           Instant expiresAt, String next) {
    }

    @PostMapping("/api/v1/requests/{id}/originals/{n}/signing")
    @Operation(summary = "Start certifying with the clerk's own key: body {certificate: base64 DER or PEM} → step "
            + "one; without a certificate the one of the clerk's last NCALayer certification is used, and if there is "
            + "none (or it is no longer valid) the answer is 409 NCALAYER_KEY_UNKNOWN")
    public ResponseEntity<StepView> start(@PathVariable String id, @PathVariable int n,
                                          @RequestBody(required = false) StartBody body) {
        CertificationRequestId request = CertificationRequestId.parse(id);
        Actor who = actor.get();
        external.requireStartable(who, request, n); // who and which request before the certificate is read
        ExternalCertification.Step step;
        if (body == null || body.certificate() == null || body.certificate().isBlank()) {
            step = external.startWithRememberedCertificate(who, request, n);
        } else {
            String cert = body.certificate().strip();
            byte[] der = cert.startsWith("-----BEGIN") ? cert.getBytes(StandardCharsets.US_ASCII)
                    : base64(cert, SigningErrors.CERTIFICATE_MALFORMED);
            step = external.start(who, request, n, der);
        }
        return ResponseEntity.status(201).body(view(step));
    }

    @PutMapping("/api/v1/signings/{signingId}")
    @Operation(summary = "Send a signature (raw value or CMS, base64): 202 with the next step, or 201 with the copy")
    public ResponseEntity<?> complete(@PathVariable String signingId,
                                      @RequestBody(required = false) SignatureBody body) {
        RequestAccess.requireClerk(actor.get()); // the role before the body: a records officer is told they may not
        if (body == null || body.signature() == null || body.signature().isBlank()) {
            throw new CertCopyException("SIGNATURE_REQUIRED", ErrorKind.INVALID_INPUT, "signature");
        }
        ExternalCertification.Step step = external.complete(actor.get(), signingId,
                base64(body.signature().strip(), SigningErrors.SIGNATURE_MALFORMED));
        if (step.copy() != null) {
            return ResponseEntity.created(URI.create("/api/v1/copies/" + step.copy().id()))
                    .body(CopyViews.of(step.copy(), links));
        }
        return ResponseEntity.status(202).body(view(step));
    }

    private static StepView view(ExternalCertification.Step step) {
        var p = step.preparation();
        Base64.Encoder b64 = Base64.getEncoder();
        return new StepView(p.sessionId(), step.stage().name(), b64.encodeToString(p.dataToSign()),
                b64.encodeToString(p.contentDigest()), p.signatureAlgorithmOid(), p.digestAlgorithmOid(),
                step.certificateSerialNumber(), p.expiresAt(), "/api/v1/signings/" + p.sessionId());
    }

    /** {@code unreadable}: the code that names what the text should have been (a certificate or a signature). */
    private static byte[] base64(String s, String unreadable) {
        try {
            return Base64.getMimeDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            throw new CertCopyException(unreadable, ErrorKind.INVALID_INPUT);
        }
    }
}
