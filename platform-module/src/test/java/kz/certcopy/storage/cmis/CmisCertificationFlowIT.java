package kz.certcopy.storage.cmis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import kz.certcopy.copies.CertificationFlowTest;
import kz.certcopy.storage.CopyDocuments;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole end-to-end certification flow ({@link CertificationFlowTest}) with the CMIS backend: the one property
 * {@code certcopy.storage=cmis} plus the repository's address, against the OpenCMIS InMemory server over HTTP with
 * the cc: types as Alfresco exposes them. Signed PDFs and signatures are written to and read back from it.
 */
class CmisCertificationFlowIT extends CertificationFlowTest {

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
    CopyDocuments documents;

    @Test
    void theCertifiedCopyIsInTheRepositoryWithItsFactsAndTheSameBytesTheApiServes() throws Exception {
        assertThat(documents).isInstanceOf(CmisCopyDocuments.class);
        Certified c = certifiedCopy("almaty.clerk1");

        Session alfresco = CmisSessions.open(SERVER.browserUrl());
        var q = alfresco.createQueryStatement("SELECT d.cmis:objectId FROM cc:certifiedCopy AS d JOIN cc:applicant AS a"
                + " ON d.cmis:objectId = a.cmis:objectId WHERE a.cc:applicantId = ?");
        q.setString(1, c.iin());
        List<Document> docs = new ArrayList<>();
        q.query(false).forEach(r -> docs.add((Document) alfresco.getObject(
                (String) r.getPropertyValueById("cmis:objectId"))));
        assertThat(docs).extracting(d -> (String) d.getPropertyValue("cc:copyPart"))
                .containsExactlyInAnyOrder("SIGNED_PDF", "SIGNATURE");
        Document pdf = docs.stream().filter(d -> "SIGNED_PDF".equals(d.getPropertyValue("cc:copyPart")))
                .findFirst().orElseThrow();
        assertThat((String) pdf.getPropertyValue("cc:copyId")).isEqualTo(c.id());
        assertThat((String) pdf.getPropertyValue("cc:requestId")).isEqualTo(c.requestId());
        assertThat(pdf.getPaths()).singleElement().asString().startsWith("/CertCopy/almaty-1/");

        byte[] stored;
        try (InputStream in = pdf.getContentStream().getStream()) {
            stored = in.readAllBytes();
        }
        assertThat(stored).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(stored)))
                .isEqualTo(pdf.getPropertyValue("cc:signedPdfSha256"))
                .isEqualTo(pdf.getPropertyValue("cc:contentSha256"));
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void assertRefusalNoticeStored(Certified c, byte[] pdf) throws Exception {
        super.assertRefusalNoticeStored(c, pdf);
        Session alfresco = CmisSessions.open(SERVER.browserUrl());
        var q = alfresco.createQueryStatement("SELECT d.cmis:objectId FROM cc:refusal AS d JOIN cc:applicant AS a"
                + " ON d.cmis:objectId = a.cmis:objectId WHERE a.cc:applicantId = ?");
        q.setString(1, c.iin());
        List<Document> docs = new ArrayList<>();
        q.query(false).forEach(r -> docs.add((Document) alfresco.getObject(
                (String) r.getPropertyValueById("cmis:objectId"))));
        assertThat(docs).singleElement().satisfies(d -> {
            assertThat((String) d.getPropertyValue("cc:requestId")).isEqualTo(c.requestId());
            // the original was refused on two grounds: both are on the multi-valued property, in the rule's order
            assertThat((List<Object>) d.getPropertyValue("cc:refusalGround"))
                    .containsExactly("PENCIL", "ILLEGIBLE_SEAL");
            assertThat(d.getPaths()).singleElement().asString().startsWith("/CertCopy/almaty-1/");
            try (InputStream in = d.getContentStream().getStream()) {
                assertThat(in.readAllBytes()).isEqualTo(pdf);
            }
        });
    }
}
