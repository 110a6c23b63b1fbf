package kz.certcopy.retention.jdbc;

import java.io.IOException;
import java.util.List;
import kz.certcopy.certification.CertifiedCopyId;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import kz.certcopy.intake.pages.OriginalRef;
import kz.certcopy.intake.pages.ScanPages;
import kz.certcopy.intake.pages.StoredPage;
import kz.certcopy.retention.CopyContent;
import kz.certcopy.retention.ExpiredCopy;
import kz.certcopy.storage.ContentRef;
import kz.certcopy.storage.ContentStore;
import kz.certcopy.storage.CopyDocuments;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link CopyContent} through the ports that own the bytes: the signed PDF and signature via {@link CopyDocuments};
 * the original's pages via {@link ScanPages}, and each scanned file via {@link ContentStore} once no page of another
 * original, no copy document and no consent scan still points at it (the same file can be uploaded for two
 * originals). Previews and thumbnails are rendered from the scans on demand, so nothing else is stored. Every delete
 * is idempotent and, in the file store, takes effect on disk only when the batch commits.
 */
public class StoreCopyContent implements CopyContent {

    private final CopyDocuments documents;
    private final ScanPages pages;
    private final ContentStore store;
    private final JdbcClient jdbc;

    public StoreCopyContent(CopyDocuments documents, ScanPages pages, ContentStore store, JdbcClient jdbc) {
        this.documents = documents;
        this.pages = pages;
        this.store = store;
        this.jdbc = jdbc;
    }

    @Override
    public void destroy(ExpiredCopy copy) {
        documents.deleteAll(new CertifiedCopyId(copy.copyId()));
        OriginalRef original = new OriginalRef(copy.requestId(), copy.originalNumber());
        List<StoredPage> scans = pages.list(original);
        for (StoredPage page : scans) {
            pages.delete(original, page.id());
        }
        scans.stream().map(StoredPage::content).distinct().filter(ref -> !stillUsed(ref)).forEach(this::delete);
    }

    private boolean stillUsed(ContentRef ref) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM intake_page WHERE content_sha256 = :sha)
                    OR EXISTS (SELECT 1 FROM copy_document WHERE sha256 = :sha)
                    OR EXISTS (SELECT 1 FROM consent_scan WHERE sha256 = :sha)""")
                .param("sha", ref.sha256()).query(Boolean.class).single();
    }

    private void delete(ContentRef ref) {
        try {
            store.delete(ref);
        } catch (IOException e) {
            throw new CertCopyException("STORAGE_FAILED", ErrorKind.UNAVAILABLE, e);
        }
    }
}
