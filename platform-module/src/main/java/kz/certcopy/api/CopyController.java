package kz.certcopy.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.certcopy.certification.CertificationRequestId;
import kz.certcopy.certification.CertifiedCopy;
import kz.certcopy.certification.CertifiedCopyId;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.copies.CopyCertification;
import kz.certcopy.copies.CopyLinks;
import kz.certcopy.copies.CopyReads;
import kz.certcopy.handover.Handover;
import kz.certcopy.security.CurrentActor;
import kz.certcopy.storage.CopyDocumentKind;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Certified copies: certify an original with the clerk's server-side key, read a copy and its documents, the
 * hand-over package, and the search by IIN/BIN across centers (rule 8). Disposed copies answer 410 Gone with
 * {@code disposedAt}.
 */
@RestController
@Tag(name = "Certified copies")
public class CopyController {

    private final CopyCertification certification;
    private final CopyReads reads;
    private final Handover handover;
    private final CopyLinks links;
    private final CurrentActor actor;
    private final Problems problems;

    public CopyController(CopyCertification certification, CopyReads reads, Handover handover, CopyLinks links,
                          CurrentActor actor, Problems problems) {
        this.certification = certification;
        this.reads = reads;
        this.handover = handover;
        this.links = links;
        this.actor = actor;
        this.problems = problems;
    }

    @PostMapping("/api/v1/requests/{id}/originals/{n}/certify")
    @Operation(summary = "Certify an original with the clerk's server-side key (PAdES + detached CAdES) → 201")
    public ResponseEntity<CopyViews.CopyView> certify(@PathVariable String id, @PathVariable int n) {
        CertifiedCopy copy = certification.certify(actor.get(), CertificationRequestId.parse(id), n);
        return ResponseEntity.created(URI.create("/api/v1/copies/" + copy.id())).body(CopyViews.of(copy, links));
    }

    @GetMapping("/api/v1/copies/{id}")
    @Operation(summary = "A certified copy's record (reason required when reading another center's copy)")
    public CopyViews.CopyView get(@PathVariable String id, @RequestParam(required = false) String reason) {
        return CopyViews.of(reads.get(actor.get(), CertifiedCopyId.parse(id), reason, "COPY_READ"), links);
    }

    @GetMapping("/api/v1/copies")
    @Operation(summary = "Non-disposed copies of an IIN/BIN from every center; reason = your request id")
    public List<CopyViews.CopyView> search(@RequestParam String applicant, @RequestParam(required = false) String reason,
                                           @RequestParam(defaultValue = "0") int offset,
                                           @RequestParam(defaultValue = "50") int limit) {
        return reads.byApplicant(actor.get(), applicant, reason, offset, limit).stream()
                .map(c -> CopyViews.of(c, links)).toList();
    }

    @GetMapping("/api/v1/copies/{id}/document.pdf")
    @Operation(summary = "The signed PDF (PAdES)")
    public ResponseEntity<StreamingResponseBody> document(@PathVariable String id,
                                                          @RequestParam(required = false) String reason) {
        return file(id, CopyDocumentKind.SIGNED_PDF, reason, "document.pdf");
    }

    @GetMapping("/api/v1/copies/{id}/signature.p7s")
    @Operation(summary = "The detached CAdES signature over document.pdf")
    public ResponseEntity<StreamingResponseBody> signature(@PathVariable String id,
                                                           @RequestParam(required = false) String reason) {
        return file(id, CopyDocumentKind.SIGNATURE, reason, "signature.p7s");
    }

    @GetMapping("/api/v1/copies/{id}/package.zip")
    @Operation(summary = "Hand-over package (rule 7.3): PDF, .p7s, verification sheet, manifest")
    public ResponseEntity<StreamingResponseBody> packageZip(@PathVariable String id,
                                                            @RequestParam(required = false) String reason) {
        CertifiedCopyId copyId = CertifiedCopyId.parse(id);
        var who = actor.get();
        reads.get(who, copyId, reason, "COPY_READ"); // fail before the response starts (403/404/410)
        StreamingResponseBody body = out -> handover.download(who, copyId, reason, out);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("certcopy-" + copyId + ".zip").build().toString())
                .body(body);
    }

    @PostMapping("/api/v1/copies/{id}/handover")
    @Operation(summary = "Write the hand-over package to the removable medium of the clerk's center "
            + "(certcopy.handover.media-dir / center-media-dir[center]); another center's copy with ?reason=")
    public ResponseEntity<Map<String, String>> toMedia(@PathVariable String id,
                                                       @RequestParam(required = false) String reason) {
        Path written = handover.toMedia(actor.get(), CertifiedCopyId.parse(id), reason);
        return ResponseEntity.status(201).body(Map.of("file", written.getFileName().toString()));
    }

    private ResponseEntity<StreamingResponseBody> file(String id, CopyDocumentKind kind, String reason, String name) {
        InputStream in = reads.open(actor.get(), CertifiedCopyId.parse(id), kind, reason);
        StreamingResponseBody body = out -> {
            try (in) {
                in.transferTo(out);
            }
        };
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(kind.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(body);
    }

    /** Like the global handler, plus {@code disposedAt} on 410 so a client can tell when the copy went. */
    @ExceptionHandler(CertCopyException.class)
    ResponseEntity<ProblemDetail> error(CertCopyException e, Locale locale) {
        ProblemDetail p = problems.of(e, locale);
        if ("COPY_DISPOSED".equals(e.code()) && e.args().length > 0) {
            p.setProperty("disposedAt", e.args()[0]);
        }
        return ResponseEntity.status(e.kind().httpStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
