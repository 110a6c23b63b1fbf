package kz.certcopy.signing.external;

import java.util.Optional;

/** Port for the state of two-step signing (in-memory now, JDBC at integration). */
public interface SigningSessions {

    void save(SigningSession session);

    Optional<SigningSession> find(String id);

    /** Removes the session; returns whether it existed (a completed session cannot be completed twice). */
    boolean remove(String id);
}
