package kz.certcopy.config;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code certcopy.*} settings.
 *
 * @param dataDir where the embedded database ({@code pg/}) and the content store ({@code content/}) live
 * @param zone time zone of the centers, for "requests of a day"
 * @param maxJsonBytes largest JSON body the API accepts
 * @param contentSweepGrace how old a file without a record must be before the sweep deletes it
 */
@ConfigurationProperties("certcopy")
public record CertCopyProperties(Path dataDir, String zone, Long maxJsonBytes, Duration contentSweepGrace) {

    public CertCopyProperties {
        dataDir = dataDir != null ? dataDir : Path.of("data");
        zone = zone != null ? zone : "Asia/Almaty";
        maxJsonBytes = maxJsonBytes != null ? maxJsonBytes : 1024L * 1024;
        contentSweepGrace = contentSweepGrace != null ? contentSweepGrace : Duration.ofHours(1);
    }
}
