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

/** The file content store under {@code <data-dir>/content}, swept of orphans once the application is up. */
@Configuration(proxyBeanMethods = false)
public class StorageConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StorageConfiguration.class);

    @Bean
    FileContentStore contentStore(CertCopyProperties properties, ContentIndex index, Clock clock) throws IOException {
        return new FileContentStore(properties.dataDir().resolve("content"), index, clock);
    }

    @Bean
    OrphanSweep orphanSweep(FileContentStore store, CertCopyProperties properties) {
        return new OrphanSweep(store, properties);
    }

    /** Runs the sweep at startup; a failure is logged, never fatal. */
    static final class OrphanSweep {
        private final FileContentStore store;
        private final CertCopyProperties properties;

        OrphanSweep(FileContentStore store, CertCopyProperties properties) {
            this.store = store;
            this.properties = properties;
        }

        @EventListener(ApplicationReadyEvent.class)
        void sweep() {
            try {
                int n = store.sweepOrphans(properties.contentSweepGrace());
                if (n > 0) {
                    log.info("Content sweep removed {} file(s) without a record", n);
                }
            } catch (IOException | RuntimeException e) {
                log.warn("Content sweep failed; it will run again at the next start", e);
            }
        }
    }
}
