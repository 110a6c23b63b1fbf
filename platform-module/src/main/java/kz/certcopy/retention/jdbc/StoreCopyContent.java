package kz.certcopy.retention.jdbc;

import java.util.List;
import kz.certcopy.certification.CertifiedCopyId;
import kz.certcopy.intake.pages.ScanPages;
import kz.certcopy.retention.CopyContent;
import kz.certcopy.retention.ExpiredCopy;
import kz.certcopy.storage.ContentRef;
import kz.certcopy.storage.ContentReferences;
import kz.certcopy.storage.ContentStore;
import kz.certcopy.storage.CopyDocuments;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link CopyContent} through the ports that own the bytes, a whole batch at a time: the signed PDFs and signatures
 * via {@link CopyDocuments#deleteAll(java.util.Collection)}; the pages of the originals (rows of the {@link ScanPages}
 * table, one statement), and the scanned files via one {@link ContentStore#deleteAll} for those no page of another
 * original, no copy document and no consent scan still points at (the same file can be uploaded for two originals).
 * With the content-store adapters a batch costs a fixed number of statements, plus one file unlink per object.
 * Previews and thumbnails are rendered from the scans on demand, so nothing else is stored. Every delete is
 * idempotent and, in the file store, takes effect on disk only when the batch commits.
 */
public class StoreCopyContent implements CopyContent {

    private final CopyDocuments documents;
    private final ContentStore store;
    private final JdbcClient jdbc;
    private final ContentReferences references;

    public StoreCopyContent(CopyDocuments documents, ContentStore store, JdbcClient jdbc) {
        this.documents = documents;
        this.store = store;
        this.jdbc = jdbc;
        this.references = new ContentReferences(jdbc);
    }

    @Override
    public void destroy(List<ExpiredCopy> copies) {
        documents.deleteAll(copies.stream().map(c -> new CertifiedCopyId(c.copyId())).toList());
        String[] requests = copies.stream().map(c -> c.requestId().toString()).toArray(String[]::new);
        Integer[] originals = copies.stream().map(ExpiredCopy::originalNumber).toArray(Integer[]::new);
        // the pages of these originals, in one statement (ScanPages works one original at a time)
        List<ContentRef> scans = jdbc.sql("""
                DELETE FROM intake_page p USING unnest(?::text[], ?::int[]) AS o(request_id, number)
                WHERE p.request_id = o.request_id::uuid AND p.original_number = o.number
                RETURNING p.content_sha256, p.content_size""")
                .params(requests, originals)
                .query((rs, n) -> new ContentRef(rs.getString(1), rs.getLong(2))).list();
        references.deleteUnreferenced(store, scans);
    }
}
