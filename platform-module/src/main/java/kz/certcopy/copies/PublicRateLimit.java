package kz.certcopy.copies;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;

/**
 * A per-client fixed-window limit for the public endpoints (verification page, JSON lookup, uploads): at most
 * {@code perMinute} calls a minute from one address, else {@code 429 TOO_MANY_REQUESTS} with the seconds until the
 * window ends (sent as {@code Retry-After}, so a well-behaved client waits exactly as long as it must). Node-local on purpose: it only
 * has to stop one client from hammering one node (code guessing is hopeless anyway: 192-bit codes).
 */
public final class PublicRateLimit {

    private final int perMinute;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(long minute, AtomicInteger count) {
    }

    public PublicRateLimit(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    public void acquire(String client) {
        long minute = clock.millis() / 60_000;
        if (windows.size() > 100_000) {
            windows.values().removeIf(w -> w.minute() < minute);
        }
        Window w = windows.compute(client == null ? "?" : client,
                (k, old) -> old == null || old.minute() != minute ? new Window(minute, new AtomicInteger()) : old);
        if (w.count().incrementAndGet() > perMinute) {
            throw new CertCopyException("TOO_MANY_REQUESTS", ErrorKind.TOO_MANY_REQUESTS, retryAfterSeconds());
        }
    }

    /** Whole seconds until the current minute's window ends, rounded up: 1 to 60. */
    long retryAfterSeconds() {
        long left = 60_000 - clock.millis() % 60_000;
        return (left + 999) / 1000;
    }
}
