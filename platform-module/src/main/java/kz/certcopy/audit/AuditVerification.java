package kz.certcopy.audit;

/** Result of re-walking the chain: how many entries were checked and the sequence number of the first bad one. */
public record AuditVerification(boolean intact, long entriesChecked, Long firstBrokenSeq, String reason) {

    public static AuditVerification ok(long checked) {
        return new AuditVerification(true, checked, null, null);
    }

    public static AuditVerification broken(long checked, long seq, String reason) {
        return new AuditVerification(false, checked, seq, reason);
    }
}
