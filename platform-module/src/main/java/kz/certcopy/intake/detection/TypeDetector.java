package kz.certcopy.intake.detection;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import kz.certcopy.intake.IntakeError;
import kz.certcopy.intake.MediaKind;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Decides what a file is from its bytes alone (Apache Tika magic), never from its name or declared type, and
 * refuses polyglots: files whose first kilobyte is at once an image and a PDF, which viewers would show
 * differently.
 */
public final class TypeDetector {

    private static final int HEAD = 1024;
    private static final Set<String> ARCHIVES = Set.of("application/zip", "application/x-rar-compressed",
            "application/x-7z-compressed", "application/gzip", "application/x-tar", "application/x-bzip2",
            "application/vnd.rar", "application/x-xz", "application/java-archive");

    private final MimeTypes tika = MimeTypes.getDefaultMimeTypes();

    public MediaKind detect(Path file) throws IOException {
        MediaType type;
        try (InputStream in = Files.newInputStream(file)) {
            // no resource name in the metadata: detection by content only
            type = tika.detect(new java.io.BufferedInputStream(in), new Metadata());
        }
        String base = type.getBaseType().toString();
        MediaKind kind = switch (base) {
            case "application/pdf" -> MediaKind.PDF;
            case "image/jpeg" -> MediaKind.JPEG;
            case "image/png" -> MediaKind.PNG;
            case "image/tiff" -> MediaKind.TIFF;
            default -> null;
        };
        if (kind == null) {
            if (ARCHIVES.contains(base) || base.startsWith("application/vnd.openxmlformats")
                    || base.startsWith("application/vnd.oasis.opendocument")) {
                throw IntakeError.ARCHIVE_NOT_ACCEPTED.exception(base);
            }
            throw IntakeError.UNSUPPORTED_TYPE.exception(base);
        }
        if (kind != MediaKind.PDF && hasPdfHeader(file)) {
            throw IntakeError.POLYGLOT_FILE.exception(kind.mediaType(), MediaKind.PDF.mediaType());
        }
        return kind;
    }

    /** PDF readers accept "%PDF-" anywhere in the first kilobyte. */
    private static boolean hasPdfHeader(Path file) throws IOException {
        byte[] head = new byte[HEAD];
        int len;
        try (InputStream in = Files.newInputStream(file)) {
            len = in.readNBytes(head, 0, HEAD);
        }
        return new String(head, 0, len, StandardCharsets.ISO_8859_1).contains("%PDF-");
    }
}
