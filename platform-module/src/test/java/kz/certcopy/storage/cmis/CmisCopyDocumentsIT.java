package kz.certcopy.storage.cmis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import kz.certcopy.IntegrationTest;
import kz.certcopy.certification.CertificationRequestId;
import kz.certcopy.certification.CertificationRequests;
import kz.certcopy.certification.CertifiedCopies;
import kz.certcopy.certification.CertifiedCopy;
import kz.certcopy.certification.CertifiedCopyId;
import kz.certcopy.certification.DocumentDigest;
import kz.certcopy.certification.SignerInfo;
import kz.certcopy.certification.UnitOfWork;
import kz.certcopy.copies.TestIins;
import kz.certcopy.retention.RetentionPolicy;
import kz.certcopy.storage.CopyDocumentKind;
import kz.certcopy.storage.CopyDocumentRef;
import kz.certcopy.storage.CopyDocuments;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.commons.exceptions.CmisObjectNotFoundException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The platform with {@code certcopy.storage=cmis} against a real CMIS server: the OpenCMIS InMemory repository
 * over HTTP (browser binding) in Tomcat 9, with the cc: types as Alfresco exposes them. What the repository holds is
 * checked through an independent CMIS session, as an Alfresco user would see it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CmisCopyDocumentsIT extends IntegrationTest {

    private static final CmisTestServer SERVER = CmisSessions.serverWithModel();

    @DynamicPropertySource
    static void cmis(DynamicPropertyRegistry r) {
        CmisSessions.useCmisBackend(r, SERVER);
    }

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Autowired
    CertifiedCopies copies;
    @Autowired
    CopyDocuments documents;
    @Autowired
    CertificationRequests requests;
    @Autowired
    UnitOfWork tx;
    @Autowired
    JdbcClient jdbc;

    private final Session alfresco = CmisSessions.open(SERVER.browserUrl());
    private final String iin = TestIins.next();

    private CertifiedCopy newCopy(int original, Instant at) {
        var request = requests.find(CertificationRequestId.parse(registerFor(iin))).orElseThrow();
        DocumentDigest d = new DocumentDigest("ab".repeat(32), 10);
        return CertifiedCopy.certified(CertifiedCopyId.random(), request, original,
                new SignerInfo("almaty.clerk1", "123456789012", "ТЕСТТОВ ТЕСТТ", "1.2.398.3.10.1.1.2.3.2", "179f",
                        "CN=НУЦ РК (GOST) TEST 2022"), at, RetentionPolicy.sixMonths().retainUntil(at), d, d,
                CertifiedCopy.newVerificationCode());
    }

    private List<CopyDocumentRef> certify(CertifiedCopy copy, byte[] pdf, byte[] p7s) {
        return tx.inTransaction(() -> {
            CopyDocumentRef a = documents.store(copy.id(), CopyDocumentKind.SIGNED_PDF, new ByteArrayInputStream(pdf));
            CopyDocumentRef b = documents.store(copy.id(), CopyDocumentKind.SIGNATURE, new ByteArrayInputStream(p7s));
            copies.save(copy);
            return List.of(a, b);
        });
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @Order(1)
    void aCertifiedCopyIsAFirstClassAlfrescoDocumentFiledByCenterAndMonth() throws Exception {
        CertifiedCopy copy = newCopy(1, Instant.parse("2026-11-30T20:00:00Z")); // 1 December in Almaty
        byte[] pdf = bytes("%PDF-1.7 signed " + copy.id());
        List<CopyDocumentRef> refs = certify(copy, pdf, bytes("p7s " + copy.id()));

        assertThat(documents.list(copy.id())).containsExactlyInAnyOrderElementsOf(refs);
        try (InputStream in = documents.open(refs.get(0))) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        Document doc = (Document) alfresco.getObjectByPath("/CertCopy/almaty-1/2026/12/" + copy.id() + ".pdf");
        assertThat(doc.getType().getId()).isEqualTo("D:cc:certifiedCopy");
        assertThat(doc.getSecondaryTypes()).extracting(t -> t.getId())
                .containsExactlyInAnyOrder("P:cc:applicant", "P:cc:certification", "P:cc:retention");
        assertThat((String) doc.getPropertyValue("cc:applicantId")).isEqualTo(iin);
        assertThat((String) doc.getPropertyValue("cc:applicantKind")).isEqualTo("INDIVIDUAL");
        assertThat((String) doc.getPropertyValue("cc:requestId")).isEqualTo(copy.requestId().toString());
        assertThat((String) doc.getPropertyValue("cc:clerkIin")).isEqualTo("123456789012");
        assertThat((String) doc.getPropertyValue("cc:signerCertIssuer")).isEqualTo("CN=НУЦ РК (GOST) TEST 2022");
        assertThat((String) doc.getPropertyValue("cc:copyPart")).isEqualTo("SIGNED_PDF");
        assertThat((Boolean) doc.getPropertyValue("cc:legalHold")).isFalse();
        assertThat(((java.util.GregorianCalendar) doc.getPropertyValue("cc:retainUntil")).toInstant())
                .isEqualTo(copy.retainUntil());
        assertThat(alfresco.getObjectByPath("/CertCopy/almaty-1/2026/12/" + copy.id() + ".pdf.p7s")).isNotNull();

        // ministries look copies up by IIN/BIN with a CMIS query
        var query = alfresco.createQueryStatement("SELECT d.cc:copyId FROM cc:certifiedCopy AS d JOIN cc:applicant AS a"
                + " ON d.cmis:objectId = a.cmis:objectId WHERE a.cc:applicantId = ?");
        query.setString(1, iin);
        assertThat(query.query(false)).hasSize(2);
        assertThat(((CmisCertifiedCopies) copies).copyIdsInRepository(iin)).containsExactly(copy.id().toString());
    }

    @Test
    @Order(2)
    void aRolledBackCertificationLeavesNoDocumentInTheRepository() {
        CertifiedCopy copy = newCopy(1, Instant.parse("2026-12-01T05:00:00Z"));
        assertThatThrownBy(() -> tx.inTransaction(() -> {
            documents.store(copy.id(), CopyDocumentKind.SIGNED_PDF, new ByteArrayInputStream(bytes("%PDF rb")));
            throw new IllegalStateException("crash before commit");
        })).hasMessageContaining("crash");
        assertThat(documents.list(copy.id())).isEmpty();
        assertThat(copies.find(copy.id())).isEmpty();
    }

    @Test
    @Order(3)
    void disposalDeletesTheDocumentsAndALegalHoldSetInAlfrescoStopsIt() {
        CertifiedCopy copy = newCopy(1, Instant.parse("2026-12-01T05:00:00Z"));
        List<CopyDocumentRef> refs = certify(copy, bytes("%PDF v1"), bytes("p7s v1"));
        // a records officer puts the copy on hold in Alfresco itself
        alfresco.getLatestDocumentVersion(refs.get(1).id()).updateProperties(Map.of("cc:legalHold", true));
        assertThatThrownBy(() -> tx.inTransaction(() -> documents.deleteAll(copy.id())))
                .extracting("code").isEqualTo("LEGAL_HOLD");
        assertThat(documents.list(copy.id())).hasSize(2);

        alfresco.getLatestDocumentVersion(refs.get(1).id()).updateProperties(Map.of("cc:legalHold", false));
        assertThat(tx.inTransaction(() -> documents.deleteAll(copy.id()))).isEqualTo(2);
        assertThat(documents.list(copy.id())).isEmpty();
        for (CopyDocumentRef r : refs) {
            assertThatThrownBy(() -> alfresco.getLatestDocumentVersion(r.id()))
                    .isInstanceOf(CmisObjectNotFoundException.class);
        }
    }

    @Test
    @Order(4)
    void aDocumentDeletedBehindOurBackIsContentMissingAndAudited() {
        CertifiedCopy copy = newCopy(1, Instant.parse("2026-12-01T05:00:00Z"));
        List<CopyDocumentRef> refs = certify(copy, bytes("%PDF gone"), bytes("p7s gone"));
        alfresco.getLatestDocumentVersion(refs.get(0).id()).delete(true);

        assertThatThrownBy(() -> documents.open(refs.get(0))).extracting("code").isEqualTo("CONTENT_MISSING");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'CONTENT_MISSING' AND object_ref = ?")
                .param("cmis:" + refs.get(0).id()).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    @Order(5)
    void documentsOfACopyThatWasNeverCommittedAreSweptAtStart() {
        CertifiedCopyId neverSaved = CertifiedCopyId.random();
        // stored outside any transaction, as if the node died before its commit
        CopyDocumentRef orphan = documents.store(neverSaved, CopyDocumentKind.SIGNED_PDF,
                new ByteArrayInputStream(bytes("%PDF orphan")));
        CertifiedCopy kept = newCopy(1, Instant.parse("2026-12-01T05:00:00Z"));
        certify(kept, bytes("%PDF kept"), bytes("p7s kept"));

        // a grace reaching past now (the test clock is not the repository's clock) takes every old-enough orphan
        int swept = documents.sweepOrphans(Duration.ofDays(-3650));
        assertThat(swept).isGreaterThanOrEqualTo(1);
        assertThatThrownBy(() -> alfresco.getLatestDocumentVersion(orphan.id()))
                .isInstanceOf(CmisObjectNotFoundException.class);
        assertThat(documents.list(kept.id())).hasSize(2);
    }

    @Test
    @Order(99)
    void aRepositoryThatIsDownFailsCertificationCleanlyWithNothingStored() {
        CertifiedCopy copy = newCopy(1, Instant.parse("2026-12-01T05:00:00Z"));
        SERVER.stopAnswering();
        assertThatThrownBy(() -> certify(copy, bytes("%PDF down"), bytes("p7s down")))
                .extracting("code").isEqualTo("STORAGE_UNAVAILABLE");
        assertThat(copies.find(copy.id())).isEmpty();
    }
}
