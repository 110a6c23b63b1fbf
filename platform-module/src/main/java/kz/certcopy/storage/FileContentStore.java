package kz.certcopy.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.common.ErrorKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Content files under {@code <data-dir>/content/ab/cd/<sha256>}. A write goes to {@code tmp/}, is fsynced, renamed
 * atomically into place and the directory fsynced; only then is the content registered in the {@link ContentIndex}
 * inside the caller's transaction. So a committed record never points at missing content, and a crash leaves at
 * worst a file without a record, which {@link #sweepOrphans} deletes.
 */
public class FileContentStore implements ContentStore {

    private static final Logger log = LoggerFactory.getLogger(FileContentStore.class);
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;
    private final Path tmp;
    private final ContentIndex index;
    private final Clock clock;

    public FileContentStore(Path root, ContentIndex index, Clock clock) throws IOException {
        this.root = root.toAbsolutePath();
        this.tmp = this.root.resolve("tmp");
        this.index = index;
        this.clock = clock;
        Files.createDirectories(tmp);
    }

    @Override
    public ContentRef put(InputStream in) throws IOException {
        Path part = tmp.resolve(UUID.randomUUID() + ".part");
        MessageDigest sha = sha256();
        long size;
        try {
            try (FileChannel ch = FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(ch)) {
                size = new DigestInputStream(in, sha).transferTo(out);
                ch.force(true);
            }
            ContentRef ref = new ContentRef(HexFormat.of().formatHex(sha.digest()), size);
            Path target = pathOf(ref.sha256());
            if (Files.exists(target)) {
                // refresh the age so a sweep running now cannot take it as an old orphan
                Files.setLastModifiedTime(target, FileTime.from(clock.instant()));
                Files.delete(part);
            } else {
                Files.createDirectories(target.getParent());
                moveAtomically(part, target);
                fsyncDirectory(target.getParent());
            }
            index.register(ref);
            return ref;
        } finally {
            Files.deleteIfExists(part);
        }
    }

    @Override
    public InputStream open(ContentRef ref) throws IOException {
        if (!index.contains(ref.sha256())) {
            throw new CertCopyException("CONTENT_NOT_FOUND", ErrorKind.NOT_FOUND);
        }
        InputStream raw;
        try {
            raw = Files.newInputStream(pathOf(ref.sha256()));
        } catch (NoSuchFileException e) {
            throw new CertCopyException("CONTENT_CORRUPT", ErrorKind.UNAVAILABLE, e);
        }
        return new VerifyingStream(raw, ref);
    }

    @Override
    public Optional<ContentRef> find(String sha256) {
        if (sha256 == null || !HEX64.matcher(sha256).matches()) {
            return Optional.empty();
        }
        return index.find(sha256).filter(r -> Files.exists(pathOf(r.sha256())));
    }

    @Override
    public boolean exists(ContentRef ref) {
        return index.contains(ref.sha256()) && Files.exists(pathOf(ref.sha256()));
    }

    /** The record goes now; the file only after the transaction commits, so a rollback keeps the content. */
    @Override
    public void delete(ContentRef ref) throws IOException {
        deleteAll(List.of(ref));
    }

    /**
     * The records of the whole batch go now, in one statement; the files are unlinked only after the transaction
     * commits (or at once without a transaction), so a rollback keeps every file. Idempotent.
     */
    @Override
    public void deleteAll(Collection<ContentRef> refs) throws IOException {
        if (refs.isEmpty()) {
            return;
        }
        index.removeAll(refs.stream().map(ContentRef::sha256).distinct().toList());
        List<Path> files = refs.stream().map(r -> pathOf(r.sha256())).distinct().toList();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    unlinkAfterCommit(files);
                }
            });
        } else {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static void unlinkAfterCommit(List<Path> files) {
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Content file could not be deleted after commit; the sweep will retry", e);
            }
        }
    }

    /**
     * Deletes temporary files and content files without a record that are older than {@code grace} (younger ones
     * may belong to a transaction still running). Returns how many files were deleted.
     */
    public int sweepOrphans(Duration grace) throws IOException {
        Instant cutoff = clock.instant().minus(grace);
        int deleted = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                boolean temp = p.getParent().equals(tmp);
                String name = p.getFileName().toString();
                if (!temp && !HEX64.matcher(name).matches()) {
                    continue;
                }
                if (olderThan(p, cutoff) && (temp || !index.contains(name))) {
                    Files.deleteIfExists(p);
                    deleted++;
                }
            }
        }
        return deleted;
    }

    private static boolean olderThan(Path p, Instant cutoff) throws IOException {
        FileTime t = Files.getLastModifiedTime(p);
        return t.toInstant().isBefore(cutoff);
    }

    Path pathOf(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the content store needs a file system with atomic rename", e);
        }
    }

    private static void fsyncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // some file systems cannot open directories; the rename itself is still atomic there
            log.debug("directory fsync not supported for {}", dir);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
