package kz.certcopy.storage.cmis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kz.certcopy.IntegrationTest;
import kz.certcopy.certification.CertificationRequestId;
import kz.certcopy.certification.UnitOfWork;
import kz.certcopy.copies.TestIins;
import kz.certcopy.storage.RefusalNotices;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.client.api.SecondaryType;
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
 * Refusal notices with {@code certcopy.storage=cmis} against the OpenCMIS InMemory server: a {@code D:cc:refusal}
 * with its aspects and facts in {@code /CertCopy/{center}/{yyyy}/{MM}}, found by applicant with a CMIS query, served
 * byte for byte; nothing left after a rollback; deleted behind our back → CONTENT_MISSING; repository down →
 * STORAGE_UNAVAILABLE.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CmisRefusalNoticesIT extends IntegrationTest {

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
    RefusalNotices notices;
    @Autowired
    UnitOfWork tx;
    @Autowired
    JdbcClient jdbc;

    private final Session alfresco = CmisSessions.open(SERVER.browserUrl());
    private final String iin = TestIins.next();

    private RefusalNotices.Notice notice(CertificationRequestId request) {
        Instant at = Instant.parse("2026-11-30T20:30:00Z"); // 1 December in Almaty
        return new RefusalNotices.Notice(request, 1, "kk", iin, "INDIVIDUAL", "almaty-1", "almaty.clerk1",
                "Тесттов Тест", at, Instant.parse("2027-06-01T00:00:00Z"), List.of("PENCIL", "ERASURES"));
    }

    private List<Document> refusalsOf(String applicant) {
        var q = alfresco.createQueryStatement("SELECT d.cmis:objectId FROM cc:refusal AS d JOIN cc:applicant AS a"
                + " ON d.cmis:objectId = a.cmis:objectId WHERE a.cc:applicantId = ?");
        q.setString(1, applicant);
        List<Document> docs = new ArrayList<>();
        q.query(false).forEach(r -> docs.add((Document) alfresco.getObject(
                (String) r.getPropertyValueById("cmis:objectId"))));
        return docs;
    }

    @Test
    @Order(1)
    void aStoredNoticeIsARefusalDocumentWithItsFactsAndIsServedByteForByte() throws Exception {
        CertificationRequestId request = CertificationRequestId.parse(registerFor(iin));
        byte[] pdf = "%PDF-1.7 signed notice".getBytes(StandardCharsets.US_ASCII);
        tx.inTransaction(() -> notices.store(notice(request), pdf, true));

        Document doc = refusalsOf(iin).stream().reduce((a, b) -> {
            throw new AssertionError("one notice expected");
        }).orElseThrow();
        assertThat(doc.getType().getId()).isEqualTo("D:cc:refusal");
        assertThat(doc.getSecondaryTypes()).extracting(SecondaryType::getId)
                .contains("P:cc:applicant", "P:cc:certification", "P:cc:retention");
        assertThat(doc.getPaths()).singleElement().asString().startsWith("/CertCopy/almaty-1/2026/12/");
        assertThat((String) doc.getPropertyValue("cc:applicantKind")).isEqualTo("INDIVIDUAL");
        assertThat((String) doc.getPropertyValue("cc:centerId")).isEqualTo("almaty-1");
        assertThat((String) doc.getPropertyValue("cc:clerkName")).isEqualTo("Тесттов Тест");
        assertThat((String) doc.getPropertyValue("cc:requestId")).isEqualTo(request.toString());
        assertThat((List<Object>) doc.getPropertyValue("cc:refusalGround")).containsExactly("PENCIL", "ERASURES");
        assertThat(((java.util.GregorianCalendar) doc.getPropertyValue("cc:certifiedAt")).toInstant())
                .isEqualTo(Instant.parse("2026-11-30T20:30:00Z"));
        assertThat(((java.util.GregorianCalendar) doc.getPropertyValue("cc:retainUntil")).toInstant())
                .isEqualTo(Instant.parse("2027-06-01T00:00:00Z"));
        assertThat((String) doc.getPropertyValue("cc:signedPdfSha256"))
                .isEqualTo("%064x".formatted(new java.math.BigInteger(1,
                        java.security.MessageDigest.getInstance("SHA-256").digest(pdf))));
        try (InputStream in = doc.getContentStream().getStream()) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        RefusalNotices.Stored served = notices.find(request, 1, "kk").orElseThrow();
        assertThat(served.pdf()).isEqualTo(pdf);
        assertThat(served.signed()).isTrue();
    }

    @Test
    @Order(2)
    void aRolledBackStoreLeavesNoDocument() {
        CertificationRequestId request = CertificationRequestId.parse(registerFor(iin));
        assertThatThrownBy(() -> tx.inTransaction(() -> {
            notices.store(notice(request), "%PDF-1.7 rolled back".getBytes(StandardCharsets.US_ASCII), true);
            throw new IllegalStateException("fails after the store");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(refusalsOf(iin)).isEmpty();
        assertThat(notices.find(request, 1, "kk")).isEmpty();
    }

    @Test
    @Order(3)
    void aNoticeDeletedInTheRepositoryIsContentMissingAndAudited() {
        CertificationRequestId request = CertificationRequestId.parse(registerFor(iin));
        tx.inTransaction(() -> notices.store(notice(request), "%PDF gone".getBytes(StandardCharsets.US_ASCII), true));
        Document doc = refusalsOf(iin).get(0);
        String series = doc.getVersionSeriesId();
        doc.delete(true);

        assertThatThrownBy(() -> notices.find(request, 1, "kk")).extracting("code").isEqualTo("CONTENT_MISSING");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'CONTENT_MISSING' AND object_ref = ?")
                .param("cmis:" + series).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    @Order(99)
    void aRepositoryThatIsDownFailsCleanlyWithNothingRecorded() {
        CertificationRequestId request = CertificationRequestId.parse(registerFor(iin));
        SERVER.stopAnswering();
        assertThatThrownBy(() -> tx.inTransaction(() -> notices.store(notice(request),
                "%PDF down".getBytes(StandardCharsets.US_ASCII), true)))
                .extracting("code").isEqualTo("STORAGE_UNAVAILABLE");
        assertThat(jdbc.sql("SELECT count(*) FROM refusal_notice WHERE request_id = ?").param(request.value())
                .query(Long.class).single()).isZero();
    }
}
