package kz.certcopy.storage.cmis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The packaged Alfresco platform module (certcopy-platform-*-alfresco.jar): complete and self-consistent. */
class AlfrescoModuleJarIT {

    private static final String MODULE = "alfresco/module/certcopy-platform/";

    @Test
    void theModuleJarBootstrapsTheModelAndLabelsItCarriesAndNothingElse() throws Exception {
        Path jar;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            jar = files.filter(p -> p.getFileName().toString().matches("certcopy-platform-.*-alfresco\\.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("the alfresco module jar was not built"));
        }
        try (JarFile j = new JarFile(jar.toFile())) {
            List<String> names = j.stream().map(e -> e.getName()).filter(n -> !n.endsWith("/")).toList();
            assertThat(names).filteredOn(n -> !n.startsWith("META-INF/")).allMatch(n -> n.startsWith(MODULE));
            assertThat(names).noneMatch(n -> n.endsWith(".class"));

            Properties module = new Properties();
            try (InputStream in = j.getInputStream(j.getEntry(MODULE + "module.properties"))) {
                module.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(module.getProperty("module.id")).isEqualTo("certcopy-platform");
            assertThat(module.getProperty("module.version")).matches("\\d+\\.\\d+\\.\\d+");
            assertThat(module.getProperty("module.repo.version.min")).startsWith("23.");

            String context;
            try (InputStream in = j.getInputStream(j.getEntry(MODULE + "module-context.xml"))) {
                context = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertThat(context).contains("parent=\"dictionaryModelBootstrap\"", "depends-on=\"dictionaryBootstrap\"");
            Matcher values = Pattern.compile("<value>([^<]+)</value>").matcher(context);
            int checked = 0;
            while (values.find()) {
                String v = values.group(1);
                if (v.endsWith(".xml")) {
                    assertThat(j.getEntry(v)).as(v).isNotNull();
                    try (InputStream in = j.getInputStream(j.getEntry(v))) {
                        assertThat(ContentModel.parse(in).name()).isEqualTo("cc:certcopyModel");
                    }
                } else {
                    for (String lang : List.of("", "_kk", "_ru", "_en")) {
                        assertThat(j.getEntry(v + lang + ".properties")).as(v + lang).isNotNull();
                    }
                }
                checked++;
            }
            assertThat(checked).isEqualTo(2);
        }
    }
}
