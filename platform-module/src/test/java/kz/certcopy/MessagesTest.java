package kz.certcopy;

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
import kz.certcopy.certification.RefusalGround;
import org.junit.jupiter.api.Test;

/** Every error code the foundation throws has a message in Kazakh, Russian and English. */
class MessagesTest {

    static Properties bundle(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/i18n/messages_" + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void theThreeLanguagesHaveTheSameKeys() throws IOException {
        Set<Object> ru = bundle("ru").keySet();
        assertThat(bundle("kk").keySet()).isEqualTo(ru);
        assertThat(bundle("en").keySet()).isEqualTo(ru);
        for (RefusalGround g : RefusalGround.values()) {
            assertThat(ru).contains("refusal.ground." + g.name());
        }
    }

    @Test
    void kazakhTextUsesKazakhLetters() throws IOException {
        String all = String.join(" ", bundle("kk").values().stream().map(Object::toString).toList());
        assertThat(all).contains("ә").contains("қ").contains("ң").contains("ұ").contains("і");
    }

    @Test
    void everyThrownCodeHasAMessage() throws IOException {
        Pattern thrown = Pattern.compile("CertCopyException\\(\\s*\"([A-Z_]+)\"");
        Set<String> codes = new TreeSet<>();
        for (String pkg : new String[] {"applicant", "center", "certification", "audit", "storage", "security",
                "api", "config", "common"}) {
            Path dir = Path.of("src/main/java/kz/certcopy", pkg);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = thrown.matcher(Files.readString(f));
                    while (m.find()) {
                        codes.add(m.group(1));
                    }
                }
            }
        }
        assertThat(codes).contains("INVALID_IIN", "INVALID_STATE", "CONCURRENT_UPDATE");
        Properties ru = bundle("ru");
        try (InputStream in = MessagesTest.class.getResourceAsStream("/i18n/storage_ru.properties")) {
            ru.load(new InputStreamReader(in, StandardCharsets.UTF_8)); // cmis: the storage backend's own bundle
        }
        for (String code : codes) {
            assertThat(ru).as(code).containsKey("error." + code);
        }
    }
}
