package kz.certcopy.intake.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kz.certcopy.audit.AuditTrail;
import kz.certcopy.certification.CertificationRequest;
import kz.certcopy.certification.CertificationRequestId;
import kz.certcopy.certification.RequestService;
import kz.certcopy.certification.RequestStatus;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import kz.certcopy.intake.IntakeError;
import kz.certcopy.intake.IntakeLimits;
import kz.certcopy.intake.IntakeQuota;
import kz.certcopy.intake.ScanFile;
import kz.certcopy.intake.ScanIntake;
import kz.certcopy.intake.assembly.CopyAssembler;
import kz.certcopy.intake.assembly.CopyMetadata;
import kz.certcopy.intake.assembly.PageThumbnails;
import kz.certcopy.intake.assembly.Rotation;
import kz.certcopy.intake.pages.OriginalRef;
import kz.certcopy.intake.pages.ScanPages;
import kz.certcopy.intake.pages.StoredPage;
import kz.certcopy.security.Actor;
import kz.certcopy.security.CurrentActor;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Scans of one original: upload, list (with hints), reorder, turn, delete, thumbnails and the unsigned
 * preview PDF. Only a clerk of the request's center, and only while the request is REGISTERED or SCANNING.
 */
@RestController
@RequestMapping("/api/v1/requests/{id}/originals/{n}")
@Tag(name = "Scans of an original")
public class ScanController {

    private final RequestService requests;
    private final CurrentActor actor;
    private final ScanIntake intake;
    private final ScanPages pages;
    private final CopyAssembler assembler;
    private final PageThumbnails thumbnails;
    private final IntakeLimits limits;
    private final MessageSource messages;
    private final AuditTrail audit;

    public ScanController(RequestService requests, CurrentActor actor, ScanIntake intake, ScanPages pages,
                          CopyAssembler assembler, PageThumbnails thumbnails, IntakeLimits limits,
                          MessageSource messages, AuditTrail audit) {
        this.requests = requests;
        this.actor = actor;
        this.intake = intake;
        this.pages = pages;
        this.assembler = assembler;
        this.thumbnails = thumbnails;
        this.limits = limits;
        this.messages = messages;
        this.audit = audit;
    }

    /** One page as listed to the clerk. */
    public record PageView(UUID id, int position, String mediaType, int rotation, int widthPx, int heightPx,
                           float dpi, List<Advice> hints, String thumbnail) {
    }

    /** A hint or notice with its localized text. */
    public record Advice(String code, String message) {
    }

    public record Upload(List<PageView> pages, List<Advice> notices) {
    }

    public record Order(List<UUID> pageIds) {
    }

    public record Turn(int degrees) {
    }

    @PostMapping(path = "/scans", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Add scans (one or more 'file' parts); all files are accepted or none")
    public ResponseEntity<Upload> upload(@PathVariable String id, @PathVariable int n,
                                         @RequestParam("file") List<MultipartFile> files, Locale locale)
            throws IOException {
        OpenOriginal open = open(id, n);
        OriginalRef original = open.ref();
        long bytes = pages.requestBytes(original.requestId());
        int pageCount = pages.list(original).size();
        List<ScanFile> accepted = new ArrayList<>();
        for (MultipartFile file : files) {
            try (InputStream in = file.getInputStream()) {
                ScanFile f = intake.accept(in, limits, new IntakeQuota(bytes, pageCount));
                accepted.add(f);
                bytes += f.content().size();
                pageCount += f.pageCount();
            }
        }
        List<Advice> notices = new ArrayList<>();
        for (ScanFile f : accepted) {
            pages.add(original, f);
            f.notices().forEach(x -> notices.add(advice("notice." + x.name(), x.name(), locale)));
        }
        audited("SCANS_ADDED", open);
        return ResponseEntity.status(201).body(new Upload(views(id, n, pages.list(original), locale), notices));
    }

    @GetMapping("/pages")
    @Operation(summary = "Pages in order, with quality hints and thumbnail links")
    public List<PageView> list(@PathVariable String id, @PathVariable int n, Locale locale) {
        return views(id, n, pages.list(readable(id, n)), locale);
    }

    @PutMapping("/pages/order")
    @Operation(summary = "New order: every page id of the original exactly once")
    public List<PageView> reorder(@PathVariable String id, @PathVariable int n, @RequestBody Order order,
                                  Locale locale) {
        OpenOriginal open = open(id, n);
        List<StoredPage> reordered = pages.reorder(open.ref(), order.pageIds() == null ? List.of() : order.pageIds());
        audited("PAGES_REORDERED", open);
        return views(id, n, reordered, locale);
    }

    @PostMapping("/pages/{pageId}/rotation")
    @Operation(summary = "Turn a page to 0, 90, 180 or 270 degrees clockwise")
    public List<PageView> rotate(@PathVariable String id, @PathVariable int n, @PathVariable UUID pageId,
                                 @RequestBody Turn turn, Locale locale) {
        Rotation rotation;
        try {
            rotation = Rotation.ofDegrees(turn.degrees());
        } catch (IllegalArgumentException notQuarter) {
            throw IntakeError.ROTATION_INVALID.exception(turn.degrees());
        }
        OpenOriginal open = open(id, n);
        pages.rotate(open.ref(), pageId, rotation);
        audited("PAGE_ROTATED", open);
        return views(id, n, pages.list(open.ref()), locale);
    }

    @DeleteMapping("/pages/{pageId}")
    @Operation(summary = "Remove a page")
    public ResponseEntity<Void> delete(@PathVariable String id, @PathVariable int n, @PathVariable UUID pageId) {
        OpenOriginal open = open(id, n);
        pages.delete(open.ref(), pageId);
        audited("PAGE_DELETED", open);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(path = "/pages/{pageId}/thumbnail.png", produces = MediaType.IMAGE_PNG_VALUE)
    @Operation(summary = "Small preview of one page as the copy will carry it")
    public byte[] thumbnail(@PathVariable String id, @PathVariable int n, @PathVariable UUID pageId)
            throws IOException {
        StoredPage page = pages.list(readable(id, n)).stream().filter(p -> p.id().equals(pageId)).findFirst()
                .orElseThrow(() -> IntakeError.PAGE_NOT_FOUND.exception(pageId));
        return thumbnails.png(page.toAssembly(), 240);
    }

    @GetMapping(path = "/preview.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The assembled PDF/A-2b of the original's pages, unsigned and without the certification sheet")
    public ResponseEntity<StreamingResponseBody> preview(@PathVariable String id, @PathVariable int n) {
        CertificationRequest r = requests.get(actor.get(), CertificationRequestId.parse(id));
        OriginalRef original = original(r, n);
        List<StoredPage> list = pages.list(original);
        if (list.isEmpty()) {
            throw IntakeError.NO_PAGES.exception();
        }
        var document = r.original(n).orElseThrow().document();
        CopyMetadata meta = new CopyMetadata(document.kind(), document.number(), "preview-" + id + "-" + n);
        StreamingResponseBody body = (OutputStream out) ->
                assembler.assemble(list.stream().map(StoredPage::toAssembly).toList(), meta, null, out);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(body);
    }

    /** The original, for changes: clerk of the request's center, request still open for scanning. */
    private OpenOriginal open(String id, int n) {
        Actor who = actor.get();
        CertificationRequest r = requests.get(who, CertificationRequestId.parse(id));
        if (!who.canWork(r.centerId())) {
            throw new CertCopyException("WRONG_CENTER", ErrorKind.FORBIDDEN);
        }
        if (r.status() != RequestStatus.REGISTERED && r.status() != RequestStatus.SCANNING) {
            throw IntakeError.REQUEST_CLOSED_FOR_SCANS.exception(r.status().name());
        }
        return new OpenOriginal(who, r, original(r, n));
    }

    /**
     * Changes to an applicant's scans are audited like every other change of their data; reads already are,
     * through {@link RequestService#get}. The applicant reference is the request's IIN/BIN (database only).
     */
    private void audited(String action, OpenOriginal o) {
        audit.record(o.who(), action, "request:" + o.request().id() + "/original:" + o.ref().number(),
                o.request().consent().applicant().id().value());
    }

    private record OpenOriginal(Actor who, CertificationRequest request, OriginalRef ref) {
    }

    /** The original, for reading: same rule as reading the request. */
    private OriginalRef readable(String id, int n) {
        return original(requests.get(actor.get(), CertificationRequestId.parse(id)), n);
    }

    private static OriginalRef original(CertificationRequest r, int n) {
        if (r.original(n).isEmpty()) {
            throw IntakeError.ORIGINAL_NOT_FOUND.exception(n);
        }
        return new OriginalRef(r.id().value(), n);
    }

    private List<PageView> views(String id, int n, List<StoredPage> list, Locale locale) {
        return list.stream().map(p -> new PageView(p.id(), p.position(), p.kind().mediaType(),
                p.rotation().degrees(), p.info().widthPx(), p.info().heightPx(), p.info().dpi(),
                p.info().hints().stream().map(h -> advice("hint." + h.name(), h.name(), locale)).toList(),
                "/api/v1/requests/" + id + "/originals/" + n + "/pages/" + p.id() + "/thumbnail.png")).toList();
    }

    private Advice advice(String key, String code, Locale locale) {
        return new Advice(code, messages.getMessage(key, null, code, locale));
    }
}
