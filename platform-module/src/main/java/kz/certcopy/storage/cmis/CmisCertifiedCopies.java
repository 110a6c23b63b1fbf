package kz.certcopy.storage.cmis;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.certcopy.center.ServiceCenter;
import kz.certcopy.center.ServiceCenters;
import kz.certcopy.certification.CertificationRequestId;
import kz.certcopy.certification.CertifiedCopies;
import kz.certcopy.certification.CertifiedCopy;
import kz.certcopy.certification.CertifiedCopyId;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.QueryResult;
import org.apache.chemistry.opencmis.client.api.QueryStatement;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.PropertyIds;

/**
 * The copies' records stay in PostgreSQL (the system of record, {@code delegate}); every save also writes the
 * copy's facts onto its documents in the repository, so an Alfresco user sees a complete certified copy: the
 * aspects {@code P:cc:applicant}, {@code P:cc:certification}, {@code P:cc:retention} with their values, filed under
 * {@code /CertCopy/{center}/{yyyy}/{MM}} (month of certification in the centers' zone). Runs in the caller's
 * transaction: if the repository fails, the save fails and the transaction rolls back (and with it the documents).
 */
public class CmisCertifiedCopies implements CertifiedCopies {

    private final CertifiedCopies delegate;
    private final CmisCopyDocuments documents;
    private final CmisRepository repo;
    private final CcIds ids;
    private final ServiceCenters centers;
    private final ZoneId zone;

    public CmisCertifiedCopies(CertifiedCopies delegate, CmisCopyDocuments documents, CmisRepository repo,
                               ServiceCenters centers, ZoneId zone) {
        this.delegate = delegate;
        this.documents = documents;
        this.repo = repo;
        this.ids = repo.ids();
        this.centers = centers;
        this.zone = zone;
    }

    @Override
    public void save(CertifiedCopy copy) {
        delegate.save(copy);
        if (copy.active()) {
            repo.call(() -> {
                mirror(copy);
                return null;
            });
        }
    }

    private void mirror(CertifiedCopy copy) {
        ZonedDateTime at = copy.certifiedAt().atZone(zone);
        Folder target = repo.folder(List.of(repo.settings().rootFolder(), copy.centerId(),
                String.format("%04d", at.getYear()), String.format("%02d", at.getMonthValue())));
        Map<String, Object> props = properties(copy);
        for (Document d : documents.documentsOf(copy.id())) {
            d.updateProperties(props, false);
            Document current = repo.session().getLatestDocumentVersion(d.getVersionSeriesId());
            List<Folder> parents = current.getParents();
            if (parents.size() == 1 && !parents.get(0).getId().equals(target.getId())) {
                current.move(parents.get(0), target);
            }
        }
    }

    private Map<String, Object> properties(CertifiedCopy copy) {
        Map<String, Object> p = new HashMap<>();
        p.put(PropertyIds.SECONDARY_OBJECT_TYPE_IDS,
                new ArrayList<>(List.of(ids.applicantAspect(), ids.certificationAspect(), ids.retentionAspect())));
        p.put(ids.originalNumber(), java.math.BigInteger.valueOf(copy.originalNumber()));
        p.put(ids.applicantId(), copy.applicantId());
        p.put(ids.applicantKind(), copy.applicantKind().name());
        p.put(ids.centerId(), copy.centerId());
        p.put(ids.clerkName(), copy.signer().clerkName());
        p.put(ids.clerkIin(), copy.signer().clerkIin());
        p.put(ids.certifiedAt(), CmisCopyDocuments.calendar(copy.certifiedAt()));
        p.put(ids.consentId(), copy.consentId().toString());
        p.put(ids.requestId(), copy.requestId().toString());
        p.put(ids.signatureAlgorithm(), copy.signer().signatureAlgorithm());
        p.put(ids.signerCertSerial(), copy.signer().certificateSerial());
        p.put(ids.signerCertIssuer(), copy.signer().certificateIssuer());
        p.put(ids.signedPdfSha256(), copy.pdf().sha256());
        p.put(ids.retainUntil(), CmisCopyDocuments.calendar(copy.retainUntil()));
        p.put(ids.legalHold(), copy.legalHold());
        p.put(ids.holdReason(), copy.holdReason());
        centers.find(copy.centerId()).map(ServiceCenter::nameKk).ifPresent(n -> p.put(ids.centerName(), n));
        return p;
    }

    /**
     * Copies bound to an IIN/BIN according to the repository: the standard CMIS 1.1 join of the type with the
     * aspect that carries {@code cc:applicantId} (Alfresco keeps aspect properties on the aspect, not the type).
     * For cross-checking what Alfresco holds; lookups in CertCopy go to PostgreSQL.
     */
    public List<String> copyIdsInRepository(String applicantId) {
        return repo.call(() -> {
            Session s = repo.session();
            QueryStatement q = s.createQueryStatement("SELECT d." + ids.copyId() + " FROM "
                    + CcIds.queryName(ids.copyType()) + " AS d JOIN " + CcIds.queryName(ids.applicantAspect())
                    + " AS a ON d.cmis:objectId = a.cmis:objectId WHERE a." + ids.applicantId() + " = ?");
            q.setString(1, applicantId);
            List<String> out = new ArrayList<>();
            for (QueryResult r : q.query(false)) {
                String id = r.getPropertyValueById(ids.copyId()); // the only column selected
                if (id != null && !out.contains(id)) {
                    out.add(id);
                }
            }
            return out;
        });
    }

    @Override
    public Optional<CertifiedCopy> find(CertifiedCopyId id) {
        return delegate.find(id);
    }

    @Override
    public Optional<CertifiedCopy> findByOriginal(CertificationRequestId requestId, int originalNumber) {
        return delegate.findByOriginal(requestId, originalNumber);
    }

    @Override
    public List<CertifiedCopy> findActiveByApplicant(String applicantId, int offset, int limit) {
        return delegate.findActiveByApplicant(applicantId, offset, limit);
    }
}
