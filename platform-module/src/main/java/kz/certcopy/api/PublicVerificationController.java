package kz.certcopy.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.certcopy.center.ServiceCenter;
import kz.certcopy.center.ServiceCenters;
import kz.certcopy.certification.CertifiedCopy;
import kz.certcopy.certification.CertifiedCopyId;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import kz.certcopy.copies.CopyReads;
import kz.certcopy.copies.PublicRateLimit;
import kz.certcopy.signing.cli.ReportJson;
import kz.certcopy.signing.validation.SignatureVerifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.HtmlUtils;

/**
 * Verification for anyone, without login (rule 7.3/8: whoever is given a copy can check it). The QR code on a
 * copy opens {@code /verify/{id}?code=…}: genuine or not, who certified it (clerk and center), when, and until
 * when it is kept — nothing else personal. A wrong id or code both answer "unknown", so ids cannot be probed.
 * {@code POST /api/v1/verifications} checks any uploaded PDF / CMS with the signing engine. Public endpoints are
 * rate-limited per client address and size-limited.
 */
@RestController
@Tag(name = "Public verification")
public class PublicVerificationController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CopyReads reads;
    private final ServiceCenters centers;
    private final SignatureVerifier verifier;
    private final MessageSource messages;
    private final PublicRateLimit rateLimit;
    private final long maxUploadBytes;

    public PublicVerificationController(CopyReads reads, ServiceCenters centers, SignatureVerifier verifier,
                                        MessageSource messages, PublicRateLimit rateLimit,
                                        @Value("${certcopy.verification.max-upload-bytes:52428800}")
                                        long maxUploadBytes) {
        this.reads = reads;
        this.centers = centers;
        this.verifier = verifier;
        this.messages = messages;
        this.rateLimit = rateLimit;
        this.maxUploadBytes = maxUploadBytes;
    }

    @GetMapping("/api/v1/public/copies/{id}")
    @Operation(summary = "Is this copy genuine? (id and code from the QR code; no login)")
    public Map<String, Object> copy(@PathVariable String id, @RequestParam(required = false) String code,
                                    HttpServletRequest http) {
        rateLimit.acquire(http.getRemoteAddr());
        CertifiedCopy c = lookup(id, code);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("genuine", true);
        out.put("copyId", c.id().toString());
        out.put("status", c.status().name());
        out.put("certifiedAt", c.certifiedAt());
        out.put("keptUntil", c.retainUntil());
        out.put("disposedAt", c.disposedAt());
        ServiceCenter center = centers.find(c.centerId()).orElse(null);
        Map<String, Object> by = new LinkedHashMap<>();
        by.put("clerk", c.signer().clerkName());
        by.put("centerKk", center == null ? c.centerId() : center.nameKk());
        by.put("centerRu", center == null ? c.centerId() : center.nameRu());
        out.put("certifiedBy", by);
        out.put("pdfSha256", c.pdf().sha256());
        return out;
    }

    @GetMapping(value = "/verify/{id}", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "The public verification page the QR code opens (kk/ru/en by ?lang= or Accept-Language)")
    public ResponseEntity<String> page(@PathVariable String id, @RequestParam(required = false) String code,
                                       @RequestParam(required = false) String lang, Locale accepted,
                                       HttpServletRequest http) {
        rateLimit.acquire(http.getRemoteAddr());
        Locale locale = lang != null && lang.matches("kk|ru|en") ? Locale.forLanguageTag(lang) : accepted;
        CertifiedCopy c;
        try {
            c = lookup(id, code);
        } catch (CertCopyException e) {
            return ResponseEntity.status(404).contentType(html()).body(page(locale, id, code, false,
                    text("verify.unknown", locale), null));
        }
        ServiceCenter center = centers.find(c.centerId()).orElse(null);
        String centerName = center == null ? c.centerId()
                : locale.getLanguage().equals("kk") ? center.nameKk() : center.nameRu();
        ZoneId zone = ZoneId.of("Asia/Almaty");
        StringBuilder rows = new StringBuilder();
        row(rows, text("verify.clerk", locale), c.signer().clerkName());
        row(rows, text("verify.center", locale), centerName);
        row(rows, text("verify.certifiedAt", locale), TIME.format(c.certifiedAt().atZone(zone)));
        row(rows, text("verify.keptUntil", locale), TIME.format(c.retainUntil().atZone(zone)));
        if (c.disposedAt() != null) {
            row(rows, text("verify.disposedAt", locale), TIME.format(c.disposedAt().atZone(zone)));
        }
        row(rows, "SHA-256 (PDF)", c.pdf().sha256());
        String headline = text(c.active() ? "verify.genuine" : "verify.disposed", locale);
        return ResponseEntity.ok().contentType(html()).body(page(locale, id, code, true, headline, rows.toString()));
    }

    @PostMapping(value = "/api/v1/verifications", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Verify any signed PDF, or a document with its detached .p7s (no login; size- and rate-limited)")
    public Map<String, Object> verify(@RequestPart("file") List<MultipartFile> files,
                                      @RequestPart(value = "signature", required = false) List<MultipartFile> signatures,
                                      HttpServletRequest http) {
        rateLimit.acquire(http.getRemoteAddr());
        MultipartFile signature = SingleFile.of(signatures, "signature");
        byte[] document = bytes(SingleFile.of(files, "file"), "file");
        if (signature == null) {
            return ReportJson.of(verifier.verify(document, null));
        }
        // an empty signature part is a mistake of the sender's, not a request to verify the document alone
        return ReportJson.of(verifier.verify(bytes(signature, "signature"), document));
    }

    private CertifiedCopy lookup(String id, String code) {
        CertifiedCopyId copyId;
        try {
            copyId = CertifiedCopyId.parse(id);
        } catch (CertCopyException e) {
            throw new CertCopyException("COPY_UNKNOWN", ErrorKind.NOT_FOUND);
        }
        return reads.publicLookup(copyId, code)
                .orElseThrow(() -> new CertCopyException("COPY_UNKNOWN", ErrorKind.NOT_FOUND));
    }

    private byte[] bytes(MultipartFile f, String part) {
        if (f == null) {
            throw new CertCopyException("FILE_REQUIRED", ErrorKind.INVALID_INPUT);
        }
        if (f.isEmpty()) {
            throw new CertCopyException("EMPTY_PART", ErrorKind.INVALID_INPUT, part);
        }
        if (f.getSize() > maxUploadBytes) {
            throw new CertCopyException("PAYLOAD_TOO_LARGE", ErrorKind.TOO_LARGE);
        }
        try (InputStream in = f.getInputStream()) {
            return in.readNBytes((int) maxUploadBytes + 1);
        } catch (IOException e) {
            throw new CertCopyException("FILE_UNREADABLE", ErrorKind.INVALID_INPUT, e);
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static void row(StringBuilder b, String label, String value) {
        b.append("<tr><th>").append(HtmlUtils.htmlEscape(label)).append("</th><td>")
                .append(HtmlUtils.htmlEscape(value == null ? "" : value)).append("</td></tr>\n");
    }

    private String page(Locale locale, String id, String code, boolean found, String headline, String rows) {
        String lang = locale.getLanguage().matches("kk|ru|en") ? locale.getLanguage() : "ru";
        String self = "?code=" + HtmlUtils.htmlEscape(code == null ? "" : java.net.URLEncoder.encode(code,
                java.nio.charset.StandardCharsets.UTF_8));
        return """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex">
                <title>%s</title>
                <style>body{font-family:sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}
                .ok{color:#05692b}.no{color:#a00}th{text-align:left;padding-right:1rem;vertical-align:top}
                td{word-break:break-all}</style></head>
                <body><nav><a href="%s&amp;lang=kk">Қазақша</a> · <a href="%s&amp;lang=ru">Русский</a> · <a href="%s&amp;lang=en">English</a></nav>
                <h1>%s</h1>
                <p class="%s"><strong>%s</strong></p>
                %s
                <p><small>%s %s</small></p>
                </body></html>
                """.formatted(lang, HtmlUtils.htmlEscape(text("verify.title", locale)), self, self, self,
                HtmlUtils.htmlEscape(text("verify.title", locale)), found ? "ok" : "no",
                HtmlUtils.htmlEscape(headline), rows == null ? "" : "<table>\n" + rows + "</table>",
                HtmlUtils.htmlEscape(text("verify.copyId", locale)), HtmlUtils.htmlEscape(id));
    }

    private static MediaType html() {
        return new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);
    }
}
