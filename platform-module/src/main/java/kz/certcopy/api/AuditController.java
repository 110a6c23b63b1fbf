package kz.certcopy.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.certcopy.audit.AuditTrail;
import kz.certcopy.audit.AuditVerification;
import kz.certcopy.security.CurrentActor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Checks the audit chain (ADMIN and SUPERVISOR; enforced in the security configuration). */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit")
public class AuditController {

    private final AuditTrail audit;
    private final CurrentActor actor;

    public AuditController(AuditTrail audit, CurrentActor actor) {
        this.audit = audit;
        this.actor = actor;
    }

    @GetMapping("/verify")
    @Operation(summary = "Recompute the hash chain; reports the first broken link")
    public AuditVerification verify() {
        AuditVerification v = audit.verify();
        audit.record(actor.get(), "AUDIT_VERIFIED", null, null);
        return v;
    }
}
