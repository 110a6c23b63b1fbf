package kz.certcopy.retention;

import java.util.List;

/**
 * Destroys what a certified copy is made of: the signed PDF and its detached signature, and the scans of its
 * original when no other record still uses the same stored file. Runs inside the disposal batch's transaction;
 * implementations must be idempotent (content already gone is not an error), so a re-run after a crash can
 * repeat it.
 */
public interface CopyContent {

    /** Destroys the content of every copy of one disposal batch. */
    void destroy(List<ExpiredCopy> copies);
}
