package kz.certcopy.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;

/**
 * The notice is made to be signed afterwards: a PAdES signature added as an incremental update (as the signing
 * engine will, with PDFBox) verifies with poppler's pdfsig, and the signed file is still PDF/A-2b.
 */
class RefusalNoticeSigningTest {

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void anIncrementalPadesSignatureVerifiesAndKeepsPdfA() throws Exception {
        ByteArrayOutputStream notice = new ByteArrayOutputStream();
        new RefusalNotice(FormsTestData.CLOCK).render(FormsTestData.refusal(FormLanguage.KK, 3), notice);
        TestSigner signer = TestSigner.create(FormsTestData.CLOCK.instant());

        ByteArrayOutputStream signed = new ByteArrayOutputStream();
        try (PDDocument document = Loader.loadPDF(notice.toByteArray())) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName("Test clerk");
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            when.setTimeInMillis(FormsTestData.CLOCK.millis());
            signature.setSignDate(when);
            document.addSignature(signature, content -> {
                try {
                    return signer.detached(content.readAllBytes());
                } catch (Exception e) {
                    throw new java.io.IOException(e);
                }
            });
            document.saveIncremental(signed);
        }
        Path pdf = PdfTools.save("refusal-kk-signed.pdf", signed.toByteArray());

        String report = PdfTools.ok("pdfsig", pdf.toString()).stdout();
        assertThat(report).contains("Signature #1").contains("Signature is Valid")
                .contains("ETSI.CAdES.detached").contains("Total document signed");
        assertThat(PdfTools.text(pdf)).contains("Құжаттардың электрондық көшірмелерін растаудан бас тарту туралы хабарлама");
        PdfTools.qpdfCheck(pdf);
        PdfaConformanceTest.assertPdfA2b(signed.toByteArray());
    }
}
