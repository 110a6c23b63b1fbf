package kz.certcopy.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The curl examples of the README's "Try the API" section and its demo script ({@code scripts/demo.sh}), run as
 * written against the packaged jar.
 */
class ReadmeExamplesIT {

    final Path runDir = Path.of("target/it-data", UUID.randomUUID().toString()).toAbsolutePath();
    AppProcess app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
    }

    static List<String> examples() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        int from = readme.indexOf("## Try the API");
        int to = readme.indexOf("### API overview");
        Matcher m = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL).matcher(readme.substring(from, to));
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    String run(String script) throws Exception {
        Path file = runDir.resolve("example-" + UUID.randomUUID() + ".sh");
        Files.writeString(file, "set -euo pipefail\n" + script.replace("localhost:8080", "localhost:" + app.port));
        Process p = new ProcessBuilder("bash", file.toString()).directory(runDir.toFile()).redirectErrorStream(true)
                .start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    @Test
    void curlExamplesWorkAsWritten() throws Exception {
        List<String> blocks = examples();
        assertThat(blocks).hasSize(2);
        Files.createDirectories(runDir);
        app = new AppProcess(runDir.resolve("data"));
        app.start(runDir.resolve("app.log"));

        String flow = run(blocks.get(0));
        assertThat(flow).containsPattern("request [0-9a-f-]{36}");
        assertThat(flow).contains("{\"ground\":\"PENCIL\",\"ruleItem\":\"9.3\"")
                .contains("{\"ground\":\"ILLEGIBLE_SEAL\",\"ruleItem\":\"9.3\"");
        assertThat(flow).contains("\"outcome\":\"REFUSED\"").contains("Құжат қарындашпен толтырылған");

        String invalid = run(blocks.get(1));
        assertThat(invalid).contains("\"code\":\"INVALID_IIN\"").contains("Invalid IIN");

        // the demo script runs to its end (exit 0) and says where it left the files, as the README promises
        Path script = Path.of("../scripts/demo.sh").toAbsolutePath();
        String demo = run("TMPDIR=" + runDir + " " + script + " " + app.base());
        assertThat(demo).contains("request status: COMPLETED").containsPattern("== done: .*certcopy-demo");
    }
}
