package kz.certcopy.intake.config;

import java.time.Duration;
import kz.certcopy.intake.IntakeLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code certcopy.intake.*}: limits for uploaded scans and the verification URL of the certification mark.
 * Defaults equal {@link IntakeLimits#defaults()} (documented in docs/INTAKE.md).
 */
@ConfigurationProperties("certcopy.intake")
public record IntakeProperties(
        @DefaultValue("50MB") DataSize maxFileSize,
        @DefaultValue("200MB") DataSize maxRequestSize,
        @DefaultValue("300") int maxPagesPerOriginal,
        @DefaultValue("75000000") long maxPixelsPerPage,
        @DefaultValue("200000") int maxPdfObjects,
        @DefaultValue("32") int maxPdfNesting,
        @DefaultValue("64MB") DataSize maxDecodedStreamSize,
        @DefaultValue("30s") Duration timeoutPerFile,
        @DefaultValue("false") boolean rejectActiveContent,
        @DefaultValue("2") int parserThreads,
        @DefaultValue("true") boolean qualityHints,
        @DefaultValue("https://localhost:8443/verify") String verificationBaseUrl) {

    public IntakeLimits limits() {
        return new IntakeLimits(maxFileSize.toBytes(), maxRequestSize.toBytes(), maxPagesPerOriginal,
                maxPixelsPerPage, maxPdfObjects, maxPdfNesting, maxDecodedStreamSize.toBytes(), timeoutPerFile,
                rejectActiveContent);
    }
}
