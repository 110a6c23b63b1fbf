package kz.certcopy.storage.cmis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.certcopy.center.ServiceCenter;
import kz.certcopy.center.ServiceCenters;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import kz.certcopy.storage.ContentRef;
import kz.certcopy.storage.RefusalNoticeContent;
import kz.certcopy.storage.RefusalNotices;
import kz.certcopy.storage.VerifyingStream;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.data.ContentStream;
import org.apache.chemistry.opencmis.commons.enums.VersioningState;
import org.apache.chemistry.opencmis.commons.exceptions.CmisObjectNotFoundException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Refusal notices as {@code D:cc:refusal} documents with {@code P:cc:applicant}, {@code P:cc:certification} and
 * {@code P:cc:retention}, filed directly under {@code /CertCopy/{center}/{yyyy}/{MM}} (month of the refusal in the
 * centers' zone). Created in the caller's transaction and deleted if it rolls back; a notice deleted in Alfresco is
 * {@code CONTENT_MISSING} with a note in the audit trail.
 */
public class CmisRefusalNoticeContent implements RefusalNoticeContent {

    private final CmisRepository repo;
    private final CcIds ids;
    private final ServiceCenters centers;
    private final AuditNotes audit;
    private final ZoneId zone;

    public CmisRefusalNoticeContent(CmisRepository repo, ServiceCenters centers, AuditNotes audit, ZoneId zone) {
        this.repo = repo;
        this.ids = repo.ids();
        this.centers = centers;
        this.audit = audit;
        this.zone = zone;
    }

    @Override
    public String put(RefusalNotices.Notice notice, byte[] pdf, String sha256) {
        Document doc = repo.call(() -> create(notice, pdf, sha256));
        String series = doc.getVersionSeriesId();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        discard(series);
                    }
                }
            });
        }
        return series;
    }

    private Document create(RefusalNotices.Notice n, byte[] pdf, String sha256) {
        ZonedDateTime at = n.refusedAt().atZone(zone);
        Folder folder = repo.folder(List.of(repo.settings().rootFolder(), n.centerId(),
                String.format("%04d", at.getYear()), String.format("%02d", at.getMonthValue())));
        String name = "refusal-" + n.request() + "-" + n.refusals() + "-" + n.language() + ".pdf";
        Map<String, Object> p = new HashMap<>();
        p.put(PropertyIds.OBJECT_TYPE_ID, ids.refusalType());
        p.put(PropertyIds.NAME, name);
        p.put(PropertyIds.SECONDARY_OBJECT_TYPE_IDS,
                new ArrayList<>(List.of(ids.applicantAspect(), ids.certificationAspect(), ids.retentionAspect())));
        p.put(ids.refusalId(), n.request() + "/" + n.refusals() + "/" + n.language());
        p.put(ids.refusalGround(), new ArrayList<>(n.grounds()));
        p.put(ids.applicantId(), n.applicantId());
        p.put(ids.applicantKind(), n.applicantKind());
        p.put(ids.centerId(), n.centerId());
        centers.find(n.centerId()).map(ServiceCenter::nameKk).ifPresent(c -> p.put(ids.centerName(), c));
        p.put(ids.clerkName(), n.clerkName());
        p.put(ids.certifiedAt(), CmisCopyDocuments.calendar(n.refusedAt()));
        p.put(ids.requestId(), n.request().toString());
        p.put(ids.signedPdfSha256(), sha256);
        p.put(ids.retainUntil(), CmisCopyDocuments.calendar(n.retainUntil()));
        p.put(ids.legalHold(), false);
        ContentStream stream = repo.session().getObjectFactory().createContentStream(name, pdf.length,
                "application/pdf", new ByteArrayInputStream(pdf));
        return folder.createDocument(p, stream, VersioningState.MAJOR);
    }

    @Override
    public byte[] read(String document, ContentRef ref) {
        return repo.call(() -> {
            Document doc;
            try {
                doc = repo.session().getLatestDocumentVersion(document);
            } catch (CmisObjectNotFoundException e) {
                throw missing(document, e);
            }
            ContentStream stream = doc.getContentStream();
            if (stream == null || stream.getStream() == null) {
                throw missing(document, null);
            }
            try (InputStream in = new VerifyingStream(stream.getStream(), ref)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new CertCopyException("STORAGE_UNAVAILABLE", ErrorKind.UNAVAILABLE, e);
            }
        });
    }

    private CertCopyException missing(String document, Exception cause) {
        audit.contentMissing("cmis:" + document);
        return new CertCopyException("CONTENT_MISSING", ErrorKind.UNAVAILABLE, cause);
    }

    @Override
    public void discard(String document) {
        try {
            repo.call(() -> {
                repo.session().getLatestDocumentVersion(document).delete(true);
                return null;
            });
        } catch (CertCopyException | CmisObjectNotFoundException e) {
            // already gone, or the repository is down: an unreferenced notice harms nothing
        }
    }
}
