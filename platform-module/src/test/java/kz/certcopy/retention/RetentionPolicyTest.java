package kz.certcopy.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

    private final RetentionPolicy policy = RetentionPolicy.sixMonths();

    @Test
    void keepsUntilTheEndOfTheDaySixMonthsLaterInAlmaty() {
        // 10:00 in Almaty (UTC+5) on 3 Dec 2026
        Instant certified = Instant.parse("2026-12-03T05:00:00Z");
        assertThat(policy.retainUntil(certified)).isEqualTo(Instant.parse("2027-06-03T18:59:59.999Z"));
    }

    @Test
    void countsTheDayInAlmatyNotInUtc() {
        // 18:30 UTC on 3 Dec is 23:30 on 3 Dec in Almaty,
        // and 19:30 UTC on 3 Dec is already 00:30 on 4 Dec in Almaty.
        assertThat(policy.retainUntil(Instant.parse("2026-12-03T18:30:00Z")))
                .isEqualTo(Instant.parse("2027-06-03T18:59:59.999Z"));
        assertThat(policy.retainUntil(Instant.parse("2026-12-03T19:30:00Z")))
                .isEqualTo(Instant.parse("2027-06-04T18:59:59.999Z"));
    }

    @Test
    void clampsMonthEnds() {
        // 31 Aug 2026 + 6 months = 28 Feb 2027 (no 31 Feb)
        assertThat(policy.retainUntil(Instant.parse("2026-08-31T06:00:00Z")))
                .isEqualTo(Instant.parse("2027-02-28T18:59:59.999Z"));
    }

    @Test
    void expiresOnlyAfterTheLastInstant() {
        Instant until = policy.retainUntil(Instant.parse("2026-12-03T05:00:00Z"));
        assertThat(policy.isExpired(until, until)).isFalse();
        assertThat(policy.isExpired(until, until.plusMillis(1))).isTrue();
    }

    @Test
    void termIsConfigurable() {
        RetentionPolicy oneYearUtc = new RetentionPolicy(Period.ofYears(1), ZoneId.of("UTC"));
        assertThat(oneYearUtc.retainUntil(Instant.parse("2026-12-03T05:00:00Z")))
                .isEqualTo(Instant.parse("2027-12-03T23:59:59.999Z"));
        assertThatThrownBy(() -> new RetentionPolicy(Period.ZERO, ZoneId.of("UTC")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
