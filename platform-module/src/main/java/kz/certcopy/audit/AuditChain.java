package kz.certcopy.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hashing rule of the audit chain, kept apart from storage so it can be checked on its own. Each field is
 * length-prefixed, so no two different entries hash the same text.
 */
public final class AuditChain {

    /** The "previous hash" of the very first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(long seq, Instant at, String actor, String centerId, String action, String objectRef,
                              String applicantRef, String prevHash) {
        StringBuilder s = new StringBuilder();
        for (String f : new String[] {Long.toString(seq), at.toString(), actor, centerId, action, objectRef,
                applicantRef, prevHash}) {
            if (f == null) {
                s.append("-1:");
            } else {
                s.append(f.length()).append(':').append(f);
            }
            s.append('|');
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }

    public static String hashOf(AuditEntry e) {
        return hash(e.seq(), e.at(), e.actor(), e.centerId(), e.action(), e.objectRef(), e.applicantRef(),
                e.prevHash());
    }

    /** Incremental verifier: feed entries in sequence order. */
    public static final class Walker {
        private String expectedPrev = GENESIS;
        private long expectedSeq = 1;
        private long checked;
        private AuditVerification failure;

        /** Returns false once a broken link is found; later entries are ignored. */
        public boolean accept(AuditEntry e) {
            if (failure != null) {
                return false;
            }
            if (e.seq() != expectedSeq) {
                failure = AuditVerification.broken(checked, expectedSeq, "MISSING_ENTRY");
            } else if (!e.prevHash().equals(expectedPrev)) {
                failure = AuditVerification.broken(checked, e.seq(), "PREVIOUS_HASH_MISMATCH");
            } else if (!hashOf(e).equals(e.hash())) {
                failure = AuditVerification.broken(checked, e.seq(), "HASH_MISMATCH");
            } else {
                checked++;
                expectedPrev = e.hash();
                expectedSeq = e.seq() + 1;
                return true;
            }
            return false;
        }

        public AuditVerification result() {
            return failure != null ? failure : AuditVerification.ok(checked);
        }
    }
}
