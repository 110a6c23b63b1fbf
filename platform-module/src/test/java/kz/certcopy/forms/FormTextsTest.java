package kz.certcopy.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The bundles: same keys in kk/ru/en, the rule's own words, real Kazakh letters, every error code localized. */
class FormTextsTest {

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = FormTextsTest.class.getResourceAsStream("/i18n/forms_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyLanguageHasEveryKey() throws IOException {
        Set<String> kk = new TreeSet<>(bundle("kk").stringPropertyNames());
        assertThat(new TreeSet<>(bundle("ru").stringPropertyNames())).isEqualTo(kk);
        assertThat(new TreeSet<>(bundle("en").stringPropertyNames())).isEqualTo(kk);
    }

    @Test
    void annexTextsAreTheRulesOwnWords() throws IOException {
        Properties kk = bundle("kk");
        // verbatim from the official Kazakh text of decree No. 1393 (paragraph 9 and the annexes)
        assertThat(kk.getProperty("refusal.ground.3")).isEqualTo("ұсынылған құжаттарда көшірмелері, қоспа жазулары, "
                + "сызылып тасталған сөздері немесе басқа ескертілмеген түзетулері бар, қарындашпен жазылған, немесе "
                + "мөрдің оқуға келмейтін баспа таңбасы болса");
        assertThat(kk.getProperty("refusal.defect.COPIES")).isEqualTo("көшірмелері");
        assertThat(kk.getProperty("refusal.title"))
                .isEqualTo("Құжаттардың электрондық көшірмелерін растаудан бас тарту туралы хабарлама");
        assertThat(kk.getProperty("consent.text")).isEqualTo("Мына құжаттардың электрондық көшірмелерін растау үшін "
                + "келісімімді беремін (құжаттардың электрондық көшірмелерін электрондық тасымалдағышқа беру "
                + "қажеттігін көрсету):");
        assertThat(kk.getProperty("refusal.col.grounds")).isEqualTo("Халыққа қызмет көрсету орталықтары "
                + "қызметкерлерінің құжаттардың электрондық көшірмелерін растауы қағидаларына сәйкес бас тарту "
                + "негіздемелері");
        Properties ru = bundle("ru");
        assertThat(ru.getProperty("refusal.ground.3")).startsWith("представленные документы содержат копии, приписки");
        assertThat(ru.getProperty("refusal.defect.COPIES")).isEqualTo("копии");
    }

    @Test
    void kazakhUsesRealKazakhLettersNotLatinLookAlikes() throws IOException {
        Properties kk = bundle("kk");
        Pattern allowedLatin = Pattern.compile("PDF|SHA|PAdES|CAdES|RSA|QR|NCALayer|\\{\\d}");
        StringBuilder all = new StringBuilder();
        for (String key : kk.stringPropertyNames()) {
            String value = kk.getProperty(key);
            all.append(value);
            String latin = allowedLatin.matcher(value).replaceAll("");
            assertThat(latin).as("Latin letters in kk %s (i/ə/h look-alikes?)", key).doesNotContainPattern("[A-Za-z]");
        }
        for (String letter : new String[] {"ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "і"}) {
            assertThat(all.toString()).contains(letter);
        }
    }

    @Test
    void everyErrorCodeTheFormsThrowIsLocalized() throws IOException {
        Set<String> codes = new TreeSet<>();
        Pattern thrown = Pattern.compile("new CertCopyException\\(\"([A-Z_]+)\"");
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/kz/certcopy/forms"))) {
            for (Path source : sources.toList()) {
                Matcher matcher = thrown.matcher(Files.readString(source));
                while (matcher.find()) {
                    codes.add(matcher.group(1));
                }
            }
        }
        assertThat(codes).contains("FORM_FIELD_REQUIRED", "INVALID_COPY_ID", "HANDOVER_MEDIA_UNAVAILABLE");
        for (String language : new String[] {"kk", "ru", "en"}) {
            Properties texts = bundle(language);
            for (String code : codes) {
                assertThat(texts.getProperty("error." + code)).as(language + " error." + code).isNotBlank();
            }
        }
    }
}
