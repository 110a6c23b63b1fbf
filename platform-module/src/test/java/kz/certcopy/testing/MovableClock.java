package kz.certcopy.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock tests move forward (past the 30-minute service limit, past a retention term). Shared with the web tests
 * through this module's test-support jar, which holds this package only: no test application or test bean of the
 * platform lands on the web tests' component scan.
 */
public final class MovableClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    public MovableClock(Instant start, ZoneId zone) {
        this.now = new AtomicReference<>(start);
        this.zone = zone;
    }

    public void advanceSeconds(long seconds) {
        now.updateAndGet(i -> i.plusSeconds(seconds));
    }

    public void advanceMinutes(long minutes) {
        advanceSeconds(60 * minutes);
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
