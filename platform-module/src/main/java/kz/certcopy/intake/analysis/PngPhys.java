package kz.certcopy.intake.analysis;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a PNG's resolution (pHYs chunk) by walking the chunk headers, without decompressing anything. The
 * JDK's metadata reader would inflate every zTXt/iTXt chunk into memory, which a hostile file can make huge.
 */
final class PngPhys {

    private PngPhys() {
    }

    /** @return dots per inch, or 0 when the file has no pHYs in metres before its image data */
    static float dpi(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
            in.skipNBytes(8); // signature
            while (true) {
                long length = in.readInt() & 0xffffffffL;
                int type = in.readInt();
                if (type == 0x70485973 && length == 9) { // "pHYs"
                    long x = in.readInt() & 0xffffffffL;
                    in.readInt();
                    int unit = in.readUnsignedByte();
                    return unit == 1 ? (float) (x * 0.0254) : 0;
                }
                if (type == 0x49444154 || type == 0x49454e44) { // IDAT or IEND: pHYs must come before
                    return 0;
                }
                skip(in, length + 4); // data and CRC
            }
        } catch (EOFException truncated) {
            return 0;
        }
    }

    private static void skip(InputStream in, long n) throws IOException {
        in.skipNBytes(n);
    }
}
