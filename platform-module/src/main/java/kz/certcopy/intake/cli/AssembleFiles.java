package kz.certcopy.intake.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.intake.IntakeLimits;
import kz.certcopy.intake.IntakeQuota;
import kz.certcopy.intake.PageInfo;
import kz.certcopy.intake.ScanAnalyzer;
import kz.certcopy.intake.assembly.AssemblyPage;
import kz.certcopy.intake.assembly.CopyAssembler;
import kz.certcopy.intake.assembly.CopyMetadata;
import kz.certcopy.intake.assembly.Rotation;
import kz.certcopy.intake.mark.CertificationMark;
import kz.certcopy.intake.mark.VerificationUrls;
import kz.certcopy.storage.ContentRef;

/**
 * Assembles scan files into one PDF/A-2b from the command line, through the same analyser and assembler the
 * service uses. For benchmarks against other tools and for trying scanner output by hand:
 * {@code java -cp ... kz.certcopy.intake.cli.AssembleFiles [--mark] [--no-hints] out.pdf scan1.jpg scan2.tif ...}
 */
public final class AssembleFiles {

    private AssembleFiles() {
    }

    public static void main(String[] args) throws IOException {
        List<String> flags = java.util.Arrays.stream(args).takeWhile(a -> a.startsWith("--")).toList();
        boolean mark = flags.contains("--mark");
        boolean hints = !flags.contains("--no-hints");
        int first = flags.size();
        if (args.length - first < 2) {
            System.err.println("usage: AssembleFiles [--mark] [--no-hints] out.pdf scan...");
            System.exit(2);
        }
        Path out = Path.of(args[first]);
        IntakeLimits limits = IntakeLimits.defaults().withMaxPagesPerOriginal(1000);
        Map<ContentRef, Path> files = new HashMap<>();
        List<AssemblyPage> pages = new ArrayList<>();
        try (ScanAnalyzer analyzer = new ScanAnalyzer(1, hints)) {
            for (int i = first + 1; i < args.length; i++) {
                Path in = Path.of(args[i]);
                ContentRef ref = ref(in);
                files.put(ref, in);
                ScanAnalyzer.Analysis a = analyzer.analyse(in, limits, new IntakeQuota(0, pages.size()));
                for (PageInfo p : a.pages()) {
                    pages.add(new AssemblyPage(ref, a.kind(), p, Rotation.R0));
                    if (!p.hints().isEmpty()) {
                        System.err.println(in.getFileName() + " page " + (p.index() + 1) + ": " + p.hints());
                    }
                }
                a.notices().forEach(n -> System.err.println(in.getFileName() + ": " + n));
            }
            Clock clock = Clock.systemUTC();
            String copyId = "CLI-" + Long.toString(clock.millis(), 36).toUpperCase();
            CertificationMark sheet = mark ? new CertificationMark("CertCopy CLI", "—", clock.instant(), copyId,
                    new VerificationUrls("https://localhost/verify").forCopy(copyId), pages.size()) : null;
            try (OutputStream os = Files.newOutputStream(out)) {
                new CopyAssembler(ref -> Files.newInputStream(files.get(ref)), clock, limits)
                        .assemble(pages, new CopyMetadata("scan", "", copyId), sheet, os);
            }
        } catch (CertCopyException refused) {
            System.err.println("refused: " + refused.code() + " " + java.util.Arrays.toString(refused.args()));
            System.exit(1);
        }
    }

    private static ContentRef ref(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256())) {
            long size = in.transferTo(OutputStream.nullOutputStream());
            return new ContentRef(HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest()), size);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
