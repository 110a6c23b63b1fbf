package kz.certcopy.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
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

    /** A clock tests can move forward. */
    public static final class MovableClock extends Clock {
        private final AtomicReference<Instant> now;
        private final ZoneId zone;

        MovableClock(Instant start, ZoneId zone) {
            this.now = new AtomicReference<>(start);
            this.zone = zone;
        }

        public void advanceMinutes(long minutes) {
            now.updateAndGet(i -> i.plusSeconds(60 * minutes));
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId z) {
            return new MovableClock(now.get(), z);
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
