package kz.certcopy.storage;

import java.io.IOException;
import java.time.Clock;
import kz.certcopy.config.CertCopyProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The file content store under {@code <data-dir>/content}, swept of orphans once the application is up and then
 * daily, so the bytes of an upload whose transaction failed do not wait for the next restart.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class StorageConfiguration {

    /** Daily at 03:15 by default: after the disposal job (01:30), away from opening hours. */
    public static final String SWEEP_CRON = "${certcopy.content-sweep-cron:0 15 3 * * *}";
    public static final String SWEEP_ZONE = "${certcopy.retention.zone:Asia/Almaty}";

    private static final Logger log = LoggerFactory.getLogger(StorageConfiguration.class);

    @Bean
    FileContentStore contentStore(CertCopyProperties properties, ContentIndex index, Clock clock) throws IOException {
        return new FileContentStore(properties.dataDir().resolve("content"), index, clock);
    }

    @Bean
    OrphanSweep orphanSweep(FileContentStore store, CertCopyProperties properties) {
        return new OrphanSweep(store, properties);
    }

    /** Runs the sweep at startup and on {@code certcopy.content-sweep-cron}; a failure is logged, never fatal. */
    static final class OrphanSweep {
        private final FileContentStore store;
        private final CertCopyProperties properties;

        OrphanSweep(FileContentStore store, CertCopyProperties properties) {
            this.store = store;
            this.properties = properties;
        }

        @EventListener(ApplicationReadyEvent.class)
        @Scheduled(cron = SWEEP_CRON, zone = SWEEP_ZONE)
        void sweep() {
            try {
                int n = store.sweepOrphans(properties.contentSweepGrace());
                if (n > 0) {
                    log.info("Content sweep removed {} file(s) without a record", n);
                }
            } catch (IOException | RuntimeException e) {
                log.warn("Content sweep failed; it it runs again at the next sweep", e);
            }
        }
    }
}
