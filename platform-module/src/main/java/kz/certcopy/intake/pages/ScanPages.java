package kz.certcopy.intake.pages;

import java.util.List;
import java.util.UUID;
import kz.certcopy.intake.ScanFile;
import kz.certcopy.intake.assembly.Rotation;

/**
 * The pages of each original, in the clerk's order (port; the JDBC adapter keeps them in {@code intake_page}).
 * Operations on a page id that does not belong to the original fail with {@code PAGE_NOT_FOUND}.
 */
public interface ScanPages {

    /** Appends every page of an accepted file at the end of the original; returns the new pages. */
    List<StoredPage> add(OriginalRef original, ScanFile file);

    /** Pages in order (position 1..n). */
    List<StoredPage> list(OriginalRef original);

    /** New order; {@code pageIds} must be exactly the original's pages, each once. */
    List<StoredPage> reorder(OriginalRef original, List<UUID> pageIds);

    /** Sets the clerk's rotation of one page. */
    StoredPage rotate(OriginalRef original, UUID pageId, Rotation rotation);

    /** Removes one page and closes the gap in positions. */
    void delete(OriginalRef original, UUID pageId);

    /**
     * Locks the original's page list until the transaction ends and returns its version: a digest of the pages'
     * ids, order and rotations, which changes with every add, reorder, rotation and delete. Clients send it back
     * as {@code If-Match} so that two clerks arranging the same original cannot overwrite each other.
     */
    String lockVersion(OriginalRef original);

    /** The version as {@link #lockVersion} computes it, without locking (for reads). */
    String version(OriginalRef original);

    /** Bytes of all distinct files stored for the request, for the per-request limit. */
    long requestBytes(UUID requestId);
}
