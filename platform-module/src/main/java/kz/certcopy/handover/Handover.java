package kz.certcopy.handover;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.certcopy.audit.AuditTrail;
import kz.certcopy.center.ServiceCenters;
import kz.certcopy.certification.CertifiedCopy;
import kz.certcopy.certification.CertifiedCopyId;
import kz.certcopy.certification.UnitOfWork;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import kz.certcopy.copies.CopyLinks;
import kz.certcopy.copies.CopyReads;
import kz.certcopy.forms.CertifiedCopyFacts;
import kz.certcopy.forms.HandoverManifest;
import kz.certcopy.forms.HandoverPackage;
import kz.certcopy.security.Actor;
import kz.certcopy.security.Role;
import kz.certcopy.storage.CopyDocumentKind;
import kz.certcopy.storage.CopyDocuments;

/**
 * Rule 7.3: the files handed to the applicant — a ZIP with the signed PDF, its .p7s, the verification sheet and a
 * manifest (forms' {@link HandoverPackage}) — downloaded, or written to the configured removable-media directory.
 * Every hand-over is audited.
 */
public final class Handover {

    private final CopyReads reads;
    private final CopyDocuments documents;
    private final HandoverPackage packages;
    private final CopyLinks links;
    private final AuditTrail audit;
    private final UnitOfWork tx;
    private final MediaDirectories media;
    private final ServiceCenters centers;

    public Handover(CopyReads reads, CopyDocuments documents, HandoverPackage packages, CopyLinks links,
                    AuditTrail audit, UnitOfWork tx, MediaDirectories media, ServiceCenters centers) {
        this.centers = centers;
        this.reads = reads;
        this.documents = documents;
        this.packages = packages;
        this.links = links;
        this.audit = audit;
        this.tx = tx;
        this.media = media;
    }

    /** Streams the package to {@code out}; returns its manifest. */
    public HandoverManifest download(Actor actor, CertifiedCopyId id, String reason, OutputStream out) {
        CertifiedCopy copy = reads.get(actor, id, reason, "COPY_PACKAGE_DOWNLOADED");
        try (InputStream pdf = documents.open(reads.document(id, CopyDocumentKind.SIGNED_PDF));
             InputStream p7s = documents.open(reads.document(id, CopyDocumentKind.SIGNATURE))) {
            return packages.write(facts(copy), pdf, p7s, out);
        } catch (IOException e) {
            throw new CertCopyException("HANDOVER_FAILED", ErrorKind.UNAVAILABLE, e);
        }
    }

    /** Whether a clerk of the center can write packages to a removable medium (none configured: not offered). */
    public boolean offersMedia(String centerId) {
        return centerId != null && media.of(centerId).isPresent();
    }

    /**
     * Writes {@code certcopy-<id>.zip} to the removable medium of the clerk's center; returns the file written.
     * Rule 8: a clerk of any center may hand over a copy again, another center's copy with a reason (one of the
     * clerk's requests for the same applicant, checked by {@link CopyReads}); the audit entry names the reason, and
     * the center handing it over is the entry's center. Disposed copies answer 410 {@code COPY_DISPOSED}.
     */
    public Path toMedia(Actor actor, CertifiedCopyId id, String reason) {
        if (!actor.has(Role.CLERK)) {
            throw new CertCopyException("ACCESS_DENIED", ErrorKind.FORBIDDEN);
        }
        Path mediaDirectory = media.of(actor.centerId())
                .orElseThrow(() -> new CertCopyException("HANDOVER_MEDIA_UNAVAILABLE", ErrorKind.UNAVAILABLE));
        CertifiedCopy copy = reads.get(actor, id, reason, "COPY_READ");
        String why = actor.canWork(copy.centerId()) || reason == null || reason.isBlank() ? ""
                : " reason:" + reason.strip();
        Path pdf = null;
        Path p7s = null;
        try {
            pdf = spool(reads.document(id, CopyDocumentKind.SIGNED_PDF));
            p7s = spool(reads.document(id, CopyDocumentKind.SIGNATURE));
            Path written = packages.writeToMedia(facts(copy), pdf, p7s, mediaDirectory);
            tx.inTransaction(() -> {
                audit.record(actor, "COPY_HANDED_OVER", "copy:" + id + why, copy.applicantId());
                return null;
            });
            return written;
        } catch (IOException e) {
            throw new CertCopyException("HANDOVER_MEDIA_UNAVAILABLE", ErrorKind.UNAVAILABLE, e);
        } finally {
            deleteQuietly(pdf);
            deleteQuietly(p7s);
        }
    }

    public CertifiedCopyFacts facts(CertifiedCopy copy) {
        return new CertifiedCopyFacts(copy.id().toString(), links.verificationUrl(copy.id(), copy.verificationCode()),
                copy.signer().clerkName() + ", " + centers.find(copy.centerId()).map(c -> c.nameKk())
                        .orElse(copy.centerId()), copy.certifiedAt(), copy.retainUntil());
    }

    private Path spool(kz.certcopy.storage.CopyDocumentRef ref) throws IOException {
        Path tmp = Files.createTempFile("certcopy-handover-", ".part");
        try (InputStream in = documents.open(ref)) {
            Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return tmp;
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a temporary file; the OS cleans its temp dir
            }
        }
    }
}
