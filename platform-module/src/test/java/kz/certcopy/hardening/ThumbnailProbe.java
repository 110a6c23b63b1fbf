package kz.certcopy.hardening;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import kz.certcopy.intake.IntakeLimits;
import kz.certcopy.intake.MediaKind;
import kz.certcopy.intake.PageInfo;
import kz.certcopy.intake.assembly.AssemblyPage;
import kz.certcopy.intake.assembly.ContentSource;
import kz.certcopy.intake.assembly.CopyAssembler;
import kz.certcopy.intake.assembly.PageThumbnails;
import kz.certcopy.intake.assembly.Rotation;
import kz.certcopy.storage.ContentRef;

/**
 * Run in a separate JVM with a small heap by {@link ThumbnailMemoryTest}: makes the thumbnail of one PNG page,
 * turned by 90 degrees, and writes it. Exit code 0 when done; an OutOfMemoryError ends the process otherwise.
 */
public final class ThumbnailProbe {

    private ThumbnailProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path png = Path.of(args[0]);
        int width = Integer.parseInt(args[2]);
        int height = Integer.parseInt(args[3]);
        ContentRef ref = new ContentRef("0".repeat(64), Files.size(png));
        ContentSource source = r -> Files.newInputStream(png);
        PageThumbnails thumbnails = new PageThumbnails(new CopyAssembler(source, Clock.systemUTC(),
                IntakeLimits.defaults()), source);
        PageInfo info = new PageInfo(0, width, height, 600, width * 72f / 600, height * 72f / 600, false, List.of());
        byte[] out = thumbnails.png(new AssemblyPage(ref, MediaKind.PNG, info, Rotation.R90), 240);
        Files.write(Path.of(args[1]), out);
    }
}
