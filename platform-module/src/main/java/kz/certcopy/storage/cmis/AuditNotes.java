package kz.certcopy.storage.cmis;

import kz.certcopy.audit.AuditTrail;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Audit entries about the repository itself, written in their own transaction: the read that discovers a document
 * deleted behind CertCopy's back fails, and its caller's transaction rolls back, but the note must stay.
 */
public class AuditNotes {

    static final String SYSTEM = "system";

    private final AuditTrail audit;
    private final TransactionTemplate ownTransaction;

    public AuditNotes(AuditTrail audit, PlatformTransactionManager transactions) {
        this.audit = audit;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A stored document of a copy is no longer in the repository. */
    void contentMissing(String objectRef) {
        ownTransaction.executeWithoutResult(s -> audit.record(SYSTEM, null, "CONTENT_MISSING", objectRef, null));
    }
}
