package kz.certcopy.storage;

import java.util.Collection;
import java.util.Optional;

/** Which content the file store holds durably and is referenced; the file store's commit record. */
public interface ContentIndex {

    /** Records the content in the caller's transaction; a no-op if it is already recorded. */
    void register(ContentRef ref);

    Optional<ContentRef> find(String sha256);

    boolean contains(String sha256);

    /** Removes the record; returns true if there was one. */
    boolean remove(String sha256);

    /** Removes the records of a batch (disposal); returns how many there were. Override with one statement. */
    default int removeAll(Collection<String> sha256s) {
        int removed = 0;
        for (String sha256 : sha256s) {
            removed += remove(sha256) ? 1 : 0;
        }
        return removed;
    }
}
