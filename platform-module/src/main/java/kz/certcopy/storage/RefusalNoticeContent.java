package kz.certcopy.storage;

/** Where the bytes of refusal notices live, for {@link JdbcRefusalNotices}: the content store or a CMIS repository. */
public interface RefusalNoticeContent {

    /** Stores the PDF; returns the document's address. Called in the caller's transaction; undone on rollback. */
    String put(RefusalNotices.Notice notice, byte[] pdf, String sha256);

    /** The bytes; {@code CONTENT_MISSING} (audited) when they are gone. */
    byte[] read(String document, ContentRef ref);

    /** Removes a document that lost the race for its key. */
    void discard(String document);

    /** The content store: write-once by SHA-256, so a rollback leaves only unreferenced bytes the sweep removes. */
    static RefusalNoticeContent of(ContentStore store) {
        return new RefusalNoticeContent() {
            @Override
            public String put(RefusalNotices.Notice notice, byte[] pdf, String sha256) {
                try {
                    return store.put(new java.io.ByteArrayInputStream(pdf)).sha256();
                } catch (java.io.IOException e) {
                    throw new kz.certcopy.common.CertCopyException("STORAGE_UNAVAILABLE",
                            kz.certcopy.common.ErrorKind.UNAVAILABLE, e);
                }
            }

            @Override
            public byte[] read(String document, ContentRef ref) {
                try (java.io.InputStream in = store.open(ref)) {
                    return in.readAllBytes();
                } catch (java.io.IOException e) {
                    throw new kz.certcopy.common.CertCopyException("CONTENT_MISSING",
                            kz.certcopy.common.ErrorKind.UNAVAILABLE, e);
                }
            }

            @Override
            public void discard(String document) {
                // content-addressed: identical bytes share one file, nothing to remove
            }
        };
    }
}
