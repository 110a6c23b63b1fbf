package kz.certcopy.retention.jdbc;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.certcopy.certification.CertifiedCopyId;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import kz.certcopy.intake.pages.ScanPages;
import kz.certcopy.retention.CopyContent;
import kz.certcopy.retention.ExpiredCopy;
import kz.certcopy.storage.ContentRef;
import kz.certcopy.storage.ContentStore;
import kz.certcopy.storage.CopyDocuments;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link CopyContent} through the ports that own the bytes: the signed PDF and signature via {@link CopyDocuments};
 * the pages of the original (rows of the {@link ScanPages} table, removed for the whole batch in one statement), and
 * each scanned file via {@link ContentStore} once no page of another
 * original, no copy document and no consent scan still points at it (the same file can be uploaded for two
 * originals). Previews and thumbnails are rendered from the scans on demand, so nothing else is stored. Every delete
 * is idempotent and, in the file store, takes effect on disk only when the batch commits.
 */
public class StoreCopyContent implements CopyContent {

    private final CopyDocuments documents;
    private final ContentStore store;
    private final JdbcClient jdbc;

    public StoreCopyContent(CopyDocuments documents, ContentStore store, JdbcClient jdbc) {
        this.documents = documents;
        this.store = store;
        this.jdbc = jdbc;
    }

    @Override
    public void destroy(List<ExpiredCopy> copies) {
        for (ExpiredCopy copy : copies) {
            documents.deleteAll(new CertifiedCopyId(copy.copyId()));
        }
        String[] requests = copies.stream().map(c -> c.requestId().toString()).toArray(String[]::new);
        Integer[] originals = copies.stream().map(ExpiredCopy::originalNumber).toArray(Integer[]::new);
        // the pages of these originals, in one statement (ScanPages works one original at a time)
        List<ContentRef> scans = jdbc.sql("""
                DELETE FROM intake_page p USING unnest(?::text[], ?::int[]) AS o(request_id, number)
                WHERE p.request_id = o.request_id::uuid AND p.original_number = o.number
                RETURNING p.content_sha256, p.content_size""")
                .params(requests, originals)
                .query((rs, n) -> new ContentRef(rs.getString(1), rs.getLong(2))).list();
        List<ContentRef> distinct = scans.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return;
        }
        String[] shas = distinct.stream().map(ContentRef::sha256).toArray(String[]::new);
        Set<String> stillUsed = new HashSet<>(jdbc.sql("""
                SELECT s FROM unnest(?::text[]) AS s
                WHERE EXISTS (SELECT 1 FROM intake_page WHERE content_sha256 = CAST(s AS char(64)))
                   OR EXISTS (SELECT 1 FROM copy_document WHERE sha256 = CAST(s AS char(64)))
                   OR EXISTS (SELECT 1 FROM consent_scan WHERE sha256 = CAST(s AS char(64)))""")
                .param(shas).query(String.class).list());
        distinct.stream().filter(ref -> !stillUsed.contains(ref.sha256())).forEach(this::delete);
    }

    private void delete(ContentRef ref) {
        try {
            store.delete(ref);
        } catch (IOException e) {
            throw new CertCopyException("STORAGE_FAILED", ErrorKind.UNAVAILABLE, e);
        }
    }
}
