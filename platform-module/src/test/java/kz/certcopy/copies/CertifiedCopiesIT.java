package kz.certcopy.copies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import kz.certcopy.IntegrationTest;
import kz.certcopy.certification.CertificationRequestId;
import kz.certcopy.certification.CertificationRequests;
import kz.certcopy.certification.CertifiedCopies;
import kz.certcopy.certification.CertifiedCopy;
import kz.certcopy.certification.CertifiedCopyId;
import kz.certcopy.certification.CopyStatus;
import kz.certcopy.certification.DocumentDigest;
import kz.certcopy.certification.SignerInfo;
import kz.certcopy.certification.UnitOfWork;
import kz.certcopy.retention.RetentionPolicy;
import kz.certcopy.storage.ContentRef;
import kz.certcopy.storage.ContentStore;
import kz.certcopy.storage.CopyDocumentKind;
import kz.certcopy.storage.CopyDocumentRef;
import kz.certcopy.storage.CopyDocuments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The copy registry and the document port on the real database and file store. */
class CertifiedCopiesIT extends IntegrationTest {

    @Autowired
    CertifiedCopies copies;
    @Autowired
    CopyDocuments documents;
    @Autowired
    CertificationRequests requests;
    @Autowired
    UnitOfWork tx;
    @Autowired
    ContentStore store;

    private final String iin = TestIins.next();

    private CertifiedCopy newCopy(String iin, int original, Instant at) {
        var request = requests.find(CertificationRequestId.parse(registerFor(iin))).orElseThrow();
        DocumentDigest d = new DocumentDigest("ab".repeat(32), 10);
        return CertifiedCopy.certified(CertifiedCopyId.random(), request, original,
                new SignerInfo("almaty.clerk1", "123456789012", "ТЕСТТОВ ТЕСТТ", "1.2.398.3.10.1.1.2.3.2", "179f",
                        "CN=test"), at, RetentionPolicy.sixMonths().retainUntil(at), d, d,
                CertifiedCopy.newVerificationCode());
    }

    @Test
    void savedCopiesAreFoundByIdOriginalAndApplicantNewestFirst() {
        CertifiedCopy older = newCopy(iin, 1, Instant.parse("2026-12-01T05:00:00Z"));
        CertifiedCopy newer = newCopy(iin, 2, Instant.parse("2026-12-02T05:00:00Z"));
        tx.inTransaction(() -> {
            copies.save(older);
            copies.save(newer);
            return null;
        });
        assertThat(copies.find(older.id())).contains(older);
        assertThat(copies.findByOriginal(newer.requestId(), 2)).contains(newer);
        assertThat(copies.findActiveByApplicant(iin, 0, 10)).containsExactly(newer, older);
        assertThat(copies.findActiveByApplicant(iin, 1, 10)).containsExactly(older);

        copies.save(older.disposed(Instant.parse("2027-06-02T00:00:00Z")));
        assertThat(copies.find(older.id()).orElseThrow().status()).isEqualTo(CopyStatus.DISPOSED);
        assertThat(copies.findActiveByApplicant(iin, 0, 10)).containsExactly(newer);
    }

    @Test
    void aSecondCopyOfTheSameOriginalIsAlreadyCertified() {
        CertifiedCopy first = newCopy(iin, 1, Instant.parse("2026-12-01T05:00:00Z"));
        copies.save(first);
        CertifiedCopy twin = new CertifiedCopy(CertifiedCopyId.random(), first.requestId(), 1, first.applicantKind(),
                first.applicantId(), first.consentId(), first.centerId(), first.signer(), first.certifiedAt(),
                first.retainUntil(), first.pdf(), first.signature(), CertifiedCopy.newVerificationCode(),
                CopyStatus.ACTIVE, null, false, null);
        assertThatThrownBy(() -> copies.save(twin)).extracting("code").isEqualTo("ALREADY_CERTIFIED");
    }

    @Test
    void documentsAreStoredOpenedAndDeletedPerCopy() throws Exception {
        CertifiedCopy copy = newCopy(iin, 1, Instant.parse("2026-12-01T05:00:00Z"));
        byte[] pdf = ("%PDF-1.7 " + copy.id()).getBytes(StandardCharsets.US_ASCII);
        CopyDocumentRef ref = tx.inTransaction(() -> {
            CopyDocumentRef r = documents.store(copy.id(), CopyDocumentKind.SIGNED_PDF, new ByteArrayInputStream(pdf));
            copies.save(copy);
            return r;
        });
        assertThat(ref.sha256()).isEqualTo(HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(pdf)));
        assertThat(documents.list(copy.id())).containsExactly(ref);
        try (InputStream in = documents.open(ref)) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        assertThat(tx.inTransaction(() -> documents.deleteAll(copy.id()))).isEqualTo(1);
        assertThat(documents.list(copy.id())).isEmpty();
        assertThatThrownBy(() -> documents.open(ref)).extracting("code").isEqualTo("CONTENT_MISSING");
    }

    @Test
    void documentsOfARolledBackCopyAreNotKept() {
        CertifiedCopy copy = newCopy(iin, 1, Instant.parse("2026-12-01T05:00:00Z"));
        byte[] pdf = ("%PDF-1.7 rollback " + copy.id()).getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> tx.inTransaction(() -> {
            documents.store(copy.id(), CopyDocumentKind.SIGNED_PDF, new ByteArrayInputStream(pdf));
            throw new IllegalStateException("crash before commit");
        })).hasMessageContaining("crash");
        assertThat(documents.list(copy.id())).isEmpty();
        assertThat(copies.find(copy.id())).isEmpty();
    }

    @Test
    void aBatchIsDeletedWholeOnCommitOnlyAndSharedBytesAreKept() {
        CertifiedCopy a = newCopy(iin, 1, Instant.parse("2026-12-01T05:00:00Z"));
        CertifiedCopy b = newCopy(iin, 1, Instant.parse("2026-12-01T05:01:00Z"));
        CertifiedCopy keeper = newCopy(iin, 1, Instant.parse("2026-12-01T05:02:00Z"));
        byte[] shared = ("%PDF-1.7 shared " + a.id()).getBytes(StandardCharsets.US_ASCII);
        byte[] own = ("signature of " + a.id()).getBytes(StandardCharsets.US_ASCII);
        byte[] ownB = ("signature of " + b.id()).getBytes(StandardCharsets.US_ASCII);
        CopyDocumentRef[] refs = tx.inTransaction(() -> {
            CopyDocumentRef[] r = {
                documents.store(a.id(), CopyDocumentKind.SIGNED_PDF, new ByteArrayInputStream(shared)),
                documents.store(a.id(), CopyDocumentKind.SIGNATURE, new ByteArrayInputStream(own)),
                documents.store(b.id(), CopyDocumentKind.SIGNED_PDF, new ByteArrayInputStream(shared)),
                documents.store(b.id(), CopyDocumentKind.SIGNATURE, new ByteArrayInputStream(ownB)),
                documents.store(keeper.id(), CopyDocumentKind.SIGNED_PDF, new ByteArrayInputStream(shared))};
            copies.save(a);
            copies.save(b);
            copies.save(keeper);
            return r;
        });
        List<CertifiedCopyId> batch = List.of(a.id(), b.id());

        assertThatThrownBy(() -> tx.inTransaction(() -> {
            assertThat(documents.deleteAll(batch)).isEqualTo(4);
            throw new IllegalStateException("crash before commit");
        })).hasMessageContaining("crash");
        assertThat(documents.list(a.id())).hasSize(2);
        assertThat(documents.list(b.id())).hasSize(2);
        for (CopyDocumentRef r : refs) {
            assertThat(store.exists(content(r))).isTrue();
        }

        assertThat(tx.inTransaction(() -> documents.deleteAll(batch))).isEqualTo(4);
        assertThat(documents.list(a.id())).isEmpty();
        assertThat(documents.list(b.id())).isEmpty();
        assertThat(store.exists(content(refs[1]))).isFalse();
        assertThat(store.exists(content(refs[3]))).isFalse();
        assertThat(store.exists(content(refs[0]))).isTrue(); // the keeper still points at these bytes
        assertThat(documents.list(keeper.id())).containsExactly(refs[4]);
        assertThat(tx.inTransaction(() -> documents.deleteAll(batch))).isZero(); // idempotent
    }

    private static ContentRef content(CopyDocumentRef ref) {
        return new ContentRef(ref.sha256(), ref.size());
    }
}
