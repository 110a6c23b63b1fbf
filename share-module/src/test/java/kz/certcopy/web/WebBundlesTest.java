package kz.certcopy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The workspace's texts exist in kk, ru and en alike, and the Kazakh ones are written with Kazakh letters. */
class WebBundlesTest {

    @Test
    void sameKeysInEveryLanguage() throws IOException {
        Properties kk = load("kk");
        Properties ru = load("ru");
        Properties en = load("en");
        assertThat(kk.stringPropertyNames()).isEqualTo(ru.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(kk).allSatisfy((k, v) -> assertThat((String) v).as(k.toString()).isNotBlank());
    }

    @Test
    void kazakhTextsUseKazakhLettersAndDifferFromRussian() throws IOException {
        Properties kk = load("kk");
        Properties ru = load("ru");
        String all = String.join(" ", kk.values().stream().map(Object::toString).toList());
        assertThat(all).containsPattern("[әғқңөұүһі]");
        // the same in both languages by nature: the number sign and the word "пакет"
        var shared = java.util.Set.of("web.refuse.original.short", "web.copy.package");
        assertThat(kk.stringPropertyNames().stream().filter(k -> !shared.contains(k))
                .filter(k -> kk.getProperty(k).equals(ru.getProperty(k)) && kk.getProperty(k).matches(".*[а-я].*"))
                .toList()).as("Kazakh texts copied from Russian").isEmpty();
        assertThat(kk.getProperty("web.ground.ERASURES")).contains("көшірмелері");
        assertThat(ru.getProperty("web.ground.ERASURES")).contains("подчистки");
    }

    private static Properties load(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = WebBundlesTest.class.getResourceAsStream("/i18n/web_" + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
