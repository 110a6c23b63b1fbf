package kz.certcopy.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.certcopy.report.render.CsvReports;
import org.junit.jupiter.api.Test;

class ReportRenderingTest {

    @Test
    void csvQuotesWhatNeedsQuotingAndDefusesFormulas() throws Exception {
        var quote = CsvReports.class.getDeclaredMethod("quote", String.class);
        quote.setAccessible(true);
        assertThat(quote.invoke(null, "almaty-1")).isEqualTo("almaty-1");
        assertThat(quote.invoke(null, "a,b")).isEqualTo("\"a,b\"");
        assertThat(quote.invoke(null, "say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(quote.invoke(null, "=cmd()")).isEqualTo("'=cmd()");
        assertThat(quote.invoke(null, "-5")).isEqualTo("-5");
    }

    @Test
    void periodsAreWholeDaysInTheZoneAndBounded() {
        Period march = new Period(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 31), ZoneId.of("Asia/Almaty"));
        assertThat(march.start().toString()).isEqualTo("2021-02-28T18:00:00Z");
        assertThat(march.end().toString()).isEqualTo("2021-03-31T18:00:00Z");
        assertThatThrownBy(() -> new Period(LocalDate.of(2021, 3, 2), LocalDate.of(2021, 3, 1), ZoneId.of("UTC")))
                .extracting("code").isEqualTo("INVALID_PERIOD");
        assertThatThrownBy(() -> new Period(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 3, 1), ZoneId.of("UTC")))
                .extracting("code").isEqualTo("INVALID_PERIOD");
    }

    static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ReportRenderingTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void retentionTextsExistInKazakhRussianAndEnglish() throws IOException {
        Set<Object> ru = bundle("retention_ru").keySet();
        assertThat(bundle("retention_kk").keySet()).isEqualTo(ru);
        assertThat(bundle("retention_en").keySet()).isEqualTo(ru);
        String kk = String.join(" ", bundle("retention_kk").values().stream().map(Object::toString).toList());
        assertThat(kk).contains("ә").contains("ғ").contains("қ").contains("ң").contains("ө").contains("ұ")
                .contains("і");
    }

    @Test
    void everyCodeRetentionAndReportsThrowHasAMessage() throws IOException {
        Pattern thrown = Pattern.compile("CertCopyException\\(\\s*\"([A-Z_]+)\"");
        Set<String> codes = new TreeSet<>();
        for (String pkg : new String[] {"retention", "report"}) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/kz/certcopy", pkg))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = thrown.matcher(Files.readString(f));
                    while (m.find()) {
                        codes.add(m.group(1));
                    }
                }
            }
        }
        assertThat(codes).contains("LEGAL_HOLD_EXISTS", "DISPOSAL_RUNNING", "INVALID_PERIOD");
        for (String lang : new String[] {"kk", "ru", "en"}) {
            Properties all = bundle("messages_" + lang);
            all.putAll(bundle("retention_" + lang));
            for (String code : codes) {
                assertThat(all).as(lang + " " + code).containsKey("error." + code);
            }
        }
    }
}
