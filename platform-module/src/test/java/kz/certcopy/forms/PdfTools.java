package kz.certcopy.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the independent Debian tools (poppler-utils, qpdf, openssl) on the files the forms make. A missing
 * tool fails the test: CI installs them (.ci/run).
 */
final class PdfTools {

    /** Where tests leave their PDFs and PNGs for a person to look at. */
    static final Path OUT = Path.of("target", "forms");

    private PdfTools() {
    }

    static Path save(String name, byte[] bytes) throws IOException {
        Files.createDirectories(OUT);
        Path file = OUT.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    record Result(int exitCode, String stdout, String stderr) {
    }

    static Result run(String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            fail(command[0] + " is not installed (Debian packages poppler-utils, qpdf, openssl): " + e.getMessage());
            throw e;
        }
        process.getOutputStream().close();
        var stdout = process.getInputStream().readAllBytes();
        var stderr = process.getErrorStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(command[0] + " did not finish in 60 s");
        }
        return new Result(process.exitValue(), new String(stdout, StandardCharsets.UTF_8),
                new String(stderr, StandardCharsets.UTF_8));
    }

    static Result ok(String... command) throws IOException, InterruptedException {
        Result result = run(command);
        assertEquals(0, result.exitCode(), String.join(" ", command) + " failed: " + result.stderr());
        return result;
    }

    /** The text as poppler extracts it, whitespace collapsed (table cells wrap over lines). */
    static String text(Path pdf) throws IOException, InterruptedException {
        return ok("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").stdout().replaceAll("[\\s\\u00A0]+", " ");
    }

    static int pages(Path pdf) throws IOException, InterruptedException {
        for (String line : ok("pdfinfo", pdf.toString()).stdout().split("\n")) {
            if (line.startsWith("Pages:")) {
                return Integer.parseInt(line.substring(6).trim());
            }
        }
        throw new AssertionError("pdfinfo printed no page count");
    }

    /** qpdf finds no structural error and every font is embedded. */
    static void assertSound(Path pdf) throws IOException, InterruptedException {
        qpdfCheck(pdf);
        embeddedFonts(pdf);
    }

    static void qpdfCheck(Path pdf) throws IOException, InterruptedException {
        Result result = ok("qpdf", "--check", pdf.toString());
        if (!result.stdout().contains("No syntax or stream encoding errors found")) {
            fail("qpdf --check: " + result.stdout() + result.stderr());
        }
    }

    /** Every font in pdffonts' table must be embedded (the "emb" column). Returns the font names. */
    static List<String> embeddedFonts(Path pdf) throws IOException, InterruptedException {
        String[] lines = ok("pdffonts", pdf.toString()).stdout().split("\n");
        List<String> names = new ArrayList<>();
        boolean table = false;
        for (String line : lines) {
            if (line.startsWith("----")) {
                table = true;
                continue;
            }
            if (!table || line.isBlank()) {
                continue;
            }
            String[] columns = line.trim().split("\\s+");
            // name type… encoding emb sub uni object-number generation
            String emb = columns[columns.length - 5];
            if (!"yes".equals(emb)) {
                fail("font not embedded: " + line);
            }
            names.add(columns[0]);
        }
        if (names.isEmpty()) {
            fail("pdffonts listed no fonts");
        }
        return names;
    }

    /** Page {@code page} (1-based) as a PNG at {@code dpi}, for a person to look at. */
    static Path png(Path pdf, int page, int dpi, String name) throws IOException, InterruptedException {
        Path prefix = OUT.resolve(name);
        ok("pdftoppm", "-png", "-r", String.valueOf(dpi), "-f", String.valueOf(page), "-l", String.valueOf(page),
                "-singlefile", pdf.toString(), prefix.toString());
        return Path.of(prefix + ".png");
    }
}
