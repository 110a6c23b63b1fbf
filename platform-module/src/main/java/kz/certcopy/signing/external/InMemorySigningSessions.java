package kz.certcopy.signing.external;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Sessions in a map; expired ones are dropped whenever a new one is saved. */
public final class InMemorySigningSessions implements SigningSessions {

    private final Map<String, SigningSession> sessions = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemorySigningSessions(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void save(SigningSession session) {
        sessions.values().removeIf(s -> s.expiredAt(clock.instant()));
        sessions.put(session.id(), session);
    }

    @Override
    public Optional<SigningSession> find(String id) {
        return Optional.ofNullable(sessions.get(id));
    }

    @Override
    public boolean remove(String id) {
        return sessions.remove(id) != null;
    }
}
