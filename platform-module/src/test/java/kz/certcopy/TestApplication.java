package kz.certcopy;

import java.time.Instant;
import java.time.ZoneId;
import kz.certcopy.testing.MovableClock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Boots the platform module alone for integration tests (one context, one embedded PostgreSQL per JVM). */
@SpringBootApplication
public class TestApplication {

    /** A clock tests can move forward, e.g. past the 30-minute service limit. */
    @Bean
    @Primary
    MovableClock testClock() {
        return new MovableClock(Instant.parse("2026-12-03T05:00:00Z"), ZoneId.of("Asia/Almaty"));
    }
}
