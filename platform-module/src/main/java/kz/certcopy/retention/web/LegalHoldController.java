package kz.certcopy.retention.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.certcopy.certification.CertifiedCopyId;
import kz.certcopy.retention.LegalHold;
import kz.certcopy.retention.LegalHoldEvent;
import kz.certcopy.retention.LegalHoldService;
import kz.certcopy.security.CurrentActor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Legal holds on certified copies: placed and released by a records officer with a reason (the release reason may
 * come as JSON body or as {@code ?reason=}, since some clients drop DELETE bodies); read with the history by records
 * officers, supervisors and admins.
 */
@RestController
@RequestMapping("/api/v1/copies/{id}/legal-hold")
@Tag(name = "Retention")
public class LegalHoldController {

    private final LegalHoldService holds;
    private final CurrentActor actor;

    public LegalHoldController(LegalHoldService holds, CurrentActor actor) {
        this.holds = holds;
        this.actor = actor;
    }

    public record Reason(String reason) {
    }

    public record HoldView(UUID copyId, boolean held, String reason, String placedBy, Instant placedAt,
                           Instant retainUntil, Instant disposedAt, List<LegalHoldEvent> history) {
    }

    @PostMapping
    @Operation(summary = "Place a legal hold (RECORDS_OFFICER): the copy is not disposed of until it is released")
    public ResponseEntity<HoldView> place(@PathVariable String id, @RequestBody(required = false) Reason body) {
        UUID copy = CertifiedCopyId.parse(id).value();
        holds.place(actor.get(), copy, body == null ? null : body.reason());
        return ResponseEntity.created(URI.create("/api/v1/copies/" + copy + "/legal-hold")).body(view(copy));
    }

    @DeleteMapping
    @Operation(summary = "Release the legal hold (RECORDS_OFFICER), with a reason")
    public HoldView release(@PathVariable String id, @RequestBody(required = false) Reason body,
                            @RequestParam(required = false) String reason) {
        UUID copy = CertifiedCopyId.parse(id).value();
        holds.release(actor.get(), copy, body != null && body.reason() != null ? body.reason() : reason);
        return view(copy);
    }

    @GetMapping
    @Operation(summary = "The standing hold, if any, and the whole hold history")
    public HoldView read(@PathVariable String id) {
        return view(CertifiedCopyId.parse(id).value());
    }

    private HoldView view(UUID copy) {
        LegalHoldService.Status s = holds.status(actor.get(), copy);
        LegalHold h = s.active().orElse(null);
        return new HoldView(copy, h != null, h == null ? null : h.reason(), h == null ? null : h.placedBy(),
                h == null ? null : h.placedAt(), s.copy().retainUntil(), s.copy().disposedAt(), s.history());
    }
}
