package kz.certcopy.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker/alfresco/compose.yaml: always checked against what the build produces; started for real only where a
 * Docker engine answers (not on the project's build machines, which have none: that test is skipped there).
 */
class AlfrescoComposeIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path COMPOSE = ROOT.resolve("docker/alfresco/compose.yaml");

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() throws IOException {
        try (InputStream in = Files.newInputStream(COMPOSE)) {
            Map<String, Object> doc = new Yaml().load(in);
            return (Map<String, Map<String, Object>>) doc.get("services");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theStackHasAlfrescoItsPartsAndCertcopyOnTheCmisBackendWithTheBuiltModulesMounted() throws IOException {
        Map<String, Map<String, Object>> s = services();
        assertThat(s).containsKeys("alfresco", "share", "solr6", "alfresco-db", "activemq", "transform-core-aio",
                "certcopy", "certcopy-db");
        assertThat((String) s.get("alfresco").get("image")).contains("alfresco-content-repository-community:");
        assertThat((String) s.get("share").get("image")).contains("alfresco-share:");

        mountedJar(s.get("alfresco"), "/usr/local/tomcat/modules/platform/");
        mountedJar(s.get("share"), "/usr/local/tomcat/modules/share/");

        Map<String, Object> env = (Map<String, Object>) s.get("certcopy").get("environment");
        assertThat(env).containsEntry("CERTCOPY_STORAGE", "cmis").containsEntry("CERTCOPY_STORAGE_CMIS_REPOSITORYID",
                "-default-");
        assertThat((String) env.get("CERTCOPY_STORAGE_CMIS_URL"))
                .isEqualTo("http://alfresco:8080/alfresco/api/-default-/public/cmis/versions/1.1/browser");
    }

    /** The host side of the module mount is the artifact the build has just packaged. */
    @SuppressWarnings("unchecked")
    private static void mountedJar(Map<String, Object> service, String moduleDir) {
        String mount = ((List<String>) service.get("volumes")).stream().filter(v -> v.contains(moduleDir))
                .findFirst().orElseThrow(() -> new AssertionError("no module mounted into " + moduleDir));
        Path host = COMPOSE.getParent().resolve(mount.substring(0, mount.indexOf(':'))).normalize();
        assertThat(host).as("built by ./mvnw package").isRegularFile();
    }

    @Test
    void theStackStartsAndAlfrescoServesTheCcTypesToCertcopy() throws Exception {
        assumeTrue(run(Duration.ofSeconds(20), "docker", "info") == 0,
                "No Docker engine here (the project's build machines have none): docker/alfresco/compose.yaml is"
                        + " not started. It is checked statically by the other test of this class.");
        try {
            assertThat(run(Duration.ofMinutes(20), "docker", "compose", "-f", COMPOSE.toString(), "up", "-d",
                    "--build", "--wait")).isZero();
            HttpClient http = HttpClient.newHttpClient();
            String auth = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> type = http.send(HttpRequest.newBuilder(URI.create("http://localhost:8081/alfresco/api/"
                    + "-default-/public/cmis/versions/1.1/browser?cmisselector=typeDefinition&typeId=D:cc:certifiedCopy"))
                    .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(type.statusCode()).isEqualTo(200);
            assertThat(type.body()).contains("\"queryName\":\"cc:certifiedCopy\"");
            HttpResponse<String> app = http.send(HttpRequest.newBuilder(URI.create("http://localhost:8080/v3/api-docs"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(app.statusCode()).isLessThan(500);
        } finally {
            run(Duration.ofMinutes(5), "docker", "compose", "-f", COMPOSE.toString(), "down", "-v");
        }
    }

    private static int run(Duration timeout, String... command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (IOException notInstalled) {
            return -1;
        }
    }
}
