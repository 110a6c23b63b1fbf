package kz.certcopy.intake.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kz.certcopy.intake.IntakeLimits;
import kz.certcopy.intake.IntakeQuota;
import kz.certcopy.intake.PageInfo;
import kz.certcopy.intake.ScanAnalyzer;
import kz.certcopy.intake.assembly.AssemblyPage;
import kz.certcopy.intake.assembly.CopyAssembler;
import kz.certcopy.intake.assembly.CopyMetadata;
import kz.certcopy.intake.assembly.Rotation;
import kz.certcopy.intake.mark.CertificationMark;
import kz.certcopy.storage.ContentRef;

/**
 * In-process benchmark of analysis + assembly of every *.jpg in a directory into one PDF/A with the
 * certification sheet: prints each run's wall time and, at the end, the peak heap in use (sum of the heap
 * pools' peaks). Args: dir runs [--no-hints]. Run it in its own JVM, e.g. with -Xmx512m for the 200-page memory check.
 */
public final class AssembleBench {

    private AssembleBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        boolean hints = args.length < 3 || !args[2].equals("--no-hints");
        List<Path> scans;
        try (Stream<Path> s = Files.list(dir)) {
            scans = s.filter(p -> p.toString().endsWith(".jpg")).sorted().toList();
        }
        IntakeLimits limits = IntakeLimits.defaults().withMaxPagesPerOriginal(1000);
        Path out = Files.createTempFile("certcopy-bench-", ".pdf");
        try (ScanAnalyzer analyzer = new ScanAnalyzer(1, hints)) {
            for (int run = 1; run <= runs; run++) {
                long start = System.nanoTime();
                List<AssemblyPage> pages = new ArrayList<>();
                List<Path> byIndex = new ArrayList<>();
                for (Path scan : scans) {
                    ScanAnalyzer.Analysis a = analyzer.analyse(scan, limits, new IntakeQuota(0, pages.size()));
                    // a synthetic ref per file: the bench reads files directly, no content store
                    ContentRef ref = new ContentRef(String.format("%064x", byIndex.size()), Files.size(scan));
                    byIndex.add(scan);
                    for (PageInfo p : a.pages()) {
                        pages.add(new AssemblyPage(ref, a.kind(), p, Rotation.R0));
                    }
                }
                long analysed = System.nanoTime();
                CertificationMark mark = new CertificationMark("ХҚКО / ЦОН", "Бенчмарк", Instant.now(), "BENCH-1",
                        "https://certcopy.example.kz/v/BENCH-1", pages.size());
                try (OutputStream os = Files.newOutputStream(out)) {
                    new CopyAssembler(ref -> Files.newInputStream(byIndex.get(Integer.parseInt(ref.sha256(), 16))),
                            Clock.systemUTC(), limits).assemble(pages, new CopyMetadata("bench", "", "BENCH-1"), mark, os);
                }
                long end = System.nanoTime();
                System.out.printf("run %d: %d pages, %.3f s (analysis %.3f s, assembly %.3f s), %d bytes%n", run,
                        pages.size(), (end - start) / 1e9, (analysed - start) / 1e9, (end - analysed) / 1e9,
                        Files.size(out));
            }
        } finally {
            Files.deleteIfExists(out);
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("peak heap used: %d MB (max heap %d MB)%n", peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }
}
