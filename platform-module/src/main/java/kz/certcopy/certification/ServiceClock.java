package kz.certcopy.certification;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** The 30-minute service limit of rule item 3, started when the consent is registered. */
public record ServiceClock(Instant startedAt, Duration limit) {

    public static final Duration RULE_LIMIT = Duration.ofMinutes(30);

    public ServiceClock {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(limit, "limit");
    }

    public static ServiceClock startedAt(Instant start) {
        return new ServiceClock(start, RULE_LIMIT);
    }

    public Instant deadline() {
        return startedAt.plus(limit);
    }

    public Duration elapsed(Instant now) {
        return Duration.between(startedAt, now);
    }

    public Duration remaining(Instant now) {
        Duration left = Duration.between(now, deadline());
        return left.isNegative() ? Duration.ZERO : left;
    }

    public boolean breached(Instant now) {
        return now.isAfter(deadline());
    }

    /** How far past the limit {@code at} is; zero when within it. */
    public Duration overrun(Instant at) {
        Duration over = Duration.between(deadline(), at);
        return over.isNegative() ? Duration.ZERO : over;
    }
}
