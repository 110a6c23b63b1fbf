package kz.certcopy.retention.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import kz.certcopy.retention.DisposalJob;
import kz.certcopy.retention.DisposalRun;
import kz.certcopy.security.Actor;
import kz.certcopy.security.CurrentActor;
import kz.certcopy.security.Role;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Runs the disposal job now (ADMIN, RECORDS_OFFICER); the daily schedule does the same. */
@RestController
@RequestMapping("/api/v1/retention")
@Tag(name = "Retention")
public class RetentionController {

    private final DisposalJob job;
    private final CurrentActor actor;

    public RetentionController(DisposalJob job, CurrentActor actor) {
        this.job = job;
        this.actor = actor;
    }

    @PostMapping("/disposal-runs")
    @Operation(summary = "Dispose of every copy past its retention term now (skips held copies); "
            + "409 DISPOSAL_RUNNING while another node runs it")
    public DisposalRun run() {
        Actor a = actor.get();
        if (!(a.has(Role.ADMIN) || a.has(Role.RECORDS_OFFICER))) {
            throw new CertCopyException("ACCESS_DENIED", ErrorKind.FORBIDDEN);
        }
        DisposalRun run = job.run("API", a.username());
        if (run.status() == DisposalRun.Status.BUSY) {
            throw new CertCopyException("DISPOSAL_RUNNING", ErrorKind.CONFLICT);
        }
        return run;
    }
}
