package kz.certcopy.audit;

import java.time.Instant;

/** One link of the audit chain. {@code hash} = SHA-256 over the fields and {@code prevHash}. */
public record AuditEntry(long seq, Instant at, String actor, String centerId, String action, String objectRef,
                         String applicantRef, String prevHash, String hash) {
}
