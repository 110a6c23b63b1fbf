package kz.certcopy.certification;

import java.util.List;
import java.util.Optional;

/** Where certified copies are kept (port; the JDBC adapter lives in {@code storage}). */
public interface CertifiedCopies {

    /** Inserts a new copy or writes back a changed one (disposal, legal hold), in the caller's transaction. */
    void save(CertifiedCopy copy);

    Optional<CertifiedCopy> find(CertifiedCopyId id);

    /** The copy of an original, if one was certified (at most one per original). */
    Optional<CertifiedCopy> findByOriginal(CertificationRequestId requestId, int originalNumber);

    /**
     * ACTIVE copies bound to an IIN/BIN, from every center, newest first; {@code offset}/{@code limit} page through
     * them (rule 8: usable at any center). Backed by an index on (applicant_id, status, certified_at).
     */
    List<CertifiedCopy> findActiveByApplicant(String applicantId, int offset, int limit);
}
