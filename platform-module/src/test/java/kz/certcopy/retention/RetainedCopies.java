package kz.certcopy.retention;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import kz.certcopy.certification.CertificationRequest;
import kz.certcopy.certification.CertificationRequestId;
import kz.certcopy.certification.CertificationRequests;
import kz.certcopy.certification.CertifiedCopies;
import kz.certcopy.certification.CertifiedCopy;
import kz.certcopy.certification.CertifiedCopyId;
import kz.certcopy.certification.DocumentDigest;
import kz.certcopy.certification.SignerInfo;
import kz.certcopy.certification.UnitOfWork;
import kz.certcopy.intake.MediaKind;
import kz.certcopy.intake.PageInfo;
import kz.certcopy.intake.ScanFile;
import kz.certcopy.intake.pages.OriginalRef;
import kz.certcopy.intake.pages.ScanPages;
import kz.certcopy.storage.ContentRef;
import kz.certcopy.storage.ContentStore;
import kz.certcopy.storage.CopyDocumentKind;
import kz.certcopy.storage.CopyDocumentRef;
import kz.certcopy.storage.CopyDocuments;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Makes certified copies the way certification stores them, with real content in the file store: a scanned page
 * of the original, the signed PDF and the detached signature (the bytes are small real files, not signed here).
 */
final class RetainedCopies {

    record Made(CertifiedCopy copy, ContentRef scan, CopyDocumentRef pdf, CopyDocumentRef signature) {
    }

    private final CertificationRequests requests;
    private final CertifiedCopies copies;
    private final CopyDocuments documents;
    private final ScanPages pages;
    private final ContentStore store;
    private final UnitOfWork tx;

    RetainedCopies(CertificationRequests requests, CertifiedCopies copies, CopyDocuments documents, ScanPages pages,
                   ContentStore store, UnitOfWork tx) {
        this.requests = requests;
        this.copies = copies;
        this.documents = documents;
        this.pages = pages;
        this.store = store;
        this.tx = tx;
    }

    Made make(String requestId, int original, Instant certifiedAt) {
        CertificationRequest request = requests.find(CertificationRequestId.parse(requestId)).orElseThrow();
        CertifiedCopyId id = CertifiedCopyId.random();
        return tx.inTransaction(() -> {
            try {
                ContentRef scan = store.put(new ByteArrayInputStream(("scan " + id).getBytes(StandardCharsets.UTF_8)));
                pages.add(new OriginalRef(request.id().value(), original), new ScanFile(scan, MediaKind.PNG,
                        List.of(new PageInfo(0, 2480, 3508, 300f, 595f, 842f, true, List.of())), List.of()));
                CopyDocumentRef pdf = documents.store(id, CopyDocumentKind.SIGNED_PDF,
                        new ByteArrayInputStream(pdf(id)));
                CopyDocumentRef sig = documents.store(id, CopyDocumentKind.SIGNATURE,
                        new ByteArrayInputStream(("p7s " + id).getBytes(StandardCharsets.UTF_8)));
                CertifiedCopy copy = CertifiedCopy.certified(id, request, original,
                        new SignerInfo("almaty.clerk1", "123456789012", "Тесттов Тест", "1.2.398.3.10.1.1.2.3.2",
                                "179f", "CN=НУЦ РК (ГОСТ) TEST 2022"), certifiedAt,
                        RetentionPolicy.sixMonths().retainUntil(certifiedAt),
                        new DocumentDigest(pdf.sha256(), pdf.size()), new DocumentDigest(sig.sha256(), sig.size()),
                        CertifiedCopy.newVerificationCode());
                copies.save(copy);
                return new Made(copy, scan, pdf, sig);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static byte[] pdf(CertifiedCopyId id) throws IOException {
        try (PDDocument d = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            d.addPage(new PDPage());
            d.getDocumentInformation().setTitle("copy " + id);
            d.save(out);
            return out.toByteArray();
        }
    }
}
