package kz.certcopy.storage;

import java.util.Optional;

/** Which content the file store holds durably and is referenced; the file store's commit record. */
public interface ContentIndex {

    /** Records the content in the caller's transaction; a no-op if it is already recorded. */
    void register(ContentRef ref);

    Optional<ContentRef> find(String sha256);

    boolean contains(String sha256);

    /** Removes the record; returns true if there was one. */
    boolean remove(String sha256);
}
