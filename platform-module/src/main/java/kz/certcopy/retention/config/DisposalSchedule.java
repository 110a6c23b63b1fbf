package kz.certcopy.retention.config;

import kz.certcopy.retention.DisposalJob;
import kz.certcopy.retention.DisposalRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Starts the disposal job daily on every node; the database lock lets exactly one of them work, the others see
 * BUSY and return. A failed run is logged (no personal data in it) and the next one continues where it stopped.
 */
public class DisposalSchedule {

    private static final Logger log = LoggerFactory.getLogger(DisposalSchedule.class);

    private final DisposalJob job;

    public DisposalSchedule(DisposalJob job) {
        this.job = job;
    }

    @Scheduled(cron = "${certcopy.retention.disposal-cron:0 30 1 * * *}",
            zone = "${certcopy.retention.zone:Asia/Almaty}")
    public void daily() {
        try {
            DisposalRun run = job.run("SCHEDULE", "system");
            log.info("Disposal run {}: {} copies disposed, {} held past term", run.status(), run.disposed(),
                    run.held());
        } catch (RuntimeException e) {
            log.error("Disposal run failed ({}); the next run continues", e.getClass().getName());
        }
    }
}
