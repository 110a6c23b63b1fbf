package kz.certcopy.intake;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs an independent command-line tool; a missing tool fails the test (CI installs it), it never skips. */
final class Tools {

    record Result(int exit, String out) {
    }

    private Tools() {
    }

    static Result run(String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("certcopy-tool-", ".log");
        try {
            List<String> cmd = new ArrayList<>(List.of(command));
            Process p;
            try {
                p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            } catch (IOException missing) {
                fail(command[0] + " is required for this test (Debian package: poppler-utils / qpdf / img2pdf)");
                throw missing;
            }
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail(command[0] + " did not finish in 120 s");
            }
            return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
