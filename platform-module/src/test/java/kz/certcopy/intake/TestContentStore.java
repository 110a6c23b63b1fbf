package kz.certcopy.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;
import kz.certcopy.storage.ContentRef;
import kz.certcopy.storage.ContentStore;

/** Test-only file-backed content store (the foundation's FileContentStore replaces it at integration). */
public final class TestContentStore implements ContentStore {

    private final Path dir;

    public TestContentStore(Path dir) {
        this.dir = dir;
    }

    @Override
    public ContentRef put(InputStream in) throws IOException {
        Path tmp = Files.createTempFile(dir, "put-", ".tmp");
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
        long size;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), sha)) {
            size = in.transferTo(out);
        }
        ContentRef ref = new ContentRef(HexFormat.of().formatHex(sha.digest()), size);
        Files.move(tmp, dir.resolve(ref.sha256()), StandardCopyOption.REPLACE_EXISTING);
        return ref;
    }

    @Override
    public InputStream open(ContentRef ref) throws IOException {
        return Files.newInputStream(dir.resolve(ref.sha256()));
    }

    @Override
    public Optional<ContentRef> find(String sha256) throws IOException {
        Path p = dir.resolve(sha256);
        return Files.exists(p) ? Optional.of(new ContentRef(sha256, Files.size(p))) : Optional.empty();
    }

    @Override
    public boolean exists(ContentRef ref) {
        return Files.exists(dir.resolve(ref.sha256()));
    }

    @Override
    public void delete(ContentRef ref) throws IOException {
        Files.deleteIfExists(dir.resolve(ref.sha256()));
    }

    public long count() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> !p.getFileName().toString().endsWith(".tmp")).count();
        }
    }
}
