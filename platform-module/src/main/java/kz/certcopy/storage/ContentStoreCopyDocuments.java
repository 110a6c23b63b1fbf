package kz.certcopy.storage;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import kz.certcopy.certification.CertifiedCopyId;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link CopyDocuments} over the {@link ContentStore}: the bytes go to the content store, the copy → document
 * link to {@code copy_document}, both in the caller's transaction. A crash before commit leaves content without a
 * {@code content_object} row; {@link #sweepOrphans} runs the file store's sweep, which deletes it.
 */
public class ContentStoreCopyDocuments implements CopyDocuments {

    private final ContentStore store;
    private final JdbcClient jdbc;
    private final ContentReferences references;

    public ContentStoreCopyDocuments(ContentStore store, JdbcClient jdbc) {
        this.store = store;
        this.jdbc = jdbc;
        this.references = new ContentReferences(jdbc);
    }

    @Override
    public CopyDocumentRef store(CertifiedCopyId copy, CopyDocumentKind kind, InputStream content) {
        ContentRef ref;
        try {
            ref = store.put(content);
        } catch (IOException e) {
            throw new CertCopyException("STORAGE_FAILED", ErrorKind.UNAVAILABLE, e);
        }
        jdbc.sql("INSERT INTO copy_document (copy_id, kind, document_id, sha256, size) VALUES (?, ?, ?, ?, ?)")
                .params(copy.value(), kind.name(), ref.sha256(), ref.sha256(), ref.size()).update();
        return new CopyDocumentRef(ref.sha256(), kind, ref.sha256(), ref.size());
    }

    @Override
    public List<CopyDocumentRef> list(CertifiedCopyId copy) {
        return jdbc.sql("SELECT document_id, kind, sha256, size FROM copy_document WHERE copy_id = ? ORDER BY kind")
                .param(copy.value())
                .query((rs, n) -> new CopyDocumentRef(rs.getString(1), CopyDocumentKind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getLong(4))).list();
    }

    @Override
    public InputStream open(CopyDocumentRef ref) {
        try {
            return store.open(new ContentRef(ref.sha256(), ref.size()));
        } catch (CertCopyException e) {
            if ("CONTENT_NOT_FOUND".equals(e.code())) {
                throw new CertCopyException("CONTENT_MISSING", ErrorKind.UNAVAILABLE, e);
            }
            throw e;
        } catch (IOException e) {
            throw new CertCopyException("CONTENT_MISSING", ErrorKind.UNAVAILABLE, e);
        }
    }

    @Override
    public int deleteAll(CertifiedCopyId copy) {
        return deleteAll(List.of(copy));
    }

    /**
     * The batch's {@code copy_document} rows in one statement, then its files through one
     * {@link ContentStore#deleteAll}, except the files another record still points at (the same bytes stored for
     * another copy, a page or a consent scan).
     */
    @Override
    public int deleteAll(Collection<CertifiedCopyId> copies) {
        if (copies.isEmpty()) {
            return 0;
        }
        List<ContentRef> deleted = jdbc.sql(
                "DELETE FROM copy_document WHERE copy_id = ANY(?::uuid[]) RETURNING sha256, size")
                .param(copies.stream().map(c -> c.value().toString()).toArray(String[]::new))
                .query((rs, n) -> new ContentRef(rs.getString(1), rs.getLong(2))).list();
        references.deleteUnreferenced(store, deleted);
        return deleted.size();
    }

    @Override
    public int sweepOrphans(Duration grace) {
        if (!(store instanceof FileContentStore files)) {
            return 0;
        }
        try {
            return files.sweepOrphans(grace);
        } catch (IOException e) {
            throw new CertCopyException("STORAGE_FAILED", ErrorKind.UNAVAILABLE, e);
        }
    }
}
