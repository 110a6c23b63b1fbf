package kz.certcopy.intake.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import kz.certcopy.api.IfMatch;
import kz.certcopy.audit.AuditTrail;
import kz.certcopy.certification.CertificationRequest;
import kz.certcopy.certification.CertificationRequestId;
import kz.certcopy.certification.RequestAccess;
import kz.certcopy.certification.RequestService;
import kz.certcopy.certification.RequestStatus;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import kz.certcopy.common.FileError;
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
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
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

    private static final int THUMBNAIL_SIDE = 240;
    /** The page list's ETag: 24 hex digits of a digest ({@code ScanPages#version}). */
    private static final Pattern PAGE_LIST_VERSION = Pattern.compile("[0-9a-f]{24}");

    private final RequestService requests;
    private final CurrentActor actor;
    private final ScanIntake intake;
    private final ScanPages pages;
    private final CopyAssembler assembler;
    private final PageThumbnails thumbnails;
    private final IntakeLimits limits;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final TransactionTemplate tx;

    public ScanController(RequestService requests, CurrentActor actor, ScanIntake intake, ScanPages pages,
                          CopyAssembler assembler, PageThumbnails thumbnails, IntakeLimits limits,
                          MessageSource messages, AuditTrail audit, PlatformTransactionManager transactions) {
        this.requests = requests;
        this.actor = actor;
        this.intake = intake;
        this.pages = pages;
        this.assembler = assembler;
        this.thumbnails = thumbnails;
        this.limits = limits;
        this.messages = messages;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
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
    @ApiResponse(responseCode = "201", description = "Added; ETag of the page list")
    public ResponseEntity<Upload> upload(@PathVariable String id, @PathVariable int n,
                                         @RequestParam("file") List<MultipartFile> files,
                                         @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                         Locale locale) {
        List<String> expected = pageListTags(ifMatch); // a malformed header is refused before any file is read
        // one transaction: if any file is refused, the content records of the files stored before it roll back,
        // leaving their bytes as unrecorded files that the content sweep deletes
        return inTransaction(() -> {
            OpenOriginal open = open(id, n);
            OriginalRef original = open.ref();
            long bytes = pages.requestBytes(original.requestId());
            int pageCount = pages.list(original).size();
            List<ScanFile> accepted = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                ScanFile f = accept(files.get(i), i + 1, files.size(), new IntakeQuota(bytes, pageCount));
                accepted.add(f);
                bytes += f.content().size();
                pageCount += f.pageCount();
            }
            checkVersion(original, expected);
            List<Advice> notices = new ArrayList<>();
            for (ScanFile f : accepted) {
                pages.add(original, f);
                f.notices().forEach(x -> notices.add(advice("notice." + x.name(), x.name(), locale)));
            }
            audited("SCANS_ADDED", open);
            return ResponseEntity.status(201).eTag(etag(pages.version(original)))
                    .body(new Upload(views(id, n, pages.list(original), locale), notices));
        });
    }

    /** A refused file is named in the problem: by its name as sent and its position in the upload. */
    private ScanFile accept(MultipartFile file, int position, int count, IntakeQuota quota) {
        try (InputStream in = file.getInputStream()) {
            return intake.accept(in, limits, quota);
        } catch (CertCopyException refused) {
            throw new FileError(refused, file.getOriginalFilename(), position, count);
        } catch (IOException unreadable) {
            throw new FileError(IntakeError.CORRUPT_FILE.exception(unreadable, "multipart"), file.getOriginalFilename(),
                    position, count);
        }
    }

    @GetMapping("/pages")
    @Operation(summary = "Pages in order, with quality hints and thumbnail links")
    public ResponseEntity<List<PageView>> list(@PathVariable String id, @PathVariable int n, Locale locale) {
        OriginalRef original = readable(id, n);
        return inTransaction(() -> ResponseEntity.ok().eTag(etag(pages.version(original)))
                .body(views(id, n, pages.list(original), locale)));
    }

    @PutMapping("/pages/order")
    @Operation(summary = "New order: every page id of the original exactly once")
    public ResponseEntity<List<PageView>> reorder(@PathVariable String id, @PathVariable int n,
            @RequestBody Order order, @RequestHeader(value = "If-Match", required = false) String ifMatch,
            Locale locale) {
        return changed(id, n, ifMatch, "PAGES_REORDERED", locale,
                open -> pages.reorder(open.ref(), order.pageIds() == null ? List.of() : order.pageIds()));
    }

    @PostMapping("/pages/{pageId}/rotation")
    @Operation(summary = "Turn a page to 0, 90, 180 or 270 degrees clockwise")
    public ResponseEntity<List<PageView>> rotate(@PathVariable String id, @PathVariable int n,
            @PathVariable UUID pageId, @RequestBody Turn turn,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, Locale locale) {
        // exactly 0, 90, 180 or 270 as documented; -90 or 450 are typing errors, not turns
        if (turn.degrees() < 0 || turn.degrees() >= 360 || turn.degrees() % 90 != 0) {
            throw IntakeError.ROTATION_INVALID.exception(turn.degrees());
        }
        Rotation rotation = Rotation.ofDegrees(turn.degrees());
        return changed(id, n, ifMatch, "PAGE_ROTATED", locale, open -> pages.rotate(open.ref(), pageId, rotation));
    }

    @DeleteMapping("/pages/{pageId}")
    @Operation(summary = "Remove a page")
    public ResponseEntity<Void> delete(@PathVariable String id, @PathVariable int n, @PathVariable UUID pageId,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        List<String> expected = pageListTags(ifMatch);
        return inTransaction(() -> {
            OpenOriginal open = open(id, n);
            checkVersion(open.ref(), expected);
            pages.delete(open.ref(), pageId);
            audited("PAGE_DELETED", open);
            return ResponseEntity.noContent().<Void>eTag(etag(pages.version(open.ref()))).build();
        });
    }

    /** A change of the page list under the original's lock, checked against {@code If-Match} when sent. */
    private ResponseEntity<List<PageView>> changed(String id, int n, String ifMatch, String action, Locale locale,
                                                   Consumer<OpenOriginal> change) {
        List<String> expected = pageListTags(ifMatch);
        return inTransaction(() -> {
            OpenOriginal open = open(id, n);
            checkVersion(open.ref(), expected);
            change.accept(open);
            audited(action, open);
            return ResponseEntity.ok().eTag(etag(pages.version(open.ref())))
                    .body(views(id, n, pages.list(open.ref()), locale));
        });
    }

    /** The page list's ETags in {@code If-Match} (see {@link IfMatch}); malformed → {@code 400 INVALID_IF_MATCH}. */
    private static List<String> pageListTags(String ifMatch) {
        return IfMatch.tags(ifMatch, PAGE_LIST_VERSION);
    }

    /**
     * Like the request endpoints: no {@code If-Match} means "whatever is current" (the change still waits for the
     * original's lock, so it never interleaves with another); a stale one is {@code 409 CONCURRENT_UPDATE}.
     */
    private void checkVersion(OriginalRef original, List<String> expected) {
        String current = pages.lockVersion(original);
        if (!expected.isEmpty() && !expected.contains(current)) {
            throw new CertCopyException("CONCURRENT_UPDATE", ErrorKind.CONFLICT);
        }
    }

    private static String etag(String version) {
        return "\"" + version + "\"";
    }

    private <T> T inTransaction(Supplier<T> work) {
        return tx.execute(status -> work.get());
    }

    @GetMapping(path = "/pages/{pageId}/thumbnail.png", produces = MediaType.IMAGE_PNG_VALUE)
    @Operation(summary = "Small preview of one page as the copy will carry it")
    public ResponseEntity<byte[]> thumbnail(@PathVariable String id, @PathVariable int n, @PathVariable UUID pageId,
            @RequestHeader(value = "If-None-Match", required = false) String ifNoneMatch) throws IOException {
        StoredPage page = pages.list(readable(id, n)).stream().filter(p -> p.id().equals(pageId)).findFirst()
                .orElseThrow(() -> IntakeError.PAGE_NOT_FOUND.exception(pageId));
        // a thumbnail depends only on immutable content and the rotation: the browser may keep it (privately)
        String tag = etag(PageThumbnails.key(page.toAssembly(), THUMBNAIL_SIDE));
        CacheControl cache = CacheControl.maxAge(Duration.ofDays(1)).cachePrivate();
        if (ifNoneMatch != null && ifNoneMatch.contains(tag)) {
            return ResponseEntity.status(304).eTag(tag).cacheControl(cache).build();
        }
        return ResponseEntity.ok().eTag(tag).cacheControl(cache).contentType(MediaType.IMAGE_PNG)
                .body(thumbnails.png(page.toAssembly(), THUMBNAIL_SIDE));
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
        RequestAccess.requireClerk(who); // before the read, which would audit a records officer's attempt as a read
        CertificationRequest r = requests.get(who, CertificationRequestId.parse(id));
        RequestAccess.requireWork(who, r);
        if (r.status() != RequestStatus.REGISTERED && r.status() != RequestStatus.SCANNING) {
            throw IntakeError.REQUEST_CLOSED_FOR_SCANS.exception(r.status()); // shown by its localized name
        }
        OriginalRef ref = original(r, n);
        if (r.original(n).orElseThrow().resolved()) {
            // a refused original has its notice, a certified one its signed copy: their scans are evidence now
            throw new CertCopyException("ORIGINAL_CLOSED", ErrorKind.CONFLICT, n);
        }
        return new OpenOriginal(who, r, ref);
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
