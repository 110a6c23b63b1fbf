package kz.certcopy.intake.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import kz.certcopy.intake.Corpus;

/** Writes N synthetic A4 JPEG scans (text-like content, JFIF density set) for the benchmarks: dir count dpi. */
public final class GenerateScans {

    private GenerateScans() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        int count = Integer.parseInt(args[1]);
        int dpi = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        for (int i = 1; i <= count; i++) {
            Files.write(dir.resolve(String.format("page-%03d.jpg", i)), Corpus.a4Jpeg(dpi, i));
        }
    }
}
