package kz.certcopy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
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

    public static final class MovableClock extends Clock {
        private final AtomicReference<Instant> now;
        private final ZoneId zone;

        MovableClock(Instant start, ZoneId zone) {
            this.now = new AtomicReference<>(start);
            this.zone = zone;
        }

        public void advanceSeconds(long seconds) {
            now.updateAndGet(i -> i.plusSeconds(seconds));
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
