package kz.certcopy.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import kz.certcopy.certification.CertificationRequest;
import kz.certcopy.certification.CertificationRequestId;
import kz.certcopy.certification.Refusal;
import kz.certcopy.certification.RequestService;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import kz.certcopy.security.CurrentActor;
import kz.certcopy.storage.ConsentScans;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Certification requests: register a consent with its originals, read, add originals, refuse, cancel.
 * Each response carries the request's {@code version} (also as ETag); send it back as {@code If-Match} to make sure
 * nobody changed the request in between (otherwise 409 {@code CONCURRENT_UPDATE}).
 */
@RestController
@RequestMapping("/api/v1/requests")
@Tag(name = "Certification requests")
public class RequestController {

    private final RequestService service;
    private final CurrentActor actor;
    private final MessageSource messages;
    private final Clock clock;

    private final ConsentScans consentScans;

    public RequestController(RequestService service, CurrentActor actor, MessageSource messages, Clock clock,
                             ConsentScans consentScans) {
        this.consentScans = consentScans;
        this.service = service;
        this.actor = actor;
        this.messages = messages;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Register the applicant's consent (Annex 1) and the originals; starts the 30-minute clock")
    @ApiResponse(responseCode = "201", description = "Created; Location and ETag headers")
    public ResponseEntity<RequestViews.RequestView> register(@RequestBody RequestBodies.Registration body,
                                                             Locale locale) {
        CertificationRequest r = service.register(actor.get(), body.toForm());
        return ResponseEntity.created(URI.create("/api/v1/requests/" + r.id())).eTag(etag(r)).body(view(r, locale));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read one request")
    public ResponseEntity<RequestViews.RequestView> get(@PathVariable String id, Locale locale) {
        CertificationRequest r = service.get(actor.get(), CertificationRequestId.parse(id));
        return ResponseEntity.ok().eTag(etag(r)).body(view(r, locale));
    }

    @GetMapping
    @Operation(summary = "Requests of a center registered on a day (default: your center, today)")
    public List<RequestViews.RequestView> list(@RequestParam(required = false) String center,
                                               @RequestParam(required = false)
                                               @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                               Locale locale) {
        List<CertificationRequest> found = service.list(actor.get(), center, date);
        Map<UUID, ConsentScans.ConsentScan> scans = consentScans.current(found.stream().map(r -> r.id().value())
                .toList());
        return found.stream().map(r -> RequestViews.of(r, scans.get(r.id().value()), clock.instant(), messages,
                locale)).toList();
    }

    @PostMapping("/{id}/originals")
    @Operation(summary = "Add one original to an open request")
    @ApiResponse(responseCode = "201", description = "Created; Location and ETag headers")
    public ResponseEntity<RequestViews.RequestView> addOriginal(@PathVariable String id,
            @RequestBody RequestBodies.OriginalBody body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, Locale locale) {
        if (body == null) {
            throw new CertCopyException("ORIGINAL_KIND_REQUIRED", ErrorKind.INVALID_INPUT);
        }
        CertificationRequestId rid = CertificationRequestId.parse(id);
        service.addOriginal(actor.get(), rid, body.toDocument(), version(ifMatch));
        CertificationRequest r = service.get(actor.get(), rid);
        return ResponseEntity.created(URI.create("/api/v1/requests/" + r.id())).eTag(etag(r)).body(view(r, locale));
    }

    @PostMapping("/{id}/scanning")
    @Operation(summary = "Start scanning (rule item 7.2)")
    public ResponseEntity<RequestViews.RequestView> startScanning(@PathVariable String id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, Locale locale) {
        CertificationRequest r = service.startScanning(actor.get(), CertificationRequestId.parse(id), version(ifMatch));
        return ResponseEntity.ok().eTag(etag(r)).body(view(r, locale));
    }

    @PostMapping("/{id}/refusal")
    @Operation(summary = "Refuse originals with grounds of rule item 9 (Annex 2)")
    @ApiResponse(responseCode = "201", description = "Created; Location and ETag headers")
    public ResponseEntity<RequestViews.RefusalView> refuse(@PathVariable String id,
            @RequestBody RequestBodies.RefusalBody body,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, Locale locale) {
        if (body == null) {
            throw new CertCopyException("NO_REFUSAL_ITEMS", ErrorKind.INVALID_INPUT);
        }
        CertificationRequestId rid = CertificationRequestId.parse(id);
        Refusal f = service.refuse(actor.get(), rid, body.toItems(), version(ifMatch));
        CertificationRequest r = service.get(actor.get(), rid);
        return ResponseEntity.created(URI.create("/api/v1/requests/" + r.id())).eTag(etag(r))
                .body(RequestViews.of(f, r, messages, locale));
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel an open request")
    public ResponseEntity<RequestViews.RequestView> cancel(@PathVariable String id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, Locale locale) {
        CertificationRequest r = service.cancel(actor.get(), CertificationRequestId.parse(id), version(ifMatch));
        return ResponseEntity.ok().eTag(etag(r)).body(view(r, locale));
    }

    private RequestViews.RequestView view(CertificationRequest r, Locale locale) {
        return RequestViews.of(r, consentScans.current(r.id()).orElse(null), clock.instant(), messages, locale);
    }

    private static String etag(CertificationRequest r) {
        return "\"" + r.version() + "\"";
    }

    /** See {@link IfMatch}: absent means "whatever is current"; malformed is {@code 400 INVALID_IF_MATCH}. */
    static Long version(String ifMatch) {
        return IfMatch.requestVersion(ifMatch);
    }
}
