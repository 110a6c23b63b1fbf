package kz.certcopy.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import kz.certcopy.intake.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page just under the 75 MP intake limit gets its thumbnail in a JVM with a 256 MB heap: the image is decoded
 * subsampled, never whole (whole, it takes 225 MB as RGB before PDFBox copies it). Checked in a separate process so
 * the heap limit is real; not a timing test.
 */
class ThumbnailMemoryTest {

    private static final int SIDE = 8660; // 8660 x 8660 = 74.99 MP

    @TempDir
    Path dir;

    @Test
    void aSeventyFiveMegapixelPageIsThumbnailedIn256Megabytes() throws Exception {
        Path png = dir.resolve("big.png");
        writeGreyPng(png, SIDE, SIDE);
        Path out = dir.resolve("thumb.png");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx256m", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), ThumbnailProbe.class.getName(),
                png.toString(), out.toString(), String.valueOf(SIDE), String.valueOf(SIDE))
                .redirectErrorStream(true).redirectOutput(dir.resolve("probe.log").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("probe finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("probe.log"))).isZero();
        BufferedImage thumb = ImageIO.read(out.toFile());
        assertThat(thumb.getWidth()).isEqualTo(240);
        assertThat(thumb.getHeight()).isEqualTo(240);
        // the horizontal bands of the source, turned by 90 degrees, run vertically: a real picture, turned
        assertThat(thumb.getRGB(10, 120)).isNotEqualTo(thumb.getRGB(200, 120));
        assertThat(thumb.getRGB(10, 20)).isEqualTo(thumb.getRGB(10, 220));
    }

    /** A greyscale PNG written row by row (never whole in memory): horizontal bands of grey. */
    static void writeGreyPng(Path file, int width, int height) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file); DataOutputStream out = new DataOutputStream(raw)) {
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            java.io.ByteArrayOutputStream header = new java.io.ByteArrayOutputStream();
            DataOutputStream ihdr = new DataOutputStream(header);
            ihdr.writeInt(width);
            ihdr.writeInt(height);
            ihdr.write(new byte[] {8, 0, 0, 0, 0}); // 8-bit grey, deflate, no filter method, no interlace
            Corpus.chunk(out, "IHDR", header.toByteArray());
            java.io.ByteArrayOutputStream idat = new java.io.ByteArrayOutputStream();
            try (DeflaterOutputStream z = new DeflaterOutputStream(idat, new Deflater(Deflater.BEST_SPEED), 1 << 16)) {
                byte[] row = new byte[width + 1];
                for (int y = 0; y < height; y++) {
                    java.util.Arrays.fill(row, 1, row.length, (byte) ((y / 256) * 40));
                    z.write(row);
                }
            }
            Corpus.chunk(out, "IDAT", idat.toByteArray());
            Corpus.chunk(out, "IEND", new byte[0]);
        }
    }
}
