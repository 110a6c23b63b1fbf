package kz.certcopy.intake.config;

import jakarta.servlet.MultipartConfigElement;
import java.time.Clock;
import kz.certcopy.intake.IntakeLimits;
import kz.certcopy.intake.ScanAnalyzer;
import kz.certcopy.intake.ScanIntake;
import kz.certcopy.intake.assembly.CopyAssembler;
import kz.certcopy.intake.assembly.PageThumbnails;
import kz.certcopy.intake.mark.VerificationUrls;
import kz.certcopy.storage.ContentStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.boot.servlet.MultipartConfigFactory;

/** Wires the framework-free intake engine: the adapter depends on the domain, never the other way. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntakeProperties.class)
public class IntakeConfiguration {

    @Bean
    IntakeLimits intakeLimits(IntakeProperties props) {
        return props.limits();
    }

    @Bean(destroyMethod = "close")
    ScanAnalyzer scanAnalyzer(IntakeProperties props) {
        return new ScanAnalyzer(props.parserThreads(), props.qualityHints());
    }

    @Bean
    ScanIntake scanIntake(ContentStore store, ScanAnalyzer analyzer) {
        return new ScanIntake(store, analyzer);
    }

    @Bean
    CopyAssembler copyAssembler(ContentStore store, ObjectProvider<Clock> clock, IntakeLimits limits) {
        return new CopyAssembler(store::open, clock.getIfAvailable(Clock::systemUTC), limits);
    }

    @Bean
    PageThumbnails pageThumbnails(CopyAssembler assembler, ContentStore store) {
        return new PageThumbnails(assembler, store::open);
    }

    /**
     * Multipart uploads bounded by the intake limits and spilled to disk above 1 MB, so a scan never sits
     * whole in memory (replaces Spring Boot's 1 MB default).
     */
    @Bean
    MultipartConfigElement multipartConfigElement(IntakeProperties props) {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(props.maxFileSize());
        factory.setMaxRequestSize(props.maxRequestSize());
        factory.setFileSizeThreshold(DataSize.ofMegabytes(1));
        return factory.createMultipartConfig();
    }

    @Bean
    VerificationUrls verificationUrls(IntakeProperties props) {
        return new VerificationUrls(props.verificationBaseUrl());
    }
}
