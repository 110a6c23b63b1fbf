package kz.certcopy.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kz.certcopy.common.CertCopyException;

/** Text a clerk might paste: control characters, CJK the font lacks, a reason longer than a page. */
class HostileTextTest {

    @Test
    void aReasonLongerThanAPageIsSplitAndOddCharactersNeverBreakRendering() throws Exception {
        String token = "Ө".repeat(1500); // one "word" far wider than its column and taller than a page
        String reasons = ("Мөр\tтаңбасы\u0007 оқылмайды\r\nКүні түзетілген; 漢字 белгілері. " + token + " ")
                .repeat(2);
        reasons = reasons + "соңы".repeat((FormChecks.REASONS - reasons.length()) / 4);
        RefusedOriginal original = new RefusedOriginal(FormsTestData.documents(1).get(0),
                EnumSet.of(RefusalGround.DOCUMENT_DEFECTS), EnumSet.of(DocumentDefect.OTHER_UNSTATED_CORRECTIONS),
                reasons);
        RefusalNoticeData data = new RefusalNoticeData(FormLanguage.KK, null, FormsTestData.CENTER,
                FormsTestData.individual(), List.of(original), FormsTestData.TODAY, "Менеджер", "Ә. Сейітқұлова",
                null, null);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RefusalNotice(FormsTestData.CLOCK).render(data, out);
        Path pdf = PdfTools.save("refusal-hostile.pdf", out.toByteArray());

        assertThat(PdfTools.pages(pdf)).isGreaterThanOrEqualTo(3);
        String text = PdfTools.text(pdf);
        assertThat(text).contains("Мөр таңбасы оқылмайды").contains("Күні түзетілген; ?? белгілері.")
                .contains(FormsTestData.number(1)).contains("басқа ескертілмеген түзетулері");
        // every character of the unbroken tokens survives the splitting (plus the Ө of the applicant's name)
        int inName = FormsTestData.LONG_KAZAKH_NAME.replaceAll("[^Ө]", "").length();
        assertThat(text.replaceAll("[^Ө]", "")).hasSize(3000 + inName);
        PdfTools.assertSound(pdf);
    }

    @Test
    void overlongFieldsAreRefusedWithACode() {
        DocumentDetails document = FormsTestData.documents(1).get(0);
        assertThatThrownBy(() -> new RefusedOriginal(document, EnumSet.of(RefusalGround.RESOURCE_ABSENT), Set.of(),
                "ы".repeat(FormChecks.REASONS + 1)))
                .isInstanceOf(CertCopyException.class)
                .extracting(e -> ((CertCopyException) e).code()).isEqualTo("FORM_FIELD_TOO_LONG");
        assertThatThrownBy(() -> new DocumentDetails("Диплом", "№".repeat(FormChecks.SHORT_TEXT + 1), null, null))
                .isInstanceOf(CertCopyException.class)
                .extracting(e -> ((CertCopyException) e).args()[0]).isEqualTo("document.number");
    }
}
