package kz.certcopy.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    static List<AuditEntry> chain(int n) {
        List<AuditEntry> out = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            Instant at = Instant.parse("2026-12-03T05:00:00Z").plusSeconds(i);
            String h = AuditChain.hash(i, at, "clerk", "almaty-1", "REQUEST_READ", "request:" + i, "850312300121", prev);
            out.add(new AuditEntry(i, at, "clerk", "almaty-1", "REQUEST_READ", "request:" + i, "850312300121", prev, h));
            prev = h;
        }
        return out;
    }

    static AuditVerification walk(List<AuditEntry> entries) {
        AuditChain.Walker w = new AuditChain.Walker();
        entries.forEach(w::accept);
        return w.result();
    }

    @Test
    void intactChainVerifies() {
        assertThat(walk(chain(5))).isEqualTo(AuditVerification.ok(5));
    }

    @Test
    void editedFieldIsFound() {
        List<AuditEntry> c = chain(5);
        AuditEntry e = c.get(2);
        c.set(2, new AuditEntry(e.seq(), e.at(), "intruder", e.centerId(), e.action(), e.objectRef(), e.applicantRef(),
                e.prevHash(), e.hash()));
        AuditVerification v = walk(c);
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenSeq()).isEqualTo(3);
        assertThat(v.reason()).isEqualTo("HASH_MISMATCH");
    }

    @Test
    void rehashedEditBreaksTheNextLink() {
        List<AuditEntry> c = chain(5);
        AuditEntry e = c.get(1);
        String h = AuditChain.hash(e.seq(), e.at(), "intruder", e.centerId(), e.action(), e.objectRef(),
                e.applicantRef(), e.prevHash());
        c.set(1, new AuditEntry(e.seq(), e.at(), "intruder", e.centerId(), e.action(), e.objectRef(), e.applicantRef(),
                e.prevHash(), h));
        AuditVerification v = walk(c);
        assertThat(v.firstBrokenSeq()).isEqualTo(3);
        assertThat(v.reason()).isEqualTo("PREVIOUS_HASH_MISMATCH");
    }

    @Test
    void deletedEntryIsFound() {
        List<AuditEntry> c = chain(5);
        c.remove(3);
        AuditVerification v = walk(c);
        assertThat(v.firstBrokenSeq()).isEqualTo(4);
        assertThat(v.reason()).isEqualTo("MISSING_ENTRY");
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        Instant at = Instant.EPOCH;
        assertThat(AuditChain.hash(1, at, "ab", "c", "x", null, null, AuditChain.GENESIS))
                .isNotEqualTo(AuditChain.hash(1, at, "a", "bc", "x", null, null, AuditChain.GENESIS));
        assertThat(AuditChain.hash(1, at, "a", null, "x", null, null, AuditChain.GENESIS))
                .isNotEqualTo(AuditChain.hash(1, at, "a", "", "x", null, null, AuditChain.GENESIS));
    }
}
