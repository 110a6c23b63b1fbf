package kz.certcopy.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import kz.certcopy.common.CertCopyException;

class RefusalNoticeTest {

    private final RefusalNotice notice = new RefusalNotice(FormsTestData.CLOCK);

    private Path render(RefusalNoticeData data, String name) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        notice.render(data, out);
        return PdfTools.save(name, out.toByteArray());
    }

    @Test
    void kazakhNoticeQuotesTheRuleAndListsEveryOriginalOverPages() throws Exception {
        Path pdf = render(FormsTestData.refusal(FormLanguage.KK, 24), "refusal-kk.pdf");

        String text = PdfTools.text(pdf);
        assertThat(text)
                .contains("2-қосымша")
                .contains("Құжаттардың электрондық көшірмелерін растаудан бас тарту туралы хабарлама")
                .contains("Алматы қаласы Алмалы ауданының халыққа қызмет көрсету орталығы мына негіздемелер бойынша "
                        + "құжаттардың электрондық көшірмелерін растаудан бас тартады:")
                .contains("БСН " + FormsTestData.BIN)
                .contains("«Өскемен Құрылыс-Жөндеу Һолдинг»")
                .contains("(өтініш берушінің мекенжайы)")
                // the rule's own words, 9.1, 9.2 and 9.3 (with «көшірмелері», not «erasures»)
                .contains("осы Қағидалардың 5-тармағында көрсетілген құжаттар ұсынылмаса")
                .contains("сұрау салынған электрондық ақпараттық ресурс болмаса және кімнің иелігінде екені оған "
                        + "белгісіз болса")
                .contains("ұсынылған құжаттарда көшірмелері, қоспа жазулары, сызылып тасталған сөздері немесе басқа "
                        + "ескертілмеген түзетулері бар, қарындашпен жазылған, немесе мөрдің оқуға келмейтін баспа "
                        + "таңбасы болса")
                .contains("Анықталғаны: көшірмелері; қарындашпен жазылған")
                .contains("Анықталғаны: қоспа жазулары; сызылып тасталған сөздері; мөрдің оқуға келмейтін баспа таңбасы")
                .contains("органның атауы оқылмайды")
                .contains("ХҚКО бас менеджері")
                .contains("Сейітқұлова Әйгерім Нұрланқызы")
                .contains("Орын.: Сейітқұлова Әйгерім Нұрланқызы")
                .contains("«03» желтоқсан 2026 ж.")
                .contains("Электрондық цифрлық қолтаңба орны");
        for (int n = 1; n <= 24; n++) {
            assertThat(text).as("original %d", n).contains(FormsTestData.number(n));
        }
        int pages = PdfTools.pages(pdf);
        assertThat(pages).isGreaterThanOrEqualTo(3);
        assertThat(text.split("Растау үшін ұсынылған құжаттың деректемелері", -1)).hasSize(pages + 1);
        PdfTools.assertSound(pdf);
        PdfTools.png(pdf, 1, 100, "refusal-kk-p1");
        PdfTools.png(pdf, pages, 100, "refusal-kk-last");
    }

    @Test
    void russianNoticeKeepsTheRulesWordingAndHasNoSignatureFieldForTheSigningEngine() throws Exception {
        Path pdf = render(FormsTestData.refusal(FormLanguage.RU, 4), "refusal-ru.pdf");

        String text = PdfTools.text(pdf);
        assertThat(text)
                .contains("Приложение 2")
                .contains("Уведомление об отказе в засвидетельствовании электронных копий документов")
                .contains("Центр обслуживания населения Алмалинского района города Алматы отказывает в "
                        + "засвидетельствовании электронных копий документов по следующим основаниям:")
                .contains("Основания отказа в соответствии с Правилами засвидетельствования электронных копий "
                        + "документов работниками центров обслуживания населения")
                .contains("Подпункт 3) пункта 9 Правил: представленные документы содержат копии, приписки, "
                        + "зачеркнутые слова или иные неоговоренные исправления, исполнены карандашом либо имеют "
                        + "нечитаемый оттиск печати")
                .contains("Выявлено: копии; исполнены карандашом")
                .contains("(Ф.И.О. заявителя или наименование организации)")
                .contains("Главный менеджер ЦОН")
                .contains("Исп.: Сейітқұлова Әйгерім Нұрланқызы")
                .contains("Тел.: +7 727 339 11 22")
                .contains("«03» декабря 2026 г.")
                .contains("Место для электронной цифровой подписи");
        for (int n = 1; n <= 4; n++) {
            assertThat(text).contains(FormsTestData.number(n));
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getSignatureFields()).isEmpty();
            assertThat(document.getDocumentCatalog().getAcroForm()).isNull();
        }
        PdfTools.assertSound(pdf);
        PdfTools.png(pdf, 1, 100, "refusal-ru-p1");
    }

    @Test
    void defectsBelongToGround93Only() {
        DocumentDetails original = FormsTestData.documents(1).get(0);
        assertThatThrownBy(() -> new RefusedOriginal(original, EnumSet.of(RefusalGround.DOCUMENT_DEFECTS), Set.of(),
                "мөр оқылмайды"))
                .isInstanceOf(CertCopyException.class)
                .extracting(e -> ((CertCopyException) e).code()).isEqualTo("REFUSAL_DEFECT_REQUIRED");
        assertThatThrownBy(() -> new RefusedOriginal(original, EnumSet.of(RefusalGround.RESOURCE_ABSENT),
                EnumSet.of(DocumentDefect.PENCIL), "қарындаш"))
                .isInstanceOf(CertCopyException.class)
                .extracting(e -> ((CertCopyException) e).code()).isEqualTo("REFUSAL_DEFECT_WITHOUT_GROUND");
    }
}
