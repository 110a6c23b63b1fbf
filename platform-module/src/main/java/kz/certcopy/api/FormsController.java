package kz.certcopy.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.certcopy.certification.CertificationRequestId;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import kz.certcopy.copies.RequestForms;
import kz.certcopy.forms.FormLanguage;
import kz.certcopy.intake.IntakeError;
import kz.certcopy.intake.IntakeLimits;
import kz.certcopy.intake.IntakeQuota;
import kz.certcopy.intake.ScanAnalyzer;
import kz.certcopy.intake.limits.BoundedSpool;
import kz.certcopy.security.CurrentActor;
import kz.certcopy.storage.ConsentScans;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The rule's forms for a request: Annex 1 consent (pre-filled, and its signed scan) and Annex 2 refusal. */
@RestController
@Tag(name = "Forms")
public class FormsController {

    private final RequestForms forms;
    private final ConsentScans scans;
    private final CurrentActor actor;
    private final ScanAnalyzer analyzer;
    private final IntakeLimits limits;

    public FormsController(RequestForms forms, ConsentScans scans, CurrentActor actor, ScanAnalyzer analyzer,
                           IntakeLimits limits) {
        this.forms = forms;
        this.scans = scans;
        this.actor = actor;
        this.analyzer = analyzer;
        this.limits = limits;
    }

    @GetMapping("/api/v1/requests/{id}/consent.pdf")
    @Operation(summary = "Annex 1: the consent pre-filled from the request, to print and sign (lang=kk|ru)")
    public ResponseEntity<byte[]> consent(@PathVariable String id, @RequestParam(defaultValue = "kk") String lang) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        forms.consent(actor.get(), CertificationRequestId.parse(id), language(lang), out);
        return pdf(out.toByteArray(), "consent-" + lang + ".pdf", null);
    }

    @PostMapping(value = "/api/v1/requests/{id}/consent-scan", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach the scan of the signed consent (PDF, JPEG, PNG or TIFF) → 201; replace=true "
            + "replaces an attached one while the request is open (the old file is kept)")
    public ResponseEntity<RequestViews.ConsentScanView> consentScan(@PathVariable String id,
            @RequestPart("file") List<MultipartFile> files, @RequestParam(defaultValue = "false") boolean replace) {
        CertificationRequestId request = CertificationRequestId.parse(id);
        scans.requireAttachable(actor.get(), request); // who and which request before the upload is looked at
        MultipartFile file = SingleFile.of(files, "file");
        if (file == null) {
            throw new CertCopyException("FILE_REQUIRED", ErrorKind.INVALID_INPUT);
        }
        if (file.isEmpty()) {
            throw IntakeError.EMPTY_FILE.exception(); // a file was attached, it has no bytes: as for the originals
        }
        // kept as attached and opened by clerks later: the scan intake's checks first (type by content, locked or
        // broken files, image bombs; parsers within their time and memory limits), as for the originals' scans, and
        // no scripts or actions: the originals' pages are imported without them, this file is kept as it is
        IntakeLimits consentLimits = limits.withRejectActiveContent(true);
        Path tmp = null;
        try {
            try (InputStream upload = file.getInputStream()) {
                tmp = BoundedSpool.spool(upload, consentLimits.maxFileBytes(), consentLimits.maxFileBytes());
            }
            String type = analyzer.analyse(tmp, consentLimits, IntakeQuota.EMPTY).kind().mediaType();
            try (InputStream in = Files.newInputStream(tmp)) {
                ConsentScans.ConsentScan scan = scans.attach(actor.get(), request, in,
                        type, replace);
                return ResponseEntity.status(201).body(RequestViews.of(scan));
            }
        } catch (IOException e) {
            throw new CertCopyException("FILE_UNREADABLE", ErrorKind.INVALID_INPUT, e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a temporary file of the intake's own; the OS temp cleaner takes it
                }
            }
        }
    }

    @GetMapping("/api/v1/requests/{id}/consent-scan")
    @Operation(summary = "The current scan of the signed consent, as attached (audited as a read of the applicant)")
    public ResponseEntity<StreamingResponseBody> consentScanFile(@PathVariable String id) {
        ConsentScans.Opened opened = scans.open(actor.get(), CertificationRequestId.parse(id));
        ConsentScans.ConsentScan s = opened.scan();
        String name = "consent-scan" + extension(s.mediaType());
        StreamingResponseBody body = out -> {
            try (InputStream in = opened.content()) {
                in.transferTo(out);
            }
        };
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(s.mediaType())).contentLength(s.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .eTag("\"" + s.sha256() + "\"").body(body);
    }

    private static String extension(String mediaType) {
        return switch (mediaType) {
            case "application/pdf" -> ".pdf";
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            default -> ".tif";
        };
    }

    @GetMapping("/api/v1/requests/{id}/refusal.pdf")
    @Operation(summary = "Annex 2: the reasoned refusal, signed PAdES by the refusing clerk's key; printable")
    public ResponseEntity<byte[]> refusal(@PathVariable String id, @RequestParam(defaultValue = "kk") String lang) {
        RequestForms.Form f = forms.refusal(actor.get(), CertificationRequestId.parse(id), language(lang));
        return pdf(f.pdf(), "refusal-" + lang + ".pdf", f.signed());
    }

    private static FormLanguage language(String lang) {
        return switch (lang) {
            case "kk" -> FormLanguage.KK;
            case "ru" -> FormLanguage.RU;
            default -> throw new CertCopyException("UNSUPPORTED_LANGUAGE", ErrorKind.INVALID_INPUT);
        };
    }

    private static ResponseEntity<byte[]> pdf(byte[] pdf, String name, Boolean signed) {
        ResponseEntity.BodyBuilder b = ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString());
        if (signed != null) {
            b.header("CertCopy-Signed", signed.toString());
        }
        return b.body(pdf);
    }
}
