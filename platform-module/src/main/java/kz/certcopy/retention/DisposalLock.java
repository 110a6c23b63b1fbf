package kz.certcopy.retention;

import java.util.Optional;

/**
 * One disposal run at a time across every application node sharing the database. Released when the returned
 * handle is closed, or by the database when the holder dies.
 */
public interface DisposalLock {

    Optional<Held> tryAcquire();

    interface Held extends AutoCloseable {
        @Override
        void close();
    }
}
