package kz.certcopy.storage.cmis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.certcopy.certification.CertifiedCopies;
import kz.certcopy.certification.CertifiedCopyId;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import kz.certcopy.storage.ContentRef;
import kz.certcopy.storage.CopyDocumentKind;
import kz.certcopy.storage.CopyDocumentRef;
import kz.certcopy.storage.CopyDocuments;
import kz.certcopy.storage.VerifyingStream;
import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.QueryResult;
import org.apache.chemistry.opencmis.client.api.QueryStatement;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.data.ContentStream;
import org.apache.chemistry.opencmis.commons.enums.VersioningState;
import org.apache.chemistry.opencmis.commons.exceptions.CmisObjectNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@link CopyDocuments} in a CMIS 1.1 repository (Alfresco): each document of a copy is a {@code D:cc:certifiedCopy}
 * with {@code cc:copyId}, {@code cc:copyPart} and {@code cc:contentSha256}. It is created in
 * {@code /CertCopy/_incoming} and, when the copy's record is saved ({@link CmisCertifiedCopies}), gets the
 * {@code P:cc:applicant}, {@code P:cc:certification} and {@code P:cc:retention} properties and moves to
 * {@code /CertCopy/{center}/{yyyy}/{MM}}. Nothing half-stored: a rolled-back transaction deletes the documents it
 * created, and {@link #sweepOrphans} deletes incoming documents whose copy was never committed (node died).
 * Reads of a document deleted in Alfresco behind CertCopy's back fail with {@code CONTENT_MISSING} and leave a note
 * in the audit trail.
 */
public class CmisCopyDocuments implements CopyDocuments {

    static final String INCOMING = "_incoming";
    private static final Logger log = LoggerFactory.getLogger(CmisCopyDocuments.class);

    private final CmisRepository repo;
    private final CcIds ids;
    private final CertifiedCopies records;
    private final AuditNotes audit;
    private final Clock clock;

    public CmisCopyDocuments(CmisRepository repo, CertifiedCopies records, AuditNotes audit, Clock clock) {
        this.repo = repo;
        this.ids = repo.ids();
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public CopyDocumentRef store(CertifiedCopyId copy, CopyDocumentKind kind, InputStream content) {
        Path spool = null;
        try {
            // spooled so the size and SHA-256 are known before the upload (and the upload can be retried)
            spool = Files.createTempFile("certcopy-cmis", ".part");
            MessageDigest sha = sha256();
            Files.copy(new DigestInputStream(content, sha), spool, StandardCopyOption.REPLACE_EXISTING);
            String digest = HexFormat.of().formatHex(sha.digest());
            long size = Files.size(spool);
            Path file = spool;
            Document doc = repo.call(() -> create(copy, kind, digest, size, file));
            deleteOnRollback(doc.getVersionSeriesId());
            return new CopyDocumentRef(doc.getVersionSeriesId(), kind, digest, size);
        } catch (IOException e) {
            throw new CertCopyException("STORAGE_UNAVAILABLE", ErrorKind.UNAVAILABLE, e);
        } finally {
            deleteQuietly(spool);
        }
    }

    private Document create(CertifiedCopyId copy, CopyDocumentKind kind, String digest, long size, Path file) {
        Folder incoming = repo.folder(List.of(repo.settings().rootFolder(), INCOMING));
        Map<String, Object> props = new HashMap<>();
        props.put(PropertyIds.OBJECT_TYPE_ID, ids.copyType());
        props.put(PropertyIds.NAME, fileName(copy, kind));
        props.put(ids.copyId(), copy.toString());
        props.put(ids.copyPart(), kind.name());
        props.put(ids.contentSha256(), digest);
        try (InputStream in = Files.newInputStream(file)) {
            ContentStream stream = repo.session().getObjectFactory()
                    .createContentStream(fileName(copy, kind), size, kind.mediaType(), in);
            return incoming.createDocument(props, stream, VersioningState.MAJOR);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String fileName(CertifiedCopyId copy, CopyDocumentKind kind) {
        return copy + (kind == CopyDocumentKind.SIGNED_PDF ? ".pdf" : ".pdf.p7s");
    }

    @Override
    public List<CopyDocumentRef> list(CertifiedCopyId copy) {
        return repo.call(() -> {
            List<CopyDocumentRef> out = new ArrayList<>();
            for (Document d : documentsOf(copy)) {
                out.add(new CopyDocumentRef(d.getVersionSeriesId(),
                        CopyDocumentKind.valueOf(d.getPropertyValue(ids.copyPart())),
                        d.getPropertyValue(ids.contentSha256()), d.getContentStreamLength()));
            }
            out.sort(java.util.Comparator.comparing(r -> r.kind().name()));
            return out;
        });
    }

    /** The current version of every document of the copy, found by query on {@code cc:copyId}. */
    List<Document> documentsOf(CertifiedCopyId copy) {
        Session s = repo.session();
        QueryStatement q = s.createQueryStatement("SELECT cmis:objectId FROM " + CcIds.queryName(ids.copyType())
                + " WHERE " + ids.copyId() + " = ?");
        q.setString(1, copy.toString());
        List<Document> docs = new ArrayList<>();
        for (QueryResult r : q.query(false)) {
            String id = r.getPropertyValueById(PropertyIds.OBJECT_ID);
            repo.find(id).filter(Document.class::isInstance).map(Document.class::cast).ifPresent(docs::add);
        }
        return docs;
    }

    @Override
    public InputStream open(CopyDocumentRef ref) {
        return repo.call(() -> {
            Document doc;
            try {
                doc = repo.session().getLatestDocumentVersion(ref.id());
            } catch (CmisObjectNotFoundException e) {
                throw missing(ref, e);
            }
            ContentStream stream = doc.getContentStream();
            if (stream == null || stream.getStream() == null) {
                throw missing(ref, null);
            }
            return new VerifyingStream(stream.getStream(), new ContentRef(ref.sha256(), ref.size()));
        });
    }

    private CertCopyException missing(CopyDocumentRef ref, Exception cause) {
        audit.contentMissing("cmis:" + ref.id());
        return new CertCopyException("CONTENT_MISSING", ErrorKind.UNAVAILABLE, cause);
    }

    /**
     * Deletes every version of every document of the copy, after the caller's transaction commits (now, outside a
     * transaction). A document under legal hold in the repository ({@code cc:legalHold}, which may have been set in
     * Alfresco itself) stops the whole disposal with {@code LEGAL_HOLD}.
     */
    @Override
    public int deleteAll(CertifiedCopyId copy) {
        List<Document> docs = repo.call(() -> documentsOf(copy));
        for (Document d : docs) {
            if (Boolean.TRUE.equals(d.getPropertyValue(ids.legalHold()))) {
                throw new CertCopyException("LEGAL_HOLD", ErrorKind.CONFLICT);
            }
        }
        List<String> series = docs.stream().map(Document::getVersionSeriesId).toList();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    series.forEach(CmisCopyDocuments.this::deleteQuietly);
                }
            });
        } else {
            repo.call(() -> {
                series.forEach(this::deleteAllVersions);
                return null;
            });
        }
        return docs.size();
    }

    /** Incoming documents older than {@code grace} whose copy has no committed record are deleted. */
    @Override
    public int sweepOrphans(Duration grace) {
        Instant cutoff = clock.instant().minus(grace);
        return repo.call(() -> {
            Folder incoming = repo.folder(List.of(repo.settings().rootFolder(), INCOMING));
            int deleted = 0;
            for (CmisObject o : incoming.getChildren()) {
                if (!(o instanceof Document d) || d.getCreationDate() == null
                        || !d.getCreationDate().toInstant().isBefore(cutoff)) {
                    continue;
                }
                String copyId = d.getPropertyValue(ids.copyId());
                if (copyId == null || !committed(copyId)) {
                    deleteAllVersions(d.getVersionSeriesId());
                    deleted++;
                }
            }
            return deleted;
        });
    }

    private boolean committed(String copyId) {
        try {
            return records.find(new CertifiedCopyId(UUID.fromString(copyId))).isPresent();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void deleteOnRollback(String versionSeriesId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    deleteQuietly(versionSeriesId);
                }
            }
        });
    }

    private void deleteAllVersions(String versionSeriesId) {
        try {
            repo.session().getLatestDocumentVersion(versionSeriesId).delete(true);
        } catch (CmisObjectNotFoundException gone) {
            // already deleted: disposal is idempotent
        }
    }

    private void deleteQuietly(String versionSeriesId) {
        try {
            repo.call(() -> {
                deleteAllVersions(versionSeriesId);
                return null;
            });
        } catch (RuntimeException e) {
            log.warn("A CMIS document could not be deleted now; the sweep at start-up will remove it");
        }
    }

    static GregorianCalendar calendar(Instant i) {
        GregorianCalendar c = new GregorianCalendar(java.util.TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(i.toEpochMilli());
        return c;
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a temp file left behind is harmless
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
