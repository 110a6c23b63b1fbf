package kz.certcopy.intake;

/**
 * What the request and the original already hold before this file, so per-request and per-original limits
 * can be enforced file by file without the engine knowing the persistence.
 */
public record IntakeQuota(long requestBytesUsed, int originalPagesUsed) {

    public static final IntakeQuota EMPTY = new IntakeQuota(0, 0);

    public IntakeQuota {
        if (requestBytesUsed < 0 || originalPagesUsed < 0) {
            throw new IllegalArgumentException("negative quota");
        }
    }
}
