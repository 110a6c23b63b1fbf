package kz.certcopy.storage;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Optional;

/**
 * Write-once store of binary content (scans, previews, signed PDFs, signatures) addressed by SHA-256.
 * Content is streamed, never held whole in memory. Writing the same bytes twice yields the same ref.
 * Implementations: the file store under the data dir (default), others later (shared volume, CMIS).
 */
public interface ContentStore {

    /** Streams {@code in} to the store (temporary file, fsync, atomic rename) and returns its address. */
    ContentRef put(InputStream in) throws IOException;

    /** Opens the content for reading; the stream fails with {@code CONTENT_CORRUPT} if the hash does not match at EOF. */
    InputStream open(ContentRef ref) throws IOException;

    Optional<ContentRef> find(String sha256) throws IOException;

    boolean exists(ContentRef ref);

    /** Removes the content (disposal). Idempotent: deleting missing content is not an error. */
    void delete(ContentRef ref) throws IOException;

    /**
     * Removes the content of a batch (disposal), with the guarantees of {@link #delete}. Stores with a database index
     * override it to cost one statement per batch instead of one per object.
     */
    default void deleteAll(Collection<ContentRef> refs) throws IOException {
        for (ContentRef ref : refs) {
            delete(ref);
        }
    }
}
