package kz.certcopy.copies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import kz.certcopy.signing.support.MutableClock;
import org.junit.jupiter.api.Test;

/** The public endpoints' limit: over it, 429 with the seconds left in the minute, per address. */
class PublicRateLimitTest {

    @Test
    void overTheLimitTheClientIsToldHowLongToWait() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:15:15.250Z"));
        PublicRateLimit limit = new PublicRateLimit(3, clock);
        for (int i = 0; i < 3; i++) {
            limit.acquire("10.0.0.1");
        }
        CertCopyException e = catchThrowableOfType(CertCopyException.class, () -> limit.acquire("10.0.0.1"));
        assertThat(e.code()).isEqualTo("TOO_MANY_REQUESTS");
        assertThat(e.kind()).isEqualTo(ErrorKind.TOO_MANY_REQUESTS);
        assertThat(e.kind().httpStatus()).isEqualTo(429);
        assertThat(e.args()).containsExactly(45L); // 44.75 s left in the minute, rounded up
        limit.acquire("10.0.0.2"); // another address has its own count

        clock.advance(Duration.ofMillis(44_749)); // 10:15:59.999
        assertThat(catchThrowableOfType(CertCopyException.class, () -> limit.acquire("10.0.0.1")).args())
                .containsExactly(1L);
        clock.advance(Duration.ofMillis(1)); // 10:16:00.000
        limit.acquire("10.0.0.1"); // a new minute, a new count
        assertThat(limit.retryAfterSeconds()).isEqualTo(60);
    }
}
