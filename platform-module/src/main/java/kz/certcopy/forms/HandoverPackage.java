package kz.certcopy.forms;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;

/**
 * Writes the hand-over package of rule 7.3 as a ZIP, streaming: the signed PDF and its detached signature are
 * copied through (hashed on the way, never held in memory), then the verification sheet (which needs the PDF's
 * hash) and the manifest are added. Optionally written to a removable-media directory atomically: a temporary
 * file in that directory, flushed to the device, then renamed — a reader never sees half a package.
 */
public final class HandoverPackage {

    public static final String DOCUMENT = "document.pdf";
    public static final String SIGNATURE = "signature.p7s";
    public static final String SHEET = "verification-sheet.pdf";
    public static final String MANIFEST = "manifest.json";

    private final Clock clock;
    private final ZoneId zone;
    private final VerificationSheet sheet;

    /** {@code zone}: how the sheet shows times (Asia/Almaty for the centers). */
    public HandoverPackage(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
        this.sheet = new VerificationSheet(clock);
    }

    /** The file name of the package on media and in downloads: {@code certcopy-<copyId>.zip}. */
    public static String fileName(CertifiedCopyFacts copy) {
        return "certcopy-" + copy.copyId() + ".zip";
    }

    /** Streams the package to {@code zip} (not closed) and returns its manifest. */
    public HandoverManifest write(CertifiedCopyFacts copy, InputStream signedPdf, InputStream signature,
            OutputStream zip) throws IOException {
        Instant createdAt = clock.instant();
        List<HandoverManifest.Entry> entries = new ArrayList<>();
        ZipOutputStream out = new ZipOutputStream(new FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush(); // the caller owns the stream
            }
        });
        HandoverManifest.Entry document = entry(out, DOCUMENT, signedPdf, createdAt);
        if (document.size() == 0) {
            throw new CertCopyException("FORM_FIELD_REQUIRED", ErrorKind.INVALID_INPUT, "signedPdf");
        }
        entries.add(document);
        HandoverManifest.Entry detached = entry(out, SIGNATURE, signature, createdAt);
        if (detached.size() == 0) {
            throw new CertCopyException("FORM_FIELD_REQUIRED", ErrorKind.INVALID_INPUT, "signature");
        }
        entries.add(detached);
        ByteArrayOutputStream sheetPdf = new ByteArrayOutputStream();
        sheet.render(new VerificationSheetData(copy, document.sha256(), zone), sheetPdf);
        entries.add(entry(out, SHEET, sheetPdf.toByteArray(), createdAt));
        HandoverManifest manifest = new HandoverManifest(copy.copyId(), createdAt, entries);
        entry(out, MANIFEST, manifest.toJson(), createdAt);
        out.finish();
        out.flush();
        return manifest;
    }

    public HandoverManifest write(CertifiedCopyFacts copy, Path signedPdf, Path signature, OutputStream zip)
            throws IOException {
        try (InputStream pdf = Files.newInputStream(signedPdf); InputStream p7s = Files.newInputStream(signature)) {
            return write(copy, pdf, p7s, zip);
        }
    }

    /**
     * Writes {@code certcopy-<copyId>.zip} into {@code mediaDirectory} (a mounted removable medium), atomically.
     * A missing or unwritable medium is {@code HANDOVER_MEDIA_UNAVAILABLE}.
     */
    public Path writeToMedia(CertifiedCopyFacts copy, Path signedPdf, Path signature, Path mediaDirectory) {
        if (mediaDirectory == null || !Files.isDirectory(mediaDirectory) || !Files.isWritable(mediaDirectory)) {
            throw new CertCopyException("HANDOVER_MEDIA_UNAVAILABLE", ErrorKind.UNAVAILABLE);
        }
        Path target = mediaDirectory.resolve(fileName(copy));
        Path temp = null;
        try {
            temp = Files.createTempFile(mediaDirectory, ".certcopy-", ".part");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                write(copy, signedPdf, signature, out);
                out.flush();
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) { // includes a file system that cannot rename atomically
            deleteQuietly(temp);
            throw new CertCopyException("HANDOVER_MEDIA_UNAVAILABLE", ErrorKind.UNAVAILABLE, e);
        } catch (RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    private static HandoverManifest.Entry entry(ZipOutputStream zip, String name, InputStream content,
            Instant time) throws IOException {
        zip.putNextEntry(zipEntry(name, time));
        MessageDigest sha256 = sha256();
        CountingOutputStream counter = new CountingOutputStream(new DigestOutputStream(zip, sha256));
        content.transferTo(counter);
        counter.flush();
        zip.closeEntry();
        return new HandoverManifest.Entry(name, counter.count, HexFormat.of().formatHex(sha256.digest()));
    }

    private static HandoverManifest.Entry entry(ZipOutputStream zip, String name, byte[] content, Instant time)
            throws IOException {
        return entry(zip, name, new ByteArrayInputStream(content), time);
    }

    private static ZipEntry zipEntry(String name, Instant time) {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(FileTime.from(time));
        return entry;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // a stray .part file on the medium is harmless and is overwritten by no one
        }
    }

    /** Counts bytes and never closes the zip stream beneath it. */
    private static final class CountingOutputStream extends FilterOutputStream {
        private long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
