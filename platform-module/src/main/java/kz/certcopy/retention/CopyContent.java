package kz.certcopy.retention;

/**
 * Destroys what a certified copy is made of: the signed PDF and its detached signature, and the scans of its
 * original when no other record still uses the same stored file. Runs inside the disposal batch's transaction;
 * implementations must be idempotent (content already gone is not an error), so a re-run after a crash can
 * repeat it.
 */
public interface CopyContent {

    void destroy(ExpiredCopy copy);
}
