package kz.certcopy.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.certcopy.certification.CertificationRequestId;

/**
 * Storage of the signed refusal notices (Annex 2), port. A notice is stored once, when it is first produced, and
 * served from the store afterwards (same bytes, same signature). Default adapter: {@link JdbcRefusalNotices}
 * (content store + table {@code refusal_notice}); with {@code certcopy.storage=cmis} the notice is a
 * {@code D:cc:refusal} document in the repository. {@link #find} of a stored notice whose content has gone fails with
 * {@code CONTENT_MISSING}; {@link #store} runs in the caller's transaction and leaves nothing behind on rollback.
 */
public interface RefusalNotices {

    /** What a notice is about: the facts filed with it (never logged). */
    record Notice(CertificationRequestId request, int refusals, String language, String applicantId,
                  String applicantKind, String centerId, String clerk, String clerkName, Instant refusedAt,
                  Instant retainUntil, List<String> grounds) {
    }

    /** A stored notice's PDF and whether it carries the clerk's signature. */
    record Stored(byte[] pdf, boolean signed) {
    }

    Optional<Stored> find(CertificationRequestId request, int refusals, String language);

    /** Stores the notice; if another one was stored meanwhile for the same key, that one is returned. */
    Stored store(Notice notice, byte[] pdf, boolean signed);
}
