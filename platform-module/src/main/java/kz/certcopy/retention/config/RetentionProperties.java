package kz.certcopy.retention.config;

import java.time.Period;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code certcopy.retention.*} settings.
 *
 * @param term how long a certified copy is kept (rule item 8: {@code P6M})
 * @param zone whose calendar day the term ends with ({@code Asia/Almaty})
 * @param disposalCron when the daily disposal job runs (Spring cron, in {@code zone}); {@code -} turns it off
 * @param batchSize copies per disposal transaction
 * @param applicantHashKey base64 key (≥ 32 bytes) of the applicant hash in tombstones; unset: a key generated once
 *                         and kept in the database ({@code retention_key})
 */
@ConfigurationProperties("certcopy.retention")
public record RetentionProperties(Period term, ZoneId zone, String disposalCron, Integer batchSize,
                                  String applicantHashKey) {

    public RetentionProperties {
        term = term != null ? term : Period.ofMonths(6);
        zone = zone != null ? zone : ZoneId.of("Asia/Almaty");
        disposalCron = disposalCron != null ? disposalCron : "0 30 1 * * *";
        batchSize = batchSize != null ? batchSize : 200;
    }
}
