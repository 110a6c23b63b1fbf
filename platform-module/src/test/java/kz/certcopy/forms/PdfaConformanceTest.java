package kz.certcopy.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Each document is PDF/A-2b as veraPDF (the reference validator) judges it. */
class PdfaConformanceTest {

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void consentIsPdfA2b() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ConsentForm(FormsTestData.CLOCK).render(FormsTestData.consent(FormLanguage.KK, 30), out);
        assertPdfA2b(out.toByteArray());
    }

    @Test
    void refusalNoticeIsPdfA2b() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RefusalNotice(FormsTestData.CLOCK).render(FormsTestData.refusal(FormLanguage.RU, 5), out);
        assertPdfA2b(out.toByteArray());
    }

    @Test
    void verificationSheetIsPdfA2b() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new VerificationSheet(FormsTestData.CLOCK).render(new VerificationSheetData(FormsTestData.copy(),
                VerificationSheetTest.SHA256, FormsTestData.ALMATY), out);
        assertPdfA2b(out.toByteArray());
    }

    /** The check can fail: the same kind of page without the PDF/A parts is rejected. */
    @Test
    void aPlainPdfIsNotPdfA2b() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (org.apache.pdfbox.pdmodel.PDDocument plain = new org.apache.pdfbox.pdmodel.PDDocument()) {
            plain.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            plain.save(out);
        }
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(out.toByteArray()),
                PDFAFlavour.PDFA_2_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            assertThat(validator.validate(parser).isCompliant()).isFalse();
        }
    }

    static void assertPdfA2b(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf));
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            assertThat(parser.getFlavour()).isEqualTo(PDFAFlavour.PDFA_2_B);
            ValidationResult result = validator.validate(parser);
            String failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": "
                            + a.getMessage())
                    .distinct().collect(Collectors.joining("\n"));
            assertThat(result.isCompliant()).as(failures).isTrue();
        }
    }
}
