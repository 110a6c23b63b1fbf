package kz.certcopy.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import kz.certcopy.intake.limits.BoundedSpool;
import kz.certcopy.storage.ContentRef;
import kz.certcopy.storage.ContentStore;

/**
 * Accepts one uploaded scan: spools it to a temporary file within the byte limits, detects its type by
 * content, analyses its pages within the time limit, and only then stores it in the content store. A refused
 * file leaves nothing behind, so the rest of the request is untouched.
 */
public final class ScanIntake {

    private final ContentStore store;
    private final ScanAnalyzer analyzer;

    public ScanIntake(ContentStore store, ScanAnalyzer analyzer) {
        this.store = Objects.requireNonNull(store, "store");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    }

    /**
     * @param upload the file's bytes (not closed here)
     * @param quota  what the request and the original already hold
     * @throws kz.certcopy.common.CertCopyException with an {@link IntakeError} code when the file is refused
     */
    public ScanFile accept(InputStream upload, IntakeLimits limits, IntakeQuota quota) throws IOException {
        Path tmp = BoundedSpool.spool(upload, limits.maxFileBytes(), limits.maxRequestBytes() - quota.requestBytesUsed());
        try {
            ScanAnalyzer.Analysis analysis = analyzer.analyse(tmp, limits, quota);
            ContentRef ref;
            try (InputStream in = Files.newInputStream(tmp)) {
                ref = store.put(in);
            }
            return new ScanFile(ref, analysis.kind(), analysis.pages(), analysis.notices().stream().sorted().toList());
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
