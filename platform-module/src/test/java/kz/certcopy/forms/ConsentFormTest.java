package kz.certcopy.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import kz.certcopy.common.CertCopyException;

class ConsentFormTest {

    private final ConsentForm form = new ConsentForm(FormsTestData.CLOCK);

    private Path render(ConsentFormData data, String name) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        form.render(data, out);
        return PdfTools.save(name, out.toByteArray());
    }

    @Test
    void kazakhConsentWithManyDocumentsFlowsOverPagesAndExtractsAsKazakh() throws Exception {
        Path pdf = render(FormsTestData.consent(FormLanguage.KK, 45), "consent-kk.pdf");

        String text = PdfTools.text(pdf);
        assertThat(text)
                .contains("1-қосымша")
                .contains("Өтініш")
                .contains("Мына құжаттардың электрондық көшірмелерін растау үшін келісімімді беремін")
                .contains("Алматы қаласы Алмалы ауданының халыққа қызмет көрсету орталығы")
                .contains(FormsTestData.LONG_KAZAKH_NAME)
                .contains("ЖСН " + FormsTestData.IIN)
                .contains("Үшқоңыр көшесі")
                .contains("(өтініш берушінің қолы)")
                .contains("«03» желтоқсан 2026 ж.")
                .contains("☒ иә");
        for (String letter : List.of("ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "һ", "і")) {
            assertThat(text).as("Kazakh letter %s extracted", letter).contains(letter);
        }
        for (int n = 1; n <= 45; n++) {
            assertThat(text).as("original %d", n).contains(FormsTestData.number(n));
        }
        int pages = PdfTools.pages(pdf);
        assertThat(pages).isGreaterThanOrEqualTo(2);
        // the table header is repeated on every page the list continues on
        assertThat(text.split("Құжаттың түрі", -1)).hasSize(pages + 1);
        assertThat(text).contains("2-бет, барлығы " + pages).contains("Өтініш № Z-2026-000781");
        PdfTools.qpdfCheck(pdf);
        assertThat(PdfTools.embeddedFonts(pdf)).allMatch(font -> font.contains("DejaVuSans"));
        PdfTools.png(pdf, 1, 100, "consent-kk-p1");
        PdfTools.png(pdf, pages, 100, "consent-kk-last");
    }

    @Test
    void russianConsentOfALegalEntityWithoutRepresentativeLeavesNameAndDateToTheHand() throws Exception {
        ConsentFormData data = new ConsentFormData(FormLanguage.RU, null, FormsTestData.CENTER,
                FormsTestData.legalEntity(), null, FormsTestData.documents(3), false, null);
        Path pdf = render(data, "consent-ru.pdf");

        String text = PdfTools.text(pdf);
        assertThat(text)
                .contains("Приложение 1")
                .contains("к Правилам засвидетельствования электронных копий документов")
                .contains("Заявление")
                .contains("Даю свое согласие на засвидетельствование электронных копий следующих документов")
                .contains("Центр обслуживания населения Алмалинского района города Алматы")
                .contains("БИН " + FormsTestData.BIN)
                .contains("«Өскемен Құрылыс-Жөндеу Һолдинг»")
                .contains("(подпись заявителя)")
                .contains("Ф.И.О. ________")
                .contains("«___» ____________ 20___ г.")
                .contains("☒ нет")
                .doesNotContain("Представитель");
        for (int n = 1; n <= 3; n++) {
            assertThat(text).contains(FormsTestData.number(n));
        }
        assertThat(PdfTools.pages(pdf)).isEqualTo(1);
        PdfTools.assertSound(pdf);
        PdfTools.png(pdf, 1, 100, "consent-ru-p1");
    }

    @Test
    void badInputIsALocalizedErrorCodeNotAStackTrace() {
        assertThatThrownBy(() -> ApplicantDetails.individual("90031545012", "Ә", "Мекенжай", null))
                .isInstanceOf(CertCopyException.class)
                .extracting(e -> ((CertCopyException) e).code()).isEqualTo("FORM_INVALID_IDENTIFIER");
        assertThatThrownBy(() -> new ConsentFormData(FormLanguage.KK, null, FormsTestData.CENTER,
                FormsTestData.individual(), null, List.of(), true, FormsTestData.TODAY))
                .isInstanceOf(CertCopyException.class)
                .extracting(e -> ((CertCopyException) e).code()).isEqualTo("FORM_FIELD_REQUIRED");
    }
}
