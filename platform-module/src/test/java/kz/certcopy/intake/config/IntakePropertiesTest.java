package kz.certcopy.intake.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import kz.certcopy.intake.IntakeLimits;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class IntakePropertiesTest {

    private static IntakeProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("certcopy.intake",
                IntakeProperties.class);
    }

    @Test
    void defaultsAreTheEngineDefaults() {
        assertEquals(IntakeLimits.defaults(), bind(Map.of()).limits());
    }

    @Test
    void propertiesOverrideLimits() {
        IntakeProperties p = bind(Map.of(
                "certcopy.intake.max-file-size", "10MB",
                "certcopy.intake.max-pages-per-original", "40",
                "certcopy.intake.timeout-per-file", "5s",
                "certcopy.intake.reject-active-content", "true",
                "certcopy.intake.verification-base-url", "https://certcopy.gov.kz/v"));
        IntakeLimits limits = p.limits();
        assertEquals(10L * 1024 * 1024, limits.maxFileBytes());
        assertEquals(40, limits.maxPagesPerOriginal());
        assertEquals(Duration.ofSeconds(5), limits.timeoutPerFile());
        assertTrue(limits.rejectActiveContent());
        assertEquals("https://certcopy.gov.kz/v", p.verificationBaseUrl());
    }
}
