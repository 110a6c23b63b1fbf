package kz.certcopy.storage;

import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import kz.certcopy.certification.CertifiedCopyId;

/**
 * Storage of the documents of certified copies (port). Default adapter: {@link ContentStoreCopyDocuments} over the
 * {@link ContentStore}; the CMIS adapter keeps them in Alfresco ({@code D:cc:certifiedCopy}).
 *
 * <p>Contract every implementation keeps, so that a copy is stored atomically (a complete copy or none):
 * <ul>
 *   <li>{@link #store} is called inside the caller's database transaction, after the copy's bytes are final and
 *       before its record is saved. When it returns, the bytes are durable. If that transaction rolls back, or the
 *       node dies before commit, the documents must not stay reachable: delete them on rollback and/or remove them
 *       in {@link #sweepOrphans} (called at start-up and periodically).</li>
 *   <li>{@link #open} streams a stored document; a missing one fails with {@code CONTENT_MISSING} (503 kind
 *       {@code UNAVAILABLE}: the record says it exists), a damaged one with {@code CONTENT_CORRUPT}.</li>
 *   <li>{@link #deleteAll} (disposal) removes every document of the copy, or of every copy of a batch; it is
 *       idempotent and, inside a transaction, takes effect only if that transaction commits.</li>
 * </ul>
 * Implementations never log document content or applicant data.
 */
public interface CopyDocuments {

    /** Stores one document of {@code copy}; {@code content} is read to its end (not closed). */
    CopyDocumentRef store(CertifiedCopyId copy, CopyDocumentKind kind, InputStream content);

    /** The documents stored for a copy (empty after {@link #deleteAll} or for an unknown copy). */
    List<CopyDocumentRef> list(CertifiedCopyId copy);

    /** Opens one document for reading; {@code CONTENT_MISSING} if it is not there. The caller closes the stream. */
    InputStream open(CopyDocumentRef ref);

    /** Deletes every document of the copy; returns how many were deleted. */
    int deleteAll(CertifiedCopyId copy);

    /**
     * Deletes every document of every copy of a disposal batch; returns how many were deleted. The default calls
     * {@link #deleteAll(CertifiedCopyId)} copy by copy; adapters with a database override it with a few statements
     * per batch.
     */
    default int deleteAll(Collection<CertifiedCopyId> copies) {
        int deleted = 0;
        for (CertifiedCopyId copy : copies) {
            deleted += deleteAll(copy);
        }
        return deleted;
    }

    /** Removes documents no committed copy refers to, older than the grace period; returns how many. */
    int sweepOrphans(java.time.Duration grace);
}
