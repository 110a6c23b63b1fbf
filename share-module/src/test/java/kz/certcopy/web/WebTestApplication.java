package kz.certcopy.web;

import java.time.Instant;
import java.time.ZoneId;
import kz.certcopy.testing.MovableClock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Boots platform + web workspace for the browser tests, at a clock the tests move (service clock colours). */
@SpringBootApplication(scanBasePackages = "kz.certcopy")
public class WebTestApplication {

    @Bean
    @Primary
    MovableClock testClock() {
        return new MovableClock(Instant.parse("2026-12-03T05:00:00Z"), ZoneId.of("Asia/Almaty"));
    }
}
