package kz.certcopy.storage;

import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which stored files are still referenced by a record: a scanned page, a copy document or a consent scan. Content is
 * SHA-256-addressed, so the same bytes uploaded for two records are one file; disposal deletes a file only when
 * nothing refers to it any more. One statement for a whole batch.
 */
public final class ContentReferences {

    private final JdbcClient jdbc;

    public ContentReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The subset of {@code sha256s} some record still points at (run after deleting the records of the batch). */
    public Set<String> stillUsed(Collection<String> sha256s) {
        if (sha256s.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                SELECT s FROM unnest(?::text[]) AS s
                WHERE EXISTS (SELECT 1 FROM intake_page WHERE content_sha256 = CAST(s AS char(64)))
                   OR EXISTS (SELECT 1 FROM copy_document WHERE sha256 = CAST(s AS char(64)))
                   OR EXISTS (SELECT 1 FROM consent_scan WHERE sha256 = CAST(s AS char(64)))""")
                .param(sha256s.toArray(String[]::new)).query(String.class).list());
    }

    /** Deletes those of {@code refs} no record points at any more: one reference query, one store call. */
    public void deleteUnreferenced(ContentStore store, Collection<ContentRef> refs) {
        List<ContentRef> distinct = refs.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return;
        }
        Set<String> used = stillUsed(distinct.stream().map(ContentRef::sha256).toList());
        try {
            store.deleteAll(distinct.stream().filter(r -> !used.contains(r.sha256())).toList());
        } catch (IOException e) {
            throw new CertCopyException("STORAGE_FAILED", ErrorKind.UNAVAILABLE, e);
        }
    }
}
